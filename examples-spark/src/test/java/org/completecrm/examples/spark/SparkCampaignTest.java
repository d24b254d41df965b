package org.completecrm.examples.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.completecrm.core.InvalidValueException;
import org.completecrm.examples.bench.CampaignBenchmark;
import org.completecrm.examples.bench.DecisionBenchmark;
import org.completecrm.examples.campaign.PlanCsv;
import org.completecrm.examples.campaign.SampleBase;
import org.completecrm.rules.DecisionContext;
import org.completecrm.rules.campaign.CampaignPlan;
import org.completecrm.rules.campaign.CampaignPlans;
import org.completecrm.rules.campaign.CampaignSettings;
import org.completecrm.rules.campaign.ContextLines;
import org.completecrm.rules.campaign.PlanLine;
import org.completecrm.rules.campaign.PlanSummary;
import org.completecrm.rules.ruleset.ActionDefinition;
import org.completecrm.rules.ruleset.RuleSet;
import org.completecrm.rules.ruleset.RuleSets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Spark campaign job in local[2] mode, allocated on the executors, equals the single machine's
 * plan byte for byte (CSV and summary) for any number of parts.
 */
class SparkCampaignTest {
  private static SparkSession spark;

  @TempDir Path dir;

  @BeforeAll
  static void start() {
    spark = LocalSpark.session("complete-crm campaign test");
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  /** The sample rule set and settings of the examples, on 10,000 generated customers (the ISA top-up budget binds). */
  @Test
  void withTheSampleFilesTheSparkPlanEqualsTheSingleMachinePlan() throws IOException {
    RuleSet rules = RuleSets.fromJson(resource("/rules/rules.json"));
    CampaignSettings settings = CampaignSettings.fromJson(resource("/rules/campaign.json"));
    List<DecisionContext> contexts = generate(10_000, 42L,
        List.of("premium-fund-switch", "isa-top-up", "satisfaction-survey"));
    assertSamePlan(rules, settings, contexts, 3, 3);
  }

  /**
   * The benchmark's rule set (50 offers, 200 rules) and budgets that bind, on 4,000 customers in
   * one, five and seven parts (from two, five and three input partitions).
   */
  @Test
  void underBindingBudgetsTheSparkPlanEqualsTheSingleMachinePlan() throws IOException {
    RuleSet rules = DecisionBenchmark.ruleSet(new Random(20261123L));
    List<String> offers = new ArrayList<>();
    for (ActionDefinition a : rules.actions()) {
      offers.add(a.id().value());
    }
    CampaignSettings settings = CampaignBenchmark.settings(4000, rules);
    List<DecisionContext> contexts = generate(4000, 20261123L, offers);
    PlanSummary s = assertSamePlan(rules, settings, contexts, 5, 5);
    assertSamePlan(rules, settings, contexts, 2, 1);
    assertSamePlan(rules, settings, contexts, 3, 7);
    assertTrue(s.offers().stream().anyMatch(o -> o.budget().isPresent() && o.sends() >= o.budget().get()),
        "an offer budget binds: " + s);
    assertTrue(s.relativeGap() < 0.01, "gap " + s.relativeGap());
  }

  /**
   * The contexts generated on the executors are, line for line and in order, the generator's
   * output for the same number of customers and seed, in any number of partitions; and the plan of
   * contexts generated and decided there (no JSON) equals the single machine's plan of the
   * generator's contexts.
   */
  @Test
  void contextsGeneratedOnTheExecutorsAreTheGeneratorsAndPlanTheSame() {
    List<String> offers = List.of("premium-fund-switch", "isa-top-up", "satisfaction-survey");
    for (int[] np : new int[][] {{2500, 1}, {2500, 3}, {777, 7}}) {
      List<String> expected = new ArrayList<>();
      SampleBase.generate(np[0], 5L, SampleBase.AT, offers, c -> expected.add(ContextLines.write(c)));
      assertEquals(expected, SparkCampaign.generatedContexts(spark, np[0], 5L, SampleBase.AT, offers, np[1])
          .collectAsList(), np[0] + " customers in " + np[1] + " partitions");
    }
    RuleSet rules = RuleSets.fromJson(resource("/rules/rules.json"));
    CampaignSettings settings = CampaignSettings.fromJson(resource("/rules/campaign.json"));
    List<String> actions = new ArrayList<>();
    rules.actions().forEach(a -> actions.add(a.id().value()));
    CampaignPlan single = CampaignPlans.plan(rules, settings, generate(3000, 46L, actions), SampleBase.AT, 7L);
    try (SparkCampaignPlan onSpark = SparkCampaign.planGenerated(spark, rules, settings, 3000, 46L, actions, 3,
        SampleBase.AT, 7L, 2, StorageLevel.MEMORY_AND_DISK())) {
      StringWriter actual = new StringWriter();
      onSpark.writeCsv(actual);
      assertEquals(single.summary(), onSpark.summary());
      assertEquals(csv(single), actual.toString());
    }
  }

  @Test
  void anInvalidLineFailsTheJobNamingItsPartitionAndLine() {
    RuleSet rules = RuleSets.fromJson(resource("/rules/rules.json"));
    CampaignSettings settings = CampaignSettings.fromJson(resource("/rules/campaign.json"));
    List<String> lines = new ArrayList<>();
    SampleBase.generate(3, 1L, SampleBase.AT, List.of("isa-top-up"), c -> lines.add(ContextLines.write(c)));
    lines.add(1, "{\"customer\": 42}");
    Exception e = assertThrows(Exception.class, () -> SparkCampaign.plan(spark, rules, settings,
        spark.createDataset(lines, Encoders.STRING()).coalesce(1), SampleBase.AT, 7L));
    assertTrue(String.valueOf(e.getMessage()).contains("contexts partition 0 line 2: "), e.getMessage());
  }

  private PlanSummary assertSamePlan(RuleSet rules, CampaignSettings settings, List<DecisionContext> contexts,
      int inputPartitions, int parts) throws IOException {
    Path file = dir.resolve("contexts.jsonl");
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (DecisionContext c : contexts) {
        w.write(ContextLines.write(c));
        w.write('\n');
      }
    }
    CampaignPlan single = CampaignPlans.plan(rules, settings, contexts, SampleBase.AT, 7L);
    String expected = csv(single);
    try (SparkCampaignPlan onSpark = SparkCampaign.plan(spark, rules, settings,
        spark.read().textFile(file.toString()).repartition(inputPartitions), SampleBase.AT, 7L, parts,
        StorageLevel.MEMORY_AND_DISK())) {
      StringWriter actual = new StringWriter();
      onSpark.writeCsv(actual);
      assertEquals(single.summary(), onSpark.summary());
      assertEquals(expected, actual.toString(), "the CSVs, " + parts + " parts");
      List<String> rows = onSpark.rows().collect();
      assertEquals(expected, PlanCsv.HEADER + "\n" + String.join("\n", rows) + "\n");
    }
    List<PlanLine> lines = single.lines();
    assertTrue(lines.stream().anyMatch(l -> l.reason().contains(" was reached at an expected value of ")
        || l.reason().contains(" was used up ")), "a budget or capacity binds");
    assertTrue(lines.stream().anyMatch(PlanLine::planned));
    return single.summary();
  }

