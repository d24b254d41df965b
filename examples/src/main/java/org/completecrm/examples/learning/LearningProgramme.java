package org.completecrm.examples.learning;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import org.completecrm.analytics.experiment.ExperimentAnalysis;
import org.completecrm.analytics.experiment.ExperimentReport;
import org.completecrm.analytics.experiment.UnitOutcome;
import org.completecrm.core.CampaignId;
import org.completecrm.core.OfferId;
import org.completecrm.core.channel.Channel;
import org.completecrm.core.channel.ChannelPreferences;
import org.completecrm.core.channel.Purpose;
import org.completecrm.core.consent.ConsentAction;
import org.completecrm.core.consent.ConsentEntry;
import org.completecrm.core.consent.ConsentLedger;
import org.completecrm.core.customer.Customer;
import org.completecrm.core.customer.PartyKind;
import org.completecrm.core.experiment.Assignment;
import org.completecrm.core.experiment.Experiment;
import org.completecrm.core.propensity.AdaptiveModel;
import org.completecrm.core.propensity.Exploration;
import org.completecrm.core.propensity.Outcome;
import org.completecrm.core.timeline.OfferResponse;
import org.completecrm.core.view.CustomerView;
import org.completecrm.core.view.CustomerViews;
import org.completecrm.rules.event.DecisionEvent;
import org.completecrm.rules.explain.ChosenAction;
import org.completecrm.rules.explain.Decision;
import org.completecrm.rules.learning.AdaptiveDecisions;
import org.completecrm.rules.ruleset.RuleSet;

/**
 * Twelve weeks of decisions on a simulated base: every Monday each customer is decided for by
 * {@link AdaptiveDecisions} (champion, challenger or control arm; 5% of decisions exploring), the
 * customer takes the chosen offer or not by their true, hidden propensity, and the model learns
 * the week's outcomes. Each week is measured on 2,000 fresh customers against the true model.
 * Customers not contacted with the savings offer take it by themselves with their (lower)
 * uncontacted probability. The experiment's response is taking the savings offer in the last
 * week, contacted or not; its value is what the customer brought over all the weeks.
 */
public final class LearningProgramme {
  /** The first Monday of the programme. */
  public static final Instant START = Instant.parse("2026-09-07T10:00:00Z");

  private LearningProgramme() {}

  /**
   * One week: the calibration error and AUC of the offers the model would choose for fresh
   * customers (and the true model's AUC on them), after that week's learning; the expected value
   * of the week's decisions and of the same customers always sent the offer a fixed propensity of
   * 0.31 picks; outcomes learned so far.
   */
  public record Week(int week, double calibrationError, double auc, double trueAuc, double expectedValue,
      double fixedValue, long outcomes) {}

  /** The programme's result: the weeks, the final model, the experiment's report. */
  public record Result(List<Week> weeks, AdaptiveModel model, ExperimentReport experiment) {}

