package org.completecrm.examples.bench;

import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.completecrm.examples.campaign.PlanCsv;
import org.completecrm.examples.campaign.SampleBase;
import org.completecrm.rules.campaign.CampaignPlan;
import org.completecrm.rules.campaign.CampaignPlanner;
import org.completecrm.rules.campaign.CampaignPlans;
import org.completecrm.rules.campaign.PlanLine;
import org.completecrm.rules.ruleset.ActionDefinition;
import org.completecrm.rules.ruleset.RuleSet;
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
import org.openjdk.jmh.infra.Blackhole;

/**
 * Writing a campaign plan's CSV, per line, for a plan of 20,000 generated customers of the campaign
 * benchmark: {@code lines} makes each line with its reason in words ({@code CampaignPlan.lines()}),
 * {@code rows} writes the made lines as CSV rows, {@code write} is both on the writer's threads (to a
 * null writer); {@code expectedValues} and {@code expectedValuesFormat} are the rows' expected values
 * with four decimals, by {@code PlanLine.appendExpectedValue} and by {@code String.format}.
 *
 * <p>Run: {@code java -cp examples/target/crm.jar org.openjdk.jmh.Main PlanWritingBenchmark -f 1
 * -wi 3 -i 5}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(value = 1, jvmArgs = {"-Xmx1g"})
@Warmup(iterations = 3)
@Measurement(iterations = 5)
public class PlanWritingBenchmark {
  private static final int N = 20_000;
  private CampaignPlan plan;
  private List<PlanLine> lines;
  private final StringBuilder row = new StringBuilder(1 << 10);

  /** Generates the customers and plans them once (seeded). */
  @Setup
  public void setUp() {
    RuleSet rules = DecisionBenchmark.ruleSet(new Random(20261123L));
    List<String> offers = new ArrayList<>();
    for (ActionDefinition a : rules.actions()) {
      offers.add(a.id().value());
    }
    CampaignPlanner planner = CampaignPlans.planner(rules, CampaignBenchmark.settings(N, rules), SampleBase.AT, 42L);
    SampleBase.generate(N, 20261123L, SampleBase.AT, offers, planner::add);
    plan = planner.plan();
    lines = new ArrayList<>(plan.lines());
  }

  /** Each line of the plan, with its reason. */
  @Benchmark
  @OperationsPerInvocation(N)
  public void lines(Blackhole bh) {
    for (PlanLine l : plan.lines()) {
      bh.consume(l);
    }
  }

  /** Each made line as a CSV row. */
  @Benchmark
  @OperationsPerInvocation(N)
  public void rows(Blackhole bh) {
    for (PlanLine l : lines) {
      row.setLength(0);
      bh.consume(PlanCsv.appendRow(row, l));
    }
  }

  /** The whole CSV, lines made on the writer's threads, to a null writer. */
  @Benchmark
  @OperationsPerInvocation(N)
  public void write() {
    PlanCsv.write(plan, Writer.nullWriter());
  }

  /** The expected values with four decimals, as the rows write them. */
  @Benchmark
  @OperationsPerInvocation(N)
  public void expectedValues(Blackhole bh) {
    for (PlanLine l : lines) {
      row.setLength(0);
      bh.consume(l.appendExpectedValue(row, 4));
    }
  }

  /** The expected values with four decimals by {@code String.format}, as the rows wrote them before. */
  @Benchmark
  @OperationsPerInvocation(N)
  public void expectedValuesFormat(Blackhole bh) {
    for (PlanLine l : lines) {
      bh.consume(l.expectedValue().isPresent() ? String.format(Locale.ROOT, "%.4f", l.expectedValue().getAsDouble()) : "");
    }
  }
}
