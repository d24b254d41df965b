package org.completecrm.rules.ruleset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;
import org.completecrm.core.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Malformed rule sets, each rejected with the JSON path of the bad value and a message saying what was expected. */
class RejectedRuleSetsTest {
  private static final String ACTIONS = "[{\"id\":\"offer-a\",\"kind\":\"OFFER\",\"purpose\":\"MARKETING\",\"channels\":[\"EMAIL\"]},"
      + "{\"id\":\"fix-it\",\"kind\":\"SERVICE\",\"purpose\":\"SERVICE\",\"channels\":[\"PHONE\"]}]";
  private static final String PROPOSE = "[{\"propose\":\"offer-a\"}]";

  /** A rule set with the given rules (a JSON array). */
  private static String withRules(String rules) {
    return "{\"id\":\"rs\",\"version\":1,\"actions\":" + ACTIONS + ",\"rules\":" + rules + "}";
  }

  /** A rule set with one rule whose condition is {@code when}. */
  private static String when(String when) {
    return withRules("[{\"id\":\"r1\",\"when\":" + when + ",\"then\":" + PROPOSE + "}]");
  }

  /** A rule set with one always-true rule whose effects are {@code then}. */
  private static String then(String then) {
    return withRules("[{\"id\":\"r1\",\"when\":{\"always\":true},\"then\":" + then + "}]");
  }

  /** A valid rule set plus the extra top-level properties {@code extra}. */
  private static String extra(String extra) {
    return "{\"id\":\"rs\",\"version\":1,\"actions\":" + ACTIONS + ",\"rules\":[{\"id\":\"r1\",\"when\":{\"always\":true},"
        + "\"then\":" + PROPOSE + "}]," + extra + "}";
  }

  /** An action with the extra properties {@code extra}. */
  private static String action(String extra) {
    return "{\"id\":\"rs\",\"version\":1,\"actions\":[{\"id\":\"a\",\"kind\":\"OFFER\",\"purpose\":\"MARKETING\"," + extra + "}]}";
  }

