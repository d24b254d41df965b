package org.completecrm.examples.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DecideCommandTest {
  @TempDir static Path dir;
  private static Path rules;
  private static Path context;

  @BeforeAll
  static void copySamples() throws IOException {
    rules = CliRun.copyResource("rules/rules.json", dir);
    context = CliRun.copyResource("rules/context.json", dir);
  }

  private static Path file(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
  }

  @Test
  void decidePrintsTheDecisionWithItsExplanationAsJson() {
    CliRun.of("decide", "--rules", rules.toString(), "--context", context.toString(), "--at", "2026-11-23T10:15:00Z")
        .expectExit(0)
        .expectOut("\"action\" : \"call-back-now\"")
        .expectOut("service first because the customer has an open problem")
        .expectOut("\"stage\" : \"SUITABILITY\"")
        .expectOut("No upsell while complaint case-1 is open")
        .expectOut("The customer has offer premium-fund-switch, sent by EMAIL on 2026-11-22T08:05:00Z")
        .expectOut("\"routeTo\" : \"team-leaders\"");
  }

  @Test
  void aHouseholdContextDecidesWithTheMembersFacts() throws IOException {
    Path householdRules = CliRun.copyResource("rules/household-rules.json", dir);
    Path householdContext = CliRun.copyResource("rules/household-context.json", dir);
    CliRun.of("decide", "--rules", householdRules.toString(), "--context", householdContext.toString(), "--at",
        "2026-11-23T10:15:00Z")
        .expectExit(0)
        .expectOut("\"action\" : \"household-call-back\"")
        .expectOut("\"type\" : \"householdHarmSignal\"")
        .expectOut("member 2 (partner) has an open complaint of high severity")
        .expectOut("Promise to member 2 (partner) of the household");
  }

  @Test
  void aMissingFileIsBadInput() {
    CliRun.of("decide", "--rules", dir.resolve("nope.json").toString(), "--context", context.toString(), "--at",
        "2026-11-23T10:15:00Z").expectExit(CrmCli.BAD_INPUT).expectErr("no such file").expectErr("nope.json");
  }

  @Test
  void malformedJsonIsBadInputWithItsLocation() throws IOException {
    Path bad = file("broken.json", "{\n  \"id\": \"rs\",\n  \"version\": 1,\n  \"rules\": [ oops ]\n}\n");
    CliRun.of("decide", "--rules", bad.toString(), "--context", context.toString(), "--at", "2026-11-23T10:15:00Z")
        .expectExit(CrmCli.BAD_INPUT).expectErr("broken.json").expectErr("line 4 column");
  }

  @Test
  void anUnknownFieldInARuleIsBadInputWithItsPath() throws IOException {
    Path bad = file("typo.json", "{\"id\":\"rs\",\"version\":1,\"actions\":[{\"id\":\"a\",\"kind\":\"OFFER\","
        + "\"purpose\":\"MARKETING\",\"channels\":[\"EMAIL\"]}],\"rules\":[{\"id\":\"r\",\"when\":{\"field\":\"segmnt\","
        + "\"op\":\"eq\",\"value\":\"gold\"},\"then\":[{\"propose\":\"a\"}]}]}");
    CliRun.of("decide", "--rules", bad.toString(), "--context", context.toString(), "--at", "2026-11-23T10:15:00Z")
        .expectExit(CrmCli.BAD_INPUT).expectErr("RuleSet.rules[0].when.field: expected one of [event.kind")
        .expectErr("got 'segmnt' (at $.rules[0].when.field)");
  }

  @Test
  void anUnknownPropertyInTheContextIsBadInputWithItsPath() throws IOException {
    Path bad = file("ctx.json", Files.readString(context).replaceFirst("\"consent\"", "\"consnt\""));
    CliRun.of("decide", "--rules", rules.toString(), "--context", bad.toString(), "--at", "2026-11-23T10:15:00Z")
        .expectExit(CrmCli.BAD_INPUT).expectErr("ctx.json").expectErr("consnt").expectErr("(at $.consnt)");
  }

  @Test
  void aMalformedInstantIsAUsageError() {
    CliRun.of("decide", "--rules", rules.toString(), "--context", context.toString(), "--at", "tomorrow")
        .expectExit(CrmCli.USAGE).expectErr("--at: expected an ISO-8601 instant");
  }

  @Test
  void aMissingOptionIsAUsageError() {
    CliRun.of("decide", "--rules", rules.toString()).expectExit(CrmCli.USAGE).expectErr("--context");
  }

  @Test
  void decideHasHelp() {
    CliRun.of("decide", "--help").expectExit(0).expectOut("Usage: crm decide").expectOut("--rules=FILE")
        .expectOut("--at=INSTANT");
  }
}
