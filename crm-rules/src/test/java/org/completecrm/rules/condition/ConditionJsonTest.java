package org.completecrm.rules.condition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.completecrm.core.InvalidValueException;
import org.completecrm.core.json.CrmJson;
import org.completecrm.rules.ruleset.RuleSet;
import org.completecrm.rules.ruleset.RuleSets;
import org.junit.jupiter.api.Test;

/** The JSON form of each kind of condition: read strictly, written back as it was read. */
class ConditionJsonTest {
  private static Condition read(String json) {
    return CrmJson.read(json, Condition.class);
  }

  @Test
  void everyFormIsWrittenBackAsItWasRead() {
    for (String json : List.of(
        "{\"field\":\"clv\",\"op\":\"gt\",\"value\":1000}",
        "{\"field\":\"contacts.outbound\",\"op\":\"lt\",\"value\":3,\"within\":\"PT168H\"}",
        "{\"field\":\"segment\",\"op\":\"notIn\",\"value\":[\"gold\",\"silver\"]}",
        "{\"field\":\"event.amount\",\"op\":\"gte\",\"value\":{\"amount\":\"100.00\",\"currency\":\"EUR\"}}",
        "{\"field\":\"feedback.nps\",\"op\":\"absent\"}",
        "{\"all\":[{\"always\":true},{\"not\":{\"field\":\"flags\",\"op\":\"isEmpty\"}}]}",
        "{\"any\":[{\"always\":false},{\"field\":\"pAlive\",\"op\":\"lt\",\"value\":0.5}]}")) {
      assertEquals(json, CrmJson.write(read(json)));
    }
  }

  @Test
  void theFluentFormsAreTheValuesTheReaderGives() {
    assertEquals(read("{\"field\":\"contacts.outbound\",\"op\":\"lt\",\"value\":3,\"within\":\"PT168H\"}"),
        Condition.on("contacts.outbound").within(Duration.ofDays(7)).lt(3));
    assertEquals(new Comparison("segment", Operator.IN, java.util.Optional.of(
        CrmJson.mapper().valueToTree(List.of("a", "b"))), java.util.Optional.empty()), Condition.on("segment").in("a", "b"));
    assertEquals(read("{\"not\":{\"always\":true}}"), Condition.negate(Condition.alwaysTrue()));
    assertEquals(new AllOf(List.of(new Always(false))), Condition.allOf(Condition.never()));
  }

  @Test
  void anUnknownOperatorIsRefusedAtItsPathWithTheFieldsOperators() {
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> read("{\"any\":[{\"always\":true},{\"field\":\"clv\",\"op\":\"above\",\"value\":1}]}"));
    assertEquals("$.any[1].op", e.jsonPath().orElseThrow());
    assertTrue(e.getMessage().contains("expected one of [eq, ne, lt, lte, gt, gte, present, absent] for the number "
        + "field clv, got 'above'"), e.getMessage());
  }

  @Test
  void aConditionHasExactlyOneFormAndNoOtherProperty() {
    assertEquals("$.not", assertThrows(InvalidValueException.class,
        () -> read("{\"not\":{\"all\":[{\"always\":true}],\"any\":[{\"always\":true}]}}")).jsonPath().orElseThrow());
    assertEquals("$.colour", assertThrows(InvalidValueException.class,
        () -> read("{\"always\":true,\"colour\":\"red\"}")).jsonPath().orElseThrow());
    assertEquals("$.all", assertThrows(InvalidValueException.class,
        () -> read("{\"all\":[]}")).jsonPath().orElseThrow());
    assertEquals("$.always", assertThrows(InvalidValueException.class,
        () -> read("{\"always\":\"yes\"}")).jsonPath().orElseThrow());
  }

  @Test
  void theExampleRuleSetsReadAndWriteBackUnchanged() throws Exception {
    for (Path file : List.of(Path.of("../examples/src/main/resources/rules/rules.json"), Path.of("../examples-host/rules.json"))) {
      RuleSet read = RuleSets.fromFile(file);
      assertEquals(read, RuleSets.fromJson(RuleSets.write(read)), file::toString);
      assertTrue(Files.readString(file).contains("\"when\""), file::toString);
    }
  }
}
