package org.completecrm.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.completecrm.core.CrmException;
import org.completecrm.core.json.CrmJson;
import org.completecrm.examples.campaign.PlanCsv;
import org.completecrm.rules.campaign.CampaignPlan;
import org.completecrm.rules.campaign.CampaignPlanner;
import org.completecrm.rules.campaign.CampaignPlans;
import org.completecrm.rules.campaign.CampaignSettings;
import org.completecrm.rules.ruleset.RuleSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code crm campaign} and {@code crm generate-contexts}: the exact CSV header and summary
 * fields, budgets that bind with the sample files, and one row per malformed command line or
 * input with its exit code and message ({@code {dir}} is the fixtures' directory).
 */
class CampaignCommandTest {
  @TempDir static Path dir;

  @BeforeAll
  static void writeTheFixtures() throws IOException {
    CliRun.copyResource("rules/rules.json", dir);
    CliRun.copyResource("rules/campaign.json", dir);
    CliRun.of("generate-contexts", "--customers", "10000", "--seed", "42", "--out", dir.resolve("contexts.jsonl")
        .toString()).expectExit(0);
    List<String> lines = Files.readAllLines(dir.resolve("contexts.jsonl"));
    Files.writeString(dir.resolve("bad-line.jsonl"), lines.get(0) + "\n" + lines.get(1).replace("\"customer\"",
        "\"costumer\"") + "\n");
    Files.writeString(dir.resolve("twice.jsonl"), lines.get(0) + "\n" + lines.get(0) + "\n");
    Files.writeString(dir.resolve("not-json.jsonl"), lines.get(0) + "\n{\"event\": \n");
    byte[] first = (lines.get(0) + "\n").getBytes(StandardCharsets.UTF_8);
    byte[] notUtf8 = Arrays.copyOf(first, first.length + 3);
    notUtf8[first.length] = (byte) 0xC3;
    notUtf8[first.length + 1] = (byte) 0x28;
    notUtf8[first.length + 2] = (byte) '\n';
    Files.write(dir.resolve("not-utf8.jsonl"), notUtf8);
    Files.writeString(dir.resolve("unknown-offer.json"), "{\"campaign\": \"c\", \"budgets\": {\"offers\": {\"gold-card\": 5}}}");
    Files.writeString(dir.resolve("bad-window.json"), "{\"campaign\": \"c\", \"sendWindow\": {\"hours\": 500}}");
    Files.writeString(dir.resolve("bad-property.json"), "{\"campaign\": \"c\", \"budget\": {}}");
    Files.writeString(dir.resolve("bad-share.json"),
        "{\"campaign\": \"c\", \"teams\": [{\"team\": \"t\", \"capacityPerDay\": 5, \"responseShares\": {\"PHONE\": 1.5}}]}");
  }

  @Test
  void thePlanIsACsvWithTheExactHeaderAndTheSummaryShowsBindingBudgets() throws IOException {
    Path plan = dir.resolve("plan.csv");
    Path summary = dir.resolve("summary.json");
    CliRun.of("campaign", "--rules", dir.resolve("rules.json").toString(), "--settings",
        dir.resolve("campaign.json").toString(), "--contexts", dir.resolve("contexts.jsonl").toString(), "--at",
        "2026-11-23T07:00:00Z", "--out", plan.toString(), "--summary", summary.toString(), "--seed", "7")
        .expectExit(0);
    List<String> rows = Files.readAllLines(plan);
    assertEquals("customer_id,household_id,action_id,channel,send_at,expected_value,reason", rows.get(0));
    assertEquals(10001, rows.size());
    assertTrue(rows.stream().anyMatch(r -> r.matches("c-\\d+,h-\\d*,isa-top-up,(EMAIL|POST),2026-11-2\\dT.*,\\d+\\.\\d{4},.*")));
    assertTrue(rows.stream().anyMatch(r -> r.contains(",,,,,\"Left out: the budget of ISA top-up (")));
    var json = CrmJson.mapper().readTree(Files.readString(summary));
    for (String field : List.of("campaign", "customers", "planned", "leftOut", "expectedValue", "upperBound", "gap",
        "relativeGap", "cost", "offers", "channels", "teams", "segments")) {
      assertTrue(json.has(field), field);
    }
    var isa = json.get("offers").findParents("offer").stream().filter(o -> o.get("offer").asText().equals("isa-top-up"))
        .findFirst().orElseThrow();
    assertEquals(isa.get("budget").asInt(), isa.get("sends").asInt(), "the ISA budget binds");
    assertTrue(json.get("relativeGap").asDouble() < 0.01);
    assertTrue(json.get("teams").get(0).has("loadPerDay") && json.get("teams").get(0).has("capacityPerDay"));
  }

  @Test
  void theSameSeedGivesTheSameContextsAndPlan() {
    String a = CliRun.of("generate-contexts", "--customers", "50", "--seed", "3").expectExit(0).out;
    String b = CliRun.of("generate-contexts", "--customers", "50", "--seed", "3").expectExit(0).out;
    assertEquals(a, b);
    assertEquals(50, a.lines().count());
    String plan1 = campaignOnStdout();
    assertEquals(plan1, campaignOnStdout());
  }

  @Test
  void theCommandReadsTheBytesOfTheContextsAsAReaderOfTheTextWould() throws IOException {
    StringWriter fromText = new StringWriter();
    PlanCsv.write(planReadThroughAReader(), fromText);
    assertEquals(fromText.toString(), campaignOnStdout());
  }

  @Test
  void aPlanWhoseOutputFailsIsAnErrorNotAShorterFile() throws IOException {
    CampaignPlan plan = planReadThroughAReader();
    Writer full = new Writer() {
      private int room = 100_000;

      @Override
      public void write(char[] chars, int off, int len) throws IOException {
        room -= len;
        if (room < 0) {
          throw new IOException("No space left on device");
        }
      }

      @Override
      public void flush() { }

      @Override
      public void close() { }
    };
    CrmException e = assertThrows(CrmException.class, () -> PlanCsv.write(plan, full));
    assertTrue(e.getMessage().startsWith("cannot write the campaign plan"), e.getMessage());
  }

  /** The sample files' plan (seed 0), the contexts read as text through a {@code Reader}. */
  private static CampaignPlan planReadThroughAReader() throws IOException {
    CampaignPlanner planner = CampaignPlans.planner(DecideCommand.read(dir.resolve("rules.json"), RuleSet.class),
        DecideCommand.read(dir.resolve("campaign.json"), CampaignSettings.class), Instant.parse("2026-11-23T07:00:00Z"),
        0L);
    try (Reader in = Files.newBufferedReader(dir.resolve("contexts.jsonl"), StandardCharsets.UTF_8)) {
      planner.addJsonLines(in, 2, done -> { });
    }
    return planner.plan();
  }

  private static String campaignOnStdout() {
    return CliRun.of("campaign", "--rules", dir.resolve("rules.json").toString(), "--settings",
        dir.resolve("campaign.json").toString(), "--contexts", dir.resolve("contexts.jsonl").toString(), "--at",
        "2026-11-23T07:00:00Z").expectExit(0).expectErr("\"relativeGap\"").out;
  }

  record Row(String name, int exit, String args, String message) {
    @Override
    public String toString() {
      return name;
    }
  }

  static Stream<Row> rows() {
    String base = "campaign --rules {dir}/rules.json --at 2026-11-23T07:00:00Z ";
    return Stream.of(
        new Row("a missing option", CrmCli.USAGE, "campaign --rules {dir}/rules.json --settings {dir}/campaign.json --at 2026-11-23T07:00:00Z",
            "crm campaign: missing option --contexts=FILE\nTry 'crm campaign --help' for the options."),
        new Row("a bad instant", CrmCli.USAGE, "campaign --rules {dir}/rules.json --settings {dir}/campaign.json --contexts {dir}/contexts.jsonl --at monday",
            "crm campaign: --at: expected an ISO-8601 instant such as 2026-11-23T10:15:00Z, got 'monday'\nTry 'crm campaign --help' for the options."),
        new Row("a bad seed", CrmCli.USAGE, base + "--settings {dir}/campaign.json --contexts {dir}/contexts.jsonl --seed x",
            "crm campaign: --seed: expected a whole number such as 2026, got 'x'\nTry 'crm campaign --help' for the options."),
        new Row("a missing contexts file", CrmCli.BAD_INPUT, base + "--settings {dir}/campaign.json --contexts {dir}/none.jsonl",
            "crm campaign: --contexts {dir}/none.jsonl: no such file"),
        new Row("an unknown property in the settings", CrmCli.BAD_INPUT, base + "--settings {dir}/bad-property.json --contexts {dir}/contexts.jsonl",
            "crm campaign: bad-property.json: CampaignSettings.budget: expected one of [budgets, campaign, channelCosts, oneOutboundPerHousehold, sendWindow, targetRelativeGap, teams], got 'budget' (at $.budget)"),
        new Row("a window too long", CrmCli.BAD_INPUT, base + "--settings {dir}/bad-window.json --contexts {dir}/contexts.jsonl",
            "crm campaign: bad-window.json: SendWindow.hours: expected a number of hours from 1 to 168, got '500' (at $.sendWindow.hours)"),
        new Row("a share above one", CrmCli.BAD_INPUT, base + "--settings {dir}/bad-share.json --contexts {dir}/contexts.jsonl",
            "crm campaign: bad-share.json: TeamCapacity.responseShares.PHONE: expected a probability in [0, 1], got '1.5' (at $.teams[0].responseShares.PHONE)"),
        new Row("a budget for an offer the rules do not have", CrmCli.BAD_INPUT, base + "--settings {dir}/unknown-offer.json --contexts {dir}/contexts.jsonl",
            "crm campaign: unknown-offer.json: CampaignSettings.budgets.offers.gold-card: expected an action of rule set contact-centre: one of [call-back-now, isa-top-up, premium-fund-switch, resolve-complaint, satisfaction-survey], got 'gold-card'"),
        new Row("a context with an unknown property", CrmCli.BAD_INPUT, base + "--settings {dir}/campaign.json --contexts {dir}/bad-line.jsonl",
            "crm campaign: bad-line.jsonl: contexts line 2: "),
        new Row("a context that is not JSON", CrmCli.BAD_INPUT, base + "--settings {dir}/campaign.json --contexts {dir}/not-json.jsonl",
            "crm campaign: not-json.jsonl: contexts line 2: "),
        new Row("a context that is not UTF-8", CrmCli.BAD_INPUT, base + "--settings {dir}/campaign.json --contexts {dir}/not-utf8.jsonl",
            "crm campaign: cannot read {dir}/not-utf8.jsonl: "),
        new Row("a customer twice", CrmCli.BAD_INPUT, base + "--settings {dir}/campaign.json --contexts {dir}/twice.jsonl",
            "crm campaign: contexts.customer.id: expected each customer once in a campaign run, got 'c-00000000'"),
        new Row("no customers to generate", CrmCli.USAGE, "generate-contexts --customers 0 --seed 1",
            "crm generate-contexts: --customers: expected at least 1 customer, got '0'\nTry 'crm generate-contexts --help' for the options."));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void malformedCommandLinesAndInputsAreSaidOnce(Row row) {
    CliRun run = CliRun.of(row.args.replace("{dir}", dir.toString()).split(" "));
    run.expectExit(row.exit);
    String expected = row.message.replace("{dir}", dir.toString());
    assertTrue(run.err.startsWith(expected), () -> "expected\n" + expected + "\ngot\n" + run.err);
    assertEquals("", run.out);
  }
}
