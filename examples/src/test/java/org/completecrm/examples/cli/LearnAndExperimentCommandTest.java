package org.completecrm.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.completecrm.core.OfferId;
import org.completecrm.core.channel.Channel;
import org.completecrm.core.json.CrmJson;
import org.completecrm.core.propensity.AdaptiveModel;
import org.completecrm.core.score.Scores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code crm learn} and {@code crm experiment}: the contract of issue 19, one row per case. */
class LearnAndExperimentCommandTest {
  static final String OUTCOMES = """
      customer_id,action,channel,response,value,clv,valueTier
      c-1,gold-card,email,accepted,120,1500,gold
      c-2,gold-card,email,rejected,0,40,bronze
      c-3,gold-card,email,ignored,0,,
      c-4,gold-card,email,accepted,120,900,gold
      c-5,gold-card,,accepted,120,,
      """;
  static final String DECISIONS = """
      {"customer":"c-1","ruleSet":"autumn","experiment":{"experiment":"autumn","arm":"champion","role":"CHAMPION"}}
      {"customer":"c-2","experiment":{"experiment":"autumn","arm":"champion","role":"CHAMPION"}}
      {"customer":"c-3","experiment":{"experiment":"autumn","arm":"challenger","role":"CHALLENGER"}}
      {"customer":"c-4","experiment":{"experiment":"autumn","arm":"challenger","role":"CHALLENGER"}}
      {"customer":"c-5","experiment":{"experiment":"autumn","arm":"control","role":"CONTROL"}}
      {"customer":"c-6","experiment":{"experiment":"autumn","arm":"control","role":"CONTROL"}}
      {"customer":"c-7"}
      """;

  @Test
  void learnStartsFromThePriorAndThenFromTheModelItWrote(@TempDir Path dir) throws Exception {
    Path outcomes = Files.writeString(dir.resolve("outcomes.csv"), OUTCOMES.replace("c-5,gold-card,,", "c-5,gold-card,sms,"));
    Path model = dir.resolve("model.json");
    CliRun.of("learn", "--outcomes", outcomes.toString(), "--out", model.toString()).expectExit(0)
        .expectErr("model propensity version 1: 5 outcomes learned, 2 actions and channels");
    CliRun.of("learn", "--model", model.toString(), "--outcomes", outcomes.toString(), "--out", model.toString())
        .expectExit(0).expectErr("version 2: 5 outcomes learned");
    AdaptiveModel learned = CrmJson.read(Files.readString(model), AdaptiveModel.class);
    assertEquals(2, learned.version());
    assertEquals(8, learned.evidenceOf(OfferId.of("gold-card"), Channel.EMAIL).get().outcomes().total());
    double gold = learned.estimate(OfferId.of("gold-card"), Channel.EMAIL,
        Scores.builder().putLabels(Scores.VALUE_TIER, "gold").build()).probability();
    double bronze = learned.estimate(OfferId.of("gold-card"), Channel.EMAIL,
        Scores.builder().putLabels(Scores.VALUE_TIER, "bronze").build()).probability();
    assertTrue(gold > bronze, gold + " vs " + bronze);
    CliRun printed = CliRun.of("learn", "--outcomes", outcomes.toString()).expectExit(0);
    assertEquals(1, CrmJson.read(printed.out, AdaptiveModel.class).version());
  }