  /** Parts cached serialized (each pass deserializes its part and rebuilds its caches) give the same plan. */
  @Test
  void partsCachedSerializedGiveTheSamePlan() throws IOException {
    RuleSet rules = RuleSets.fromJson(resource("/rules/rules.json"));
    CampaignSettings settings = CampaignSettings.fromJson(resource("/rules/campaign.json"));
    List<DecisionContext> contexts = generate(3000, 43L,
        List.of("premium-fund-switch", "isa-top-up", "satisfaction-survey"));
    Path file = dir.resolve("contexts.jsonl");
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (DecisionContext c : contexts) {
        w.write(ContextLines.write(c));
        w.write('\n');
      }
    }
    CampaignPlan single = CampaignPlans.plan(rules, settings, contexts, SampleBase.AT, 9L);
    try (SparkCampaignPlan onSpark = SparkCampaign.plan(spark, rules, settings,
        spark.read().textFile(file.toString()).repartition(2), SampleBase.AT, 9L, 4,
        StorageLevel.MEMORY_ONLY_SER())) {
      StringWriter actual = new StringWriter();
      onSpark.writeCsv(actual);
      assertEquals(single.summary(), onSpark.summary());
      assertEquals(csv(single), actual.toString());
    }
  }

  /**
   * A customer given twice in different households is refused before anything is written, as on
   * one machine: by its part (a job fails, its cause the {@link InvalidValueException}), by the
   * schedule or when the lines are merged by id.
   */
  @Test
  void aCustomerGivenTwiceIsRefused() {
    RuleSet rules = RuleSets.fromJson(resource("/rules/rules.json"));
    CampaignSettings settings = CampaignSettings.fromJson(resource("/rules/campaign.json"));
    List<DecisionContext> contexts = new ArrayList<>(generate(400, 44L, List.of("isa-top-up")));
    DecisionContext twice = contexts.stream().filter(c -> c.household().isPresent()).findFirst().orElseThrow();
    contexts.add(DecisionContext.builder().from(twice).household(java.util.Optional.empty()).build());
    List<String> lines = new ArrayList<>();
    for (DecisionContext c : contexts) {
      lines.add(ContextLines.write(c));
    }
    for (int parts : new int[] {1, 3}) {
      StringWriter out = new StringWriter();
      Exception thrown = assertThrows(Exception.class, () -> {
        try (SparkCampaignPlan plan = SparkCampaign.plan(spark, rules, settings,
            spark.createDataset(lines, Encoders.STRING()).repartition(2), SampleBase.AT, 7L, parts,
            StorageLevel.MEMORY_AND_DISK())) {
          plan.writeCsv(out);
        }
      });
      Throwable e = thrown;
      while (!(e instanceof InvalidValueException) && e.getCause() != null) {
        e = e.getCause();
      }
      assertEquals("contexts.customer.id", ((InvalidValueException) e).field(), thrown.toString());
      assertEquals("", out.toString());
    }
  }

  private static String csv(CampaignPlan plan) {
    StringWriter w = new StringWriter();
    PlanCsv.write(plan, w);
    return w.toString();
  }

  private static List<DecisionContext> generate(int n, long seed, List<String> offers) {
    List<DecisionContext> out = new ArrayList<>(n);
    SampleBase.generate(n, seed, SampleBase.AT, offers, out::add);
    return out;
  }

  private static String resource(String name) {
    try (InputStream in = SampleBase.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