  /** Runs {@code weeks} weeks on {@code customers} customers drawn from {@code seed}. */
  public static Result run(int customers, int weeks, long seed) {
    List<SimulatedCustomer> base = SimulatedCustomer.draw(customers, "c-", seed);
    List<SimulatedCustomer> fresh = SimulatedCustomer.draw(2_000, "holdout-", seed + 1);
    RuleSet champion = ProgrammeRules.rules("offers-v1", 1);
    RuleSet challenger = ProgrammeRules.rules("offers-v2", 2);
    Experiment experiment = ProgrammeRules.experiment(seed);
    AdaptiveModel model = AdaptiveModel.standardPrior();
    SplittableRandom random = new SplittableRandom(seed);
    List<CustomerView> views = new ArrayList<>(base.size());
    for (SimulatedCustomer c : base) {
      views.add(view(c));
    }
    boolean[] tookSavings = new boolean[base.size()];
    double[] value = new double[base.size()];
    Assignment[] arms = new Assignment[base.size()];
    List<Week> curve = new ArrayList<>();
    for (int w = 0; w < weeks; w++) {
      Instant at = START.plus(ProgrammeRules.week().multipliedBy(w));
      AdaptiveDecisions decisions = AdaptiveDecisions.of(champion, List.of(model), new Exploration(0.05, seed + w))
          .inExperiment(experiment, Map.of("offers-v1", champion, "offers-v2", challenger));
      DecisionEvent event = DecisionEvent.campaignRun(CampaignId.of("week-" + (w + 1)));
      List<Outcome> outcomes = new ArrayList<>(base.size());
      double expected = 0;
      double fixed = 0;
      for (int i = 0; i < base.size(); i++) {
        SimulatedCustomer c = base.get(i);
        Decision d = decisions.decide(event, views.get(i), c.scores(), at);
        arms[i] = d.experiment().orElseThrow();
        fixed += c.contacted(0) * ProgrammeRules.VALUES[0];
        int offer = d.actions().isEmpty() ? -1 : offer(d.actions().get(0));
        if (offer >= 0) {
          double p = c.contacted(offer);
          boolean accepted = random.nextDouble() < p;
          expected += p * ProgrammeRules.VALUES[offer];
          outcomes.add(Outcome.of(OfferId.of(ProgrammeRules.OFFERS[offer]), Channel.EMAIL,
              accepted ? OfferResponse.ACCEPTED : OfferResponse.IGNORED, c.scores()));
          if (accepted) {
            value[i] += ProgrammeRules.VALUES[offer];
            tookSavings[i] |= offer == 1 && w == weeks - 1;
          }
        }
        if (offer != 1 && random.nextDouble() < c.uncontacted(1)) {
          tookSavings[i] |= w == weeks - 1;
          value[i] += ProgrammeRules.VALUES[1];
        }
      }
      model = model.learn(outcomes);
      curve.add(measure(w + 1, model, fresh, expected, fixed));
    }
    List<UnitOutcome> units = new ArrayList<>(base.size());
    for (int i = 0; i < base.size(); i++) {
      units.add(new UnitOutcome(arms[i].arm(), arms[i].role(), tookSavings[i], value[i]));
    }
    return new Result(List.copyOf(curve), model, ExperimentAnalysis.analyse(experiment.id(), units));
  }

  private static int offer(ChosenAction a) {
    return Arrays.asList(ProgrammeRules.OFFERS).indexOf(a.action().value());
  }

  private static CustomerView view(SimulatedCustomer c) {
    Customer customer = Customer.builder().id(c.id()).kind(PartyKind.PERSON).givenName("Customer " + c.id().value()).build();
    ConsentLedger consent = ConsentLedger.empty(c.id()).append(ConsentEntry.builder().customer(c.id())
        .channel(Channel.EMAIL).purpose(Purpose.MARKETING).action(ConsentAction.GRANTED)
        .recordedAt(Instant.parse("2025-01-01T00:00:00Z")).source("sign-up").evidence("sign-up-form").build());
    ChannelPreferences preferences = ChannelPreferences.builder().addRankedChannels(Channel.EMAIL).zone(ZoneOffset.UTC).build();
    return CustomerViews.fold(customer, Optional.empty(), consent, preferences, List.of(), START);
  }

  private static Week measure(int week, AdaptiveModel model, List<SimulatedCustomer> fresh, double expected, double fixed) {
    double[] predicted = new double[fresh.size()];
    double[] truth = new double[fresh.size()];
    for (int i = 0; i < fresh.size(); i++) {
      SimulatedCustomer c = fresh.get(i);
      double best = -1;
      for (int a = 0; a < ProgrammeRules.OFFERS.length; a++) {
        double p = model.estimate(OfferId.of(ProgrammeRules.OFFERS[a]), Channel.EMAIL, c.scores()).probability();
        if (p * ProgrammeRules.VALUES[a] > best) {
          best = p * ProgrammeRules.VALUES[a];
          predicted[i] = p;
          truth[i] = c.contacted(a);
        }
      }
    }
    long outcomes = model.evidence().stream().mapToLong(e -> e.outcomes().total()).sum();
    return new Week(week, Calibration.expectedError(predicted, truth), Calibration.auc(predicted, truth),
        Calibration.auc(truth, truth), expected, fixed, outcomes);
  }
}