  @Test
  void experimentReportsEveryArmAndUpliftAsJsonOrWords(@TempDir Path dir) throws Exception {
    Path outcomes = Files.writeString(dir.resolve("outcomes.csv"), OUTCOMES);
    Path decisions = Files.writeString(dir.resolve("decisions.jsonl"), DECISIONS);
    CliRun json = CliRun.of("experiment", "--decisions", decisions.toString(), "--outcomes", outcomes.toString())
        .expectExit(0);
    JsonNode report = CrmJson.mapper().readTree(json.out).get(0);
    assertEquals("autumn", report.path("experiment").asText());
    assertEquals(3, report.path("arms").size());
    JsonNode control = report.path("arms").get(2);
    assertEquals("control", control.path("arm").asText());
    assertEquals(2, control.path("customers").asInt());
    assertEquals(0.5, control.path("responseRate").asDouble(), 1e-12);
    assertEquals(3, report.path("uplifts").size());
    CliRun.of("experiment", "--decisions", decisions.toString(), "--outcomes", outcomes.toString(), "--text")
        .expectExit(0).expectOut("Experiment autumn")
        .expectOut("control (control): 2 customers, 1 responded, rate 50.00%")
        .expectOut("challenger against champion: response rate +0.00 points");
  }

  static Stream<Arguments> badCommandLines() {
    return Stream.of(
        Arguments.of("learn", "customer_id,action,channel,response,clv\nc-1,a,email,maybe,1\n", "",
            1, "outcomes.csv line 2 column response: expected accepted, rejected or ignored, got 'maybe'"),
        Arguments.of("learn", "customer_id,action,channel,response,colour\nc-1,a,email,accepted,red\n", "",
            1, "outcomes.csv line 1 column colour: expected one of [customer_id, action, channel, response, value, clv, pAlive, valueTier, segment]"),
        Arguments.of("learn", "customer_id,action,channel,response,clv\nc-1,a,email,accepted,lots\n", "",
            1, "outcomes.csv line 2 column clv"),
        Arguments.of("learn", "customer_id,action,channel,response\nc-1,a,fax,accepted\n", "",
            1, "outcomes.csv line 2 column channel: expected one of [email, sms"),
        Arguments.of("learn", "customer_id,action,channel,response\nc-1,a,,accepted\n", "",
            1, "expected the channel the action was presented on"),
        Arguments.of("learn", "customer_id,channel,response\nc-1,email,accepted\n", "",
            1, "outcomes.csv line 1 (the header): expected a column named 'action'"),
        Arguments.of("experiment", OUTCOMES, "{\"customer\":\"c-1\",\"experiment\":{\"experiment\":\"x\",\"arm\":\"a\"}}\n",
            1, "decisions.jsonl line 1 experiment"),
        Arguments.of("experiment", OUTCOMES, "[1,2]\n", 1, "decisions.jsonl line 1: expected a JSON object (a decision) per line"),
        Arguments.of("experiment", OUTCOMES, "{\"customer\":\"c-1\",\"experiment\":{\"experiment\":\"x\",\"arm\":\"a\","
            + "\"role\":\"CONTROL\"}}\n{\"customer\":\"c-1\",\"experiment\":{\"experiment\":\"x\",\"arm\":\"b\",\"role\":\"CHAMPION\"}}\n",
            1, "decisions.jsonl line 2 experiment: expected the arm a the customer was in before"),
        Arguments.of("experiment", OUTCOMES, "{\"customer\": \n", 1, "decisions.jsonl line 1"));
  }

  @ParameterizedTest
  @MethodSource("badCommandLines")
  void badInputIsRefusedNamingFileLineAndColumn(String command, String outcomes, String decisions, int exit,
      String message, @TempDir Path dir) throws Exception {
    Path o = Files.writeString(dir.resolve("outcomes.csv"), outcomes);
    Path d = Files.writeString(dir.resolve("decisions.jsonl"), decisions);
    CliRun run = command.equals("learn")
        ? CliRun.of("learn", "--outcomes", o.toString())
        : CliRun.of("experiment", "--decisions", d.toString(), "--outcomes", o.toString());
    run.expectExit(exit).expectErr(message);
  }

  @Test
  void usageErrorsNameTheOption(@TempDir Path dir) {
    CliRun.of("learn").expectExit(2).expectErr("--outcomes");
    CliRun.of("learn", "--outcomes", dir.resolve("none.csv").toString()).expectExit(1).expectErr("--outcomes");
    CliRun.of("experiment", "--outcomes", "x.csv").expectExit(2).expectErr("--decisions");
  }
}