  static Stream<Arguments> cases() {
    return Stream.of(
        // identity and version
        Arguments.of("blank id", "{\"id\":\" \",\"version\":1}", "$.id", "expected a non-blank id"),
        Arguments.of("missing version", "{\"id\":\"rs\"}", "$.version", "expected a version number >= 1, got '0'"),
        Arguments.of("unknown top-level property", "{\"id\":\"rs\",\"version\":1,\"rulez\":[]}", "$.rulez",
            "RuleSet.rulez: expected one of ["),
        // conditions
        Arguments.of("unknown field", when("{\"field\":\"segmnt\",\"op\":\"eq\",\"value\":\"gold\"}"),
            "$.rules[0].when.field", "RuleSet.rules[0].when.field: expected one of [event.kind, event.channel"),
        Arguments.of("unknown operator", when("{\"field\":\"segment\",\"op\":\"equals\",\"value\":\"gold\"}"),
            "$.rules[0].when.op", "expected one of [eq, ne, in, notIn, present, absent] for the text field segment, got 'equals'"),
        Arguments.of("operator of another type", when("{\"field\":\"cases.open\",\"op\":\"contains\",\"value\":\"x\"}"),
            "$.rules[0].when.op", "for the number field cases.open, got 'contains'"),
        Arguments.of("type mismatch: text for a number", when("{\"field\":\"cases.open\",\"op\":\"gt\",\"value\":\"many\"}"),
            "$.rules[0].when.value", "expected a number for the field cases.open, got '\"many\"'"),
        Arguments.of("type mismatch: number for a text", when("{\"field\":\"segment\",\"op\":\"eq\",\"value\":3}"),
            "$.rules[0].when.value", "expected a text for the field segment, got '3'"),
        Arguments.of("unknown enum name", when("{\"field\":\"event.kind\",\"op\":\"eq\",\"value\":\"INBOUND_CAL\"}"),
            "$.rules[0].when.value", "expected one of [INBOUND_CALL, WEB_VISIT"),
        Arguments.of("in without an array", when("{\"field\":\"segment\",\"op\":\"in\",\"value\":\"gold\"}"),
            "$.rules[0].when.value", "expected a non-empty array of texts for the field segment"),
        Arguments.of("bad element in an enum array",
            when("{\"field\":\"event.kind\",\"op\":\"in\",\"value\":[\"INBOUND_CALL\",\"FAX\"]}"),
            "$.rules[0].when.value[1]", "got 'FAX'"),
        Arguments.of("bad instant", when("{\"field\":\"purchases.last\",\"op\":\"before\",\"value\":\"yesterday\"}"),
            "$.rules[0].when.value", "expected an ISO-8601 instant such as 2026-01-31T09:00:00Z"),
        Arguments.of("bad money", when("{\"field\":\"event.amount\",\"op\":\"gt\",\"value\":100}"),
            "$.rules[0].when.value", "expected an amount such as"),
        Arguments.of("missing value", when("{\"field\":\"clv\",\"op\":\"gt\"}"),
            "$.rules[0].when.value", "expected a number for the field clv, got 'absent'"),
        Arguments.of("value with a unary operator", when("{\"field\":\"clv\",\"op\":\"present\",\"value\":1}"),
            "$.rules[0].when.value", "expected no value for the operator present"),
        Arguments.of("windowed field without a window", when("{\"field\":\"contacts.count\",\"op\":\"gt\",\"value\":3}"),
            "$.rules[0].when.within", "expected a window such as P7D for the field contacts.count"),
        Arguments.of("window on a field without one", when("{\"field\":\"clv\",\"op\":\"gt\",\"value\":3,\"within\":\"P7D\"}"),
            "$.rules[0].when.within", "expected no window"),
        Arguments.of("malformed window",
            when("{\"field\":\"contacts.count\",\"op\":\"gt\",\"value\":3,\"within\":\"seven days\"}"),
            "$.rules[0].when.within", "expected a Duration"),
        Arguments.of("two forms in one condition", when("{\"field\":\"clv\",\"op\":\"gt\",\"value\":3,\"always\":true}"),
            "$.rules[0].when", "expected exactly one of field/op/value, all, any, not or always"),
        Arguments.of("empty condition", when("{}"), "$.rules[0].when", "expected exactly one of"),
        Arguments.of("bad condition deep inside",
            when("{\"all\":[{\"always\":true},{\"not\":{\"field\":\"flagz\",\"op\":\"isEmpty\"}}]}"),
            "$.rules[0].when.all[1].not.field", "got 'flagz'"),
        Arguments.of("empty score name", when("{\"field\":\"score.\",\"op\":\"gt\",\"value\":0.5}"),
            "$.rules[0].when.field", "got 'score.'"),
        // rules and effects
        Arguments.of("rule without a condition", withRules("[{\"id\":\"r1\",\"then\":" + PROPOSE + "}]"),
            "$.rules[0].when", "expected a condition"),
        Arguments.of("rule without effects", withRules("[{\"id\":\"r1\",\"when\":{\"always\":true},\"then\":[]}]"),
            "$.rules[0].then", "expected at least one effect"),
        Arguments.of("duplicate rule id", withRules("[{\"id\":\"r1\",\"when\":{\"always\":true},\"then\":" + PROPOSE + "},"
            + "{\"id\":\"r1\",\"when\":{\"always\":true},\"then\":" + PROPOSE + "}]"), "$.rules[1].id",
            "expected a rule id used only once"),
        Arguments.of("offer referenced but not defined", then("[{\"propose\":\"offer-b\"}]"),
            "$.rules[0].then[0].propose", "expected an action defined in $.actions [fix-it, offer-a], got 'offer-b'"),
        Arguments.of("suppression without a reason", then("[{\"suppress\":\"offer-a\"}]"),
            "$.rules[0].then[0].reason", "expected a reason in plain words for the suppression"),
        Arguments.of("effect with two kinds", then("[{\"propose\":\"offer-a\",\"commit\":\"sla\"}]"),
            "$.rules[0].then[0]", "expected exactly one of propose, suppress, commit, escalate or allow"),
        Arguments.of("unknown service level", then("[{\"commit\":\"call-back-4h\"}]"),
            "$.rules[0].then[0].commit", "expected a service level defined in $.slas [], got 'call-back-4h'"),
        Arguments.of("unknown guardrail", then("[{\"allow\":\"goodwill\"}]"),
            "$.rules[0].then[0].allow", "expected a guardrail defined in $.guardrails [], got 'goodwill'"),
        Arguments.of("unknown effect property", then("[{\"offer\":\"offer-a\"}]"),
            "$.rules[0].then[0].offer", "Effect.offer: expected one of [after, allow, commit"),
        Arguments.of("unreachable rule after an exclusive catch-all", withRules(
            "[{\"id\":\"catch-all\",\"priority\":10,\"exclusive\":true,\"when\":{\"always\":true},\"then\":" + PROPOSE + "},"
                + "{\"id\":\"later\",\"priority\":5,\"when\":{\"field\":\"clv\",\"op\":\"gt\",\"value\":0},\"then\":"
                + PROPOSE + "}]"),
            "$.rules[1]", "expected a rule that can fire (rule 'catch-all' comes first, always fires and is exclusive), got 'later'"),
        Arguments.of("unreachable rule with a contradiction", when(
            "{\"all\":[{\"field\":\"clv\",\"op\":\"gt\",\"value\":0},{\"not\":{\"field\":\"clv\",\"op\":\"gt\",\"value\":0}}]}"),
            "$.rules[0].when", "expected a condition that can hold (this one never does, so the rule is unreachable), got 'r1'"),
        // actions
        Arguments.of("action without channels", action("\"channels\":[]"), "$.actions[0].channels",
            "expected at least one channel"),
        Arguments.of("unknown channel", action("\"channels\":[\"FAX\"]"), "$.actions[0].channels[0]",
            "ActionDefinition.channels[0]: expected a Channel, one of [EMAIL, SMS, PHONE"),
        Arguments.of("null channel", action("\"channels\":[null]"), "$.actions[0].channels[0]",
            "ActionDefinition.channels[0]: expected a Channel, one of [EMAIL, SMS, PHONE"),
        Arguments.of("duplicate action id", "{\"id\":\"rs\",\"version\":1,\"actions\":[{\"id\":\"a\",\"kind\":\"OFFER\","
            + "\"purpose\":\"MARKETING\",\"channels\":[\"EMAIL\"]},{\"id\":\"a\",\"kind\":\"OFFER\",\"purpose\":\"MARKETING\","
            + "\"channels\":[\"EMAIL\"]}]}", "$.actions[1].id", "expected an action id used only once"),
        Arguments.of("propensity out of range", action("\"channels\":[\"EMAIL\"],\"propensity\":1.5"),
            "$.actions[0].propensity", "expected a probability in [0, 1], got '1.5'"),
        Arguments.of("template with an unknown placeholder", action("\"channels\":[\"EMAIL\"],\"message\":\"Hi {customer.nickname}\""),
            "$.actions[0].message",
            "expected a placeholder, one of [action.id, action.name, channel, customer.id, customer.name, date]"),
        Arguments.of("template with a field that may be missing", action("\"channels\":[\"EMAIL\"],\"message\":\"Dear {segment}\""),
            "$.actions[0].message", "expected a fallback for a placeholder that may be missing, as in {segment|...}"),
        Arguments.of("template with an unclosed brace", action("\"channels\":[\"EMAIL\"],\"message\":\"Dear {customer.name\""),
            "$.actions[0].message", "the '{' at 5 is not closed"),
        Arguments.of("bad condition in a stage",
            action("\"channels\":[\"EMAIL\"],\"suitability\":{\"field\":\"valueTrend\",\"op\":\"gt\",\"value\":\"up\"}"),
            "$.actions[0].suitability.value", "expected a number for the field valueTrend"),
        // policies, service levels, guardrails, arbitration, volume
        Arguments.of("negative cap", extra("\"policies\":{\"caps\":[{\"id\":\"c\",\"max\":-1,\"window\":\"P7D\"}]}"),
            "$.policies.caps[0].max", "expected a count >= 0, got '-1'"),
        Arguments.of("cap with a zero window", extra("\"policies\":{\"caps\":[{\"id\":\"c\",\"max\":2,\"window\":\"PT0S\"}]}"),
            "$.policies.caps[0].window", "expected a positive duration (the cap's window)"),
        Arguments.of("quiet hours that start when they end",
            extra("\"policies\":{\"quietHours\":[{\"id\":\"q\",\"start\":\"21:00\",\"end\":\"21:00\"}]}"),
            "$.policies.quietHours[0].end", "expected a time different from start 21:00"),
        Arguments.of("a cool-down shorter than the built-in one", extra("\"policies\":{\"coolDown\":\"P7D\"}"),
            "$.policies.coolDown", "a rule set may only make policies stricter"),
        Arguments.of("a service level due at once", extra("\"slas\":[{\"id\":\"s\",\"kind\":\"CALL_BACK\",\"owner\":\"team\","
            + "\"due\":\"PT0S\",\"description\":\"call back\"}]"), "$.slas[0].due", "expected a positive duration"),
        Arguments.of("guardrail limits in two currencies", extra("\"guardrails\":[{\"id\":\"g\",\"action\":\"goodwill-credit\","
            + "\"defaultLimit\":{\"amount\":\"10\",\"currency\":\"GBP\"},"
            + "\"limitsByTier\":{\"gold\":{\"amount\":\"50\",\"currency\":\"EUR\"}}}]"),
            "$.guardrails[0].limitsByTier.gold", "expected a limit in the default limit's currency GBP"),
        Arguments.of("negative arbitration weight", extra("\"arbitration\":{\"valueWeight\":-1}"),
            "$.arbitration.valueWeight", "expected a finite weight >= 0"),
        Arguments.of("no actions per decision", extra("\"volume\":{\"maxActions\":0}"),
            "$.volume.maxActions", "expected at least 1 action per decision"),
        Arguments.of("null channel cost", extra("\"channelCosts\":{\"EMAIL\":null}"),
            "$.channelCosts.EMAIL", "got 'null'"),
        Arguments.of("negative channel cost", extra("\"channelCosts\":{\"EMAIL\":-0.5}"),
            "$.channelCosts.EMAIL", "expected a finite cost >= 0"),
        // syntax
        Arguments.of("malformed JSON", "{\"id\":\"rs\",\"version\":1,\"rules\":[", "$.rules", "Unexpected end-of-input"),
        Arguments.of("not JSON at all", "rules: none", "none", "expected well-formed JSON at line 1 column 6"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void aMalformedRuleSetIsRejectedWithItsPathAndWhatWasExpected(String name, String json, String path, String message) {
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> RuleSets.fromJson(json), name);
    if (!path.equals("none")) {
      assertEquals(path, e.jsonPath().orElse("none"), () -> name + ": " + e.getMessage());
      assertTrue(e.getMessage().endsWith("(at " + path + ")"), () -> name + ": " + e.getMessage());
    }
    assertTrue(e.getMessage().contains(message), () -> name + ": " + e.getMessage());
  }

  @Test
  void thereAreAtLeastTwentyFiveCases() {
    assertTrue(cases().count() >= 25);
  }

  @Test
  void theBuilderRejectsTheSameMistakesWithTheSamePath() {
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> RuleSet.builder().id("rs").version(1)
        .addRules(Rule.builder().id("r1").when(org.completecrm.rules.condition.Condition.on("segmnt").eq("gold"))
            .addThen(Effect.propose("nowhere")).build())
        .build());
    assertEquals("$.rules[0].when.field", e.jsonPath().orElseThrow());
  }
}
