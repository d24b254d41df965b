package org.completecrm.analytics.propensity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.booleans;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.completecrm.analytics.testing.Fixtures;
import org.completecrm.core.CustomerId;
import org.completecrm.core.EventId;
import org.completecrm.core.InvalidValueException;
import org.completecrm.core.OfferId;
import org.completecrm.core.channel.Channel;
import org.completecrm.core.channel.ChannelPreferences;
import org.completecrm.core.channel.Purpose;
import org.completecrm.core.consent.ConsentLedger;
import org.completecrm.core.customer.Customer;
import org.completecrm.core.customer.PartyKind;
import org.completecrm.core.score.Scores;
import org.completecrm.core.timeline.OfferPresented;
import org.completecrm.core.timeline.OfferResponded;
import org.completecrm.core.timeline.OfferResponse;
import org.completecrm.core.timeline.TimelineEvent;
import org.completecrm.core.timeline.Transaction;
import org.completecrm.core.timeline.TransactionKind;
import org.completecrm.core.view.CustomerView;
import org.completecrm.core.view.CustomerViews;
import org.junit.jupiter.api.Test;

class PropensityTest {
  private static final double[] TRUE_WEIGHTS = {2.0, -1.5, 0.0, 1.0};
  private static final double TRUE_INTERCEPT = -0.5;

  private static List<Example> sample(long seed, int n) {
    SplittableRandom r = new SplittableRandom(seed);
    List<Example> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      double[] x = {r.nextDouble(), r.nextDouble(), r.nextDouble(), r.nextInt(2)};
      double z = TRUE_INTERCEPT;
      for (int j = 0; j < x.length; j++) {
        z += TRUE_WEIGHTS[j] * x[j];
      }
      out.add(new Example(x, r.nextDouble() < 1 / (1 + Math.exp(-z))));
    }
    return out;
  }

  @Test
  void sgdRecoversTheWeightsOfALogisticModel() {
    PropensityModel m = PropensityModel.untrained(List.of("a", "b", "c", "d"), 0.05, 0)
        .train(sample(11, 20_000), 20, 5);
    double[] w = m.weights();
    for (int j = 0; j < w.length; j++) {
      assertEquals(TRUE_WEIGHTS[j], w[j], 0.25, "weight " + j);
    }
    assertEquals(TRUE_INTERCEPT, m.intercept(), 0.25);
    List<Example> test = sample(12, 5_000);
    assertTrue(m.logLoss(test) < PropensityModel.untrained(List.of("a", "b", "c", "d"), 0.05, 0).logLoss(test) - 0.05);
  }

  @Test
  void trainingIsDeterministicForASeed() {
    PropensityModel base = PropensityModel.untrained(List.of("a", "b", "c", "d"), 0.05, 1e-3);
    assertEquals(base.train(sample(1, 500), 3, 9), base.train(sample(1, 500), 3, 9));
  }

  @Test
  void anOnlineUpdateMovesThePropensityTowardsTheResponse() {
    PropensityModel base = PropensityModel.untrained(List.of("a", "b", "c", "d"), 0.05, 1e-3).train(sample(3, 300), 2, 1);
    qt().withExamples(300)
        .forAll(lists().of(doubles().between(-1, 1)).ofSize(4), booleans().all())
        .checkAssert((xs, accepted) -> {
          double[] x = xs.stream().mapToDouble(Double::doubleValue).toArray();
          double before = base.probability(x);
          double after = base.update(x, accepted).probability(x);
          assertTrue(accepted ? after >= before : after <= before, "moves towards the response");
          assertTrue(after > 0 && after < 1 && Double.isFinite(after));
        });
  }

  @Test
  void propensitiesReachRulesAsScoresAndBadInputIsRejected() {
    Scores s = PropensityModel.toScores("isa-topup", 0.42);
    assertEquals(0.42, s.value(Scores.propensityOf("isa-topup")).orElseThrow());
    PropensityModel m = PropensityModel.overViewFeatures();
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> m.probability(new double[] {1}));
    assertEquals("PropensityModel.features", e.field());
    assertThrows(InvalidValueException.class, () -> PropensityModel.untrained(List.of("a"), 0, 0));
  }

  @Test
  void viewFeaturesReadTheCustomerViewAndProbabilityAlive() {
    CustomerId c = CustomerId.of("c");
    Instant t = Instant.parse("2024-01-01T00:00:00Z");
    List<TimelineEvent> events = List.of(
        Transaction.builder().id(EventId.of("t1")).customer(c).at(t).amount(Fixtures.eur("10")).kind(TransactionKind.PURCHASE).build(),
        OfferPresented.builder().id(EventId.of("o1")).customer(c).at(t.plusSeconds(60)).offer(OfferId.of("x"))
            .channel(Channel.EMAIL).purpose(Purpose.values()[0]).build(),
        OfferResponded.builder().id(EventId.of("r1")).customer(c).at(t.plusSeconds(120)).presentation(EventId.of("o1"))
            .offer(OfferId.of("x")).response(OfferResponse.ACCEPTED).build());
    CustomerView view = CustomerViews.fold(Customer.builder().id(c).kind(PartyKind.PERSON).givenName("C").build(), Optional.empty(),
        ConsentLedger.empty(c), ChannelPreferences.none(ZoneOffset.UTC), events, t.plusSeconds(365L * 86_400));
    double[] x = ViewFeatures.of(view, 0.8);
    assertEquals(ViewFeatures.NAMES.size(), x.length);
    assertEquals(0.8, x[0]);
    assertEquals(Math.log1p(1) / 5, x[1], 1e-12);
    assertEquals(365.0 / 365.25 / 5, x[2], 1e-9);
    assertEquals(1.0, x[5]);
    double p = PropensityModel.overViewFeatures().update(x, true).probability(view, 0.8);
    assertTrue(p > 0.5);
  }
}
