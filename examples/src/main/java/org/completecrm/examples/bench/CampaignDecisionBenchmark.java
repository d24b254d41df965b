package org.completecrm.examples.bench;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.completecrm.examples.campaign.SampleBase;
import org.completecrm.rules.DecisionContext;
import org.completecrm.rules.Decisions;
import org.completecrm.rules.campaign.CampaignPlanner;
import org.completecrm.rules.campaign.CampaignPlans;
import org.completecrm.rules.campaign.CampaignSettings;
import org.completecrm.rules.campaign.ContextLines;
import org.completecrm.rules.event.DecisionEvent;
import org.completecrm.rules.ruleset.ActionDefinition;
import org.completecrm.rules.ruleset.RuleSet;
import org.completecrm.rules.ruleset.VolumeLimits;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The decision step of a campaign run, per customer, on 2,000 contexts of the campaign benchmark
 * (distinct generated customers, 50 actions, 200 rules, the volume limits lifted as a run lifts
 * them), already parsed: {@code candidatesOnly} is what the planner does for a customer (its view,
 * the candidates-only decision, the free send slots, the compact summary); {@code fullDecision}
 * is the view and the explained decision alone, which the planner made before and read its
 * candidates from (so the planner's former step was this plus the slots and the summary).
 *
 * <p>Run: {@code java -cp examples/target/crm.jar org.openjdk.jmh.Main CampaignDecisionBenchmark -f 1
 * -wi 3 -i 5}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgs = {"-Xmx2g"})
@Warmup(iterations = 3)
@Measurement(iterations = 5)
public class CampaignDecisionBenchmark {
  private static final int N = 2_000;
  private final List<DecisionContext> contexts = new ArrayList<>(N);
  private RuleSet rules;
  private RuleSet wide;
  private CampaignSettings settings;
  private DecisionEvent event;
  private CampaignPlanner planner;

  /** Generates and parses the contexts once (seeded). */
  @Setup
  public void setUp() {
    rules = DecisionBenchmark.ruleSet(new Random(20261123L));
    int n = rules.actions().size();
    wide = RuleSet.builder().from(rules).volume(VolumeLimits.builder().maxActions(n).maxPerChannel(n).build()).build();
    settings = CampaignBenchmark.settings(1_000_000, rules);
    event = DecisionEvent.campaignRun(settings.campaign());
    List<String> offers = new ArrayList<>();
    for (ActionDefinition a : rules.actions()) {
      offers.add(a.id().value());
    }
    StringBuilder lines = new StringBuilder();
    SampleBase.generate(N, 20261123L, SampleBase.AT, offers, c -> lines.append(ContextLines.write(c)).append('\n'));
    Iterator<DecisionContext> it = ContextLines.read(new StringReader(lines.toString()));
    while (it.hasNext()) {
      contexts.add(it.next());
    }
  }

  /**
   * A planner for each iteration, made outside the measurement: making one compiles the rule set
   * with its volume limits lifted, which a run does once.
   */
  @Setup(Level.Iteration)
  public void newPlanner() {
    planner = CampaignPlans.planner(rules, settings, SampleBase.AT, 42L);
  }

  /** The planner's step: view, candidates-only decision, send slots, summary. */
  @Benchmark
  @OperationsPerInvocation(N)
  public void candidatesOnly(Blackhole bh) {
    for (DecisionContext c : contexts) {
      planner.add(c);
    }
    bh.consume(planner.customers());
  }

  /** The view and the full explained decision, as the planner decided before. */
  @Benchmark
  @OperationsPerInvocation(N)
  public void fullDecision(Blackhole bh) {
    for (DecisionContext c : contexts) {
      bh.consume(Decisions.decide(event, c.viewAt(SampleBase.AT), c.scores(), wide, SampleBase.AT));
    }
  }
}
