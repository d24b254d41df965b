package org.completecrm.core.propensity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;
import org.completecrm.core.OfferId;
import org.completecrm.core.channel.Channel;
import org.completecrm.core.json.CrmJson;
import org.completecrm.core.score.Scores;
import org.completecrm.core.timeline.OfferResponse;
import org.junit.jupiter.api.Test;

/** Invariants of the adaptive model for any evidence and any order of a batch. */
class AdaptiveModelProperties {
  private static final List<OfferId> ACTIONS = List.of(OfferId.of("a"), OfferId.of("b"), OfferId.of("c"));
  private static final String[] TIERS = {"gold", "silver", "bronze", "platinum"};

  static List<Outcome> outcomes(int n, long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    List<Outcome> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add(Outcome.of(ACTIONS.get(r.nextInt(3)), r.nextBoolean() ? Channel.EMAIL : Channel.SMS,
          OfferResponse.values()[r.nextInt(3)], predictors(r)));
    }
    return out;
  }

  static Scores predictors(SplittableRandom r) {
    var s = Scores.builder();
    if (r.nextInt(5) > 0) {
      s.putValues(Scores.CLV, r.nextInt(4) == 0 ? (r.nextBoolean() ? 1e300 : -1e300) : Math.exp(10 * r.nextDouble()));
    }
    if (r.nextInt(5) > 0) {
      s.putValues(Scores.P_ALIVE, r.nextDouble());
    }
    if (r.nextInt(5) > 0) {
      s.putLabels(Scores.VALUE_TIER, TIERS[r.nextInt(TIERS.length)]);
    }
    return s.build();
  }

  @Test
  void aBatchGivesTheSameModelInAnyOrder() {
    qt().withExamples(30).forAll(integers().between(0, 400), longs().all()).checkAssert((n, seed) -> {
      AdaptiveModel before = AdaptiveModel.standardPrior().learn(outcomes(200, seed ^ 1));
      List<Outcome> batch = outcomes(n, seed);
      List<Outcome> shuffled = new ArrayList<>(batch);
      Collections.shuffle(shuffled, new java.util.Random(seed));
      assertEquals(before.learn(batch), before.learn(shuffled));
    });
  }

  @Test
  void propensitiesAreFiniteProbabilitiesForAnyEvidence() {
    qt().withExamples(60).forAll(longs().all()).checkAssert(seed -> {
      SplittableRandom r = new SplittableRandom(seed);
      List<ActionEvidence> evidence = new ArrayList<>();
      AdaptiveModel prior = AdaptiveModel.standardPrior();
      for (OfferId action : ACTIONS) {
        evidence.add(anyEvidence(prior, action, r));
      }
      AdaptiveModel model = AdaptiveModel.builder().from(prior).evidence(evidence)
          .priorMean(Math.min(0.999999, Math.max(1e-6, r.nextDouble())))
          .priorStrength(r.nextBoolean() ? 1e-9 : 1e9).build();
      for (int i = 0; i < 20; i++) {
        PropensityEstimate e = model.estimate(ACTIONS.get(r.nextInt(3)), Channel.EMAIL, predictors(r));
        double p = e.probability();
        assertTrue(Double.isFinite(p) && p >= 0 && p <= 1, "p = " + p);
        double t = e.sample(r.nextLong());
        assertTrue(Double.isFinite(t) && t >= 0 && t <= 1, "sample = " + t);
        e.contributions().forEach(c -> assertTrue(Double.isFinite(c.logOdds())));
      }
    });
  }

  private static ActionEvidence anyEvidence(AdaptiveModel prior, OfferId action, SplittableRandom r) {
    ImmutableActionEvidence.Builder b = ActionEvidence.builder().action(action).channel(Channel.EMAIL)
        .outcomes(BinCount.of(count(r), count(r)));
    for (Predictor p : prior.predictors()) {
      ImmutablePredictorEvidence.Builder pe = PredictorEvidence.builder().predictor(p.name())
          .missing(BinCount.of(count(r), count(r)));
      for (int i = 0; i < p.valueBins(); i++) {
        pe.addBins(BinCount.of(count(r), count(r)));
      }
      if (p.kind() == PredictorKind.SYMBOLIC) {
        pe.putLabels(TIERS[r.nextInt(TIERS.length)], BinCount.of(count(r), count(r)));
      }
      b.addPredictors(pe.build());
    }
    for (int k = 0; k < AdaptiveModel.CALIBRATION_BINS; k++) {
      long pos = count(r);
      long neg = count(r);
      b.addCalibration(CalibrationBin.of(pos, neg, pos + neg == 0 ? 0 : r.nextLong() / 4));
    }
    return b.build();
  }

  private static long count(SplittableRandom r) {
    switch (r.nextInt(4)) {
      case 0:
        return 0;
      case 1:
        return r.nextInt(10);
      case 2:
        return r.nextLong(1L << 40);
      default:
        return r.nextLong(Long.MAX_VALUE / 4);
    }
  }

  @Test
  void aModelRoundTripsThroughJsonExactly() {
    qt().withExamples(20).forAll(integers().between(0, 300), longs().all()).checkAssert((n, seed) -> {
      AdaptiveModel model = AdaptiveModel.standardPrior().learn(outcomes(n, seed));
      assertEquals(model, CrmJson.read(CrmJson.write(model), AdaptiveModel.class));
    });
  }

  @Test
  void explorationIsDeterministicAndCapped() {
    qt().withExamples(20).forAll(longs().all()).checkAssert(seed -> {
      Exploration exploration = new Exploration(0.2, seed);
      AdaptiveModel model = AdaptiveModel.standardPrior().learn(outcomes(300, seed));
      int explored = 0;
      for (int i = 0; i < 2_000; i++) {
        String key = "c-" + i;
        PropensityEstimate e = model.estimate(ACTIONS.get(0), Channel.EMAIL, Scores.none());
        assertEquals(exploration.propensity(e, key), exploration.propensity(e, key));
        explored += exploration.explores(key) ? 1 : 0;
      }
      assertTrue(explored <= 2_000 * 0.2 + 3 * Math.sqrt(2_000 * 0.2 * 0.8), "explored " + explored);
    });
  }
}
