package org.completecrm.examples.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.completecrm.core.CampaignId;
import org.completecrm.core.CustomerId;
import org.completecrm.core.OfferId;
import org.completecrm.core.channel.ChannelPreferences;
import org.completecrm.core.channel.Purpose;
import org.completecrm.core.consent.ConsentAction;
import org.completecrm.core.consent.ConsentEntry;
import org.completecrm.core.consent.ConsentLedger;
import org.completecrm.core.customer.Customer;
import org.completecrm.core.customer.PartyKind;
import org.completecrm.core.propensity.Exploration;
import org.completecrm.core.view.CustomerView;
import org.completecrm.core.view.CustomerViews;
import org.completecrm.rules.Decisions;
import org.completecrm.rules.condition.Condition;
import org.completecrm.rules.event.DecisionEvent;
import org.completecrm.rules.explain.Decision;
import org.completecrm.rules.learning.AdaptiveDecisions;
import org.completecrm.rules.ruleset.ActionDefinition;
import org.completecrm.rules.ruleset.ActionKind;
import org.completecrm.rules.ruleset.Effect;
import org.completecrm.rules.ruleset.Rule;
import org.completecrm.rules.ruleset.RuleSet;
import org.completecrm.core.channel.Channel;
import org.completecrm.core.propensity.AdaptiveModel;
import org.completecrm.core.propensity.Outcome;
import org.completecrm.core.score.Scores;
import org.completecrm.core.timeline.OfferResponse;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The adaptive propensity model: folding a batch of 1,000,000 outcomes into a model (the score is
 * per outcome) and scoring one candidate (one action and channel for one customer's predictors).
 *
 * <p>The data: 50,000 distinct customers (CLV log-normal, P(alive) uniform, four value tiers,
 * eight segments, a tenth without a segment), 20 actions on 2 channels, responses drawn at about
 * 12%; the model has learned 200,000 earlier outcomes, so every calibration and label bin is in
 * use. The decisions: a campaign run over 20 offers on e-mail and SMS for one consenting customer
 * without history, with and without the model. Run: {@code java -cp examples/target/crm.jar org.openjdk.jmh.Main LearningBenchmark -f 1
 * -wi 2 -i 3}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g"})
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
public class LearningBenchmark {
  static final int BATCH = 1_000_000;
  private static final String[] TIERS = {"bronze", "silver", "gold", "platinum"};

  private AdaptiveModel model;
  private List<Outcome> batch;
  private Scores[] customers;
  private OfferId[] actions;
  private int next;
  private RuleSet withModel;
  private RuleSet withoutModel;
  private AdaptiveDecisions adaptive;
  private CustomerView view;
  private final DecisionEvent event = DecisionEvent.campaignRun(CampaignId.of("bench"));
  private final Instant at = Instant.parse("2026-09-07T10:00:00Z");

  /** Draws the customers, the batch and the warmed-up model. */
  @Setup
  public void setUp() {
    SplittableRandom r = new SplittableRandom(19);
    customers = new Scores[50_000];
    for (int i = 0; i < customers.length; i++) {
      var s = Scores.builder().putValues(Scores.CLV, Math.exp(5 + 1.2 * r.nextGaussian()))
          .putValues(Scores.P_ALIVE, r.nextDouble()).putLabels(Scores.VALUE_TIER, TIERS[r.nextInt(4)]);
      if (r.nextInt(10) > 0) {
        s.putLabels(Scores.SEGMENT, "segment-" + r.nextInt(8));
      }
      customers[i] = s.build();
    }
    actions = new OfferId[20];
    for (int a = 0; a < actions.length; a++) {
      actions[a] = OfferId.of("offer-" + a);
    }
    model = AdaptiveModel.standardPrior().learn(outcomes(200_000, r));
    batch = outcomes(BATCH, r);
    var rules = RuleSet.builder().id("offers").version(1);
    var weekly = Rule.builder().id("weekly").when(Condition.on("event.kind").eq("CAMPAIGN_RUN"));
    for (OfferId a : actions) {
      rules.addActions(ActionDefinition.builder().id(a).kind(ActionKind.OFFER).purpose(Purpose.MARKETING)
          .addChannels(Channel.EMAIL, Channel.SMS).value(10 + r.nextInt(100)).repeatable(true).build());
      weekly.addThen(Effect.propose(a.value()));
    }
    withoutModel = rules.addRules(weekly.build()).build();
    withModel = RuleSet.builder().from(withoutModel).propensityModel(model.name()).build();
    adaptive = AdaptiveDecisions.of(withModel, List.of(model), Exploration.none());
    CustomerId id = CustomerId.of("c-bench");
    ConsentLedger consent = ConsentLedger.empty(id);
    for (Channel c : List.of(Channel.EMAIL, Channel.SMS)) {
      consent = consent.append(ConsentEntry.builder().customer(id).channel(c).purpose(Purpose.MARKETING)
          .action(ConsentAction.GRANTED).recordedAt(Instant.parse("2025-01-01T00:00:00Z")).source("sign-up")
          .evidence("form").build());
    }
    view = CustomerViews.fold(Customer.builder().id(id).kind(PartyKind.PERSON).givenName("Bench").build(),
        Optional.empty(), consent, ChannelPreferences.builder().addRankedChannels(Channel.EMAIL, Channel.SMS)
            .zone(ZoneOffset.UTC).build(), List.of(), at);
  }

  private List<Outcome> outcomes(int n, SplittableRandom r) {
    List<Outcome> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add(Outcome.of(actions[r.nextInt(actions.length)], r.nextBoolean() ? Channel.EMAIL : Channel.SMS,
          r.nextDouble() < 0.12 ? OfferResponse.ACCEPTED : OfferResponse.IGNORED, customers[r.nextInt(customers.length)]));
    }
    return out;
  }

  /** Folds the batch into the model; the score is the time per outcome. */
  @Benchmark
  @OperationsPerInvocation(BATCH)
  public AdaptiveModel foldOutcomes() {
    return model.learn(batch);
  }

  /**
   * A campaign decision over 20 offers on two channels under a rule set that names the model:
   * every action scored on both channels. Against {@link #decideWithoutModel} the difference per
   * candidate is the cost of scoring.
   */
  @Benchmark
  public Decision decideWithModel() {
    Scores s = customers[next++ % customers.length];
    if (next == customers.length) {
      next = 0;
    }
    return adaptive.decide(event, view, s, at);
  }

  /** The same decision with the fixed propensities of the rule set. */
  @Benchmark
  public Decision decideWithoutModel() {
    Scores s = customers[next++ % customers.length];
    if (next == customers.length) {
      next = 0;
    }
    return Decisions.decide(event, view, s, withoutModel, at);
  }

  /** One candidate's propensity with the contributions' raw terms. */
  @Benchmark
  public double scoreOneCandidate() {
    int i = next++;
    if (next == customers.length) {
      next = 0;
    }
    return model.estimate(actions[i % actions.length], (i & 1) == 0 ? Channel.EMAIL : Channel.SMS, customers[i]).probability();
  }
}
