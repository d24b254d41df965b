package org.completecrm.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;
import org.completecrm.core.InvalidValueException;
import org.completecrm.core.consent.ConsentLedger;
import org.completecrm.core.customer.Customer;
import org.completecrm.core.household.Household;
import org.completecrm.core.testing.CustomerFixtures;
import org.junit.jupiter.api.Test;

/** The reproducers of issue 23 for the JSON reader: strict input, typed errors at their path, no personal data echoed. */
class JsonStrictnessTest {

  private static InvalidValueException rejected(String json, Class<?> type) {
    return assertThrows(InvalidValueException.class, () -> CrmJson.read(json, type));
  }

  @Test
  void aDuplicateKeyIsRejectedAtItsPath() {
    String alice = CrmJson.write(CustomerFixtures.alice());
    String twice = alice.replaceFirst("\\{", "{\"kind\":\"PERSON\",");
    InvalidValueException x = rejected(twice, Customer.class);
    assertTrue(x.getMessage().contains("Duplicate field 'kind'"), x.getMessage());
    assertEquals(Optional.of("$.kind"), x.jsonPath());
  }

  @Test
  void aDuplicateKeyDeepInsideIsRejectedAtItsPath() {
    String json = "{\"id\":\"h-1\",\"memberships\":[{\"customer\":\"c-1\",\"role\":\"PRIMARY\","
        + "\"since\":\"2024-01-01T00:00:00Z\",\"since\":\"2025-01-01T00:00:00Z\"}]}";
    InvalidValueException x = rejected(json, Household.class);
    assertEquals(Optional.of("$.memberships[0].since"), x.jsonPath());
  }

  @Test
  void nullForAListIsRejectedNotReadAsEmpty() {
    InvalidValueException x = rejected("{\"id\":\"h-1\",\"memberships\":null}", Household.class);
    assertEquals(Optional.of("$.memberships"), x.jsonPath());
    assertEquals("null", x.rejectedValue());
  }

  @Test
  void nullForARequiredValueIsRejectedAtItsPath() {
    ObjectNode doc = CrmJson.mapper().valueToTree(CustomerFixtures.alice());
    doc.putNull("kind");
    InvalidValueException x = rejected(doc.toString(), Customer.class);
    assertEquals(Optional.of("$.kind"), x.jsonPath());
  }

  @Test
  void nullForAnOptionalValueStillMeansAbsentAsTheLibraryWritesIt() {
    Customer chiara = CustomerFixtures.chiara();
    String written = CrmJson.write(chiara);
    assertTrue(written.contains("null"), written);
    assertEquals(chiara, CrmJson.read(written, Customer.class));
  }

  @Test
  void aFractionalNumberForAnIntegerIsRejectedNotTruncated() {
    InvalidValueException x = rejected("{\"customer\":\"c-1\",\"entries\":[],\"version\":3.7}", Probe.class);
    assertEquals(Optional.of("$.version"), x.jsonPath());
  }

  @Test
  void nestingBeyondTheLimitIsATypedErrorNotAStackOverflow() {
    String deep = "[".repeat(CrmJson.MAX_NESTING_DEPTH + 1) + "]".repeat(CrmJson.MAX_NESTING_DEPTH + 1);
    InvalidValueException x = rejected(deep, Object.class);
    assertTrue(x.getMessage().contains("nesting depth"), x.getMessage());
  }

  @Test
  void aStringBeyondTheLimitIsRefusedAndNotEchoed() {
    String big = "x".repeat(CrmJson.MAX_STRING_LENGTH + 1);
    InvalidValueException x = rejected("{\"id\":\"" + big + "\",\"memberships\":[]}", Household.class);
    assertTrue(x.getMessage().length() < 1_000, () -> x.getMessage().length() + " characters");
  }

  @Test
  void aLongRejectedValueIsCutInTheMessage() {
    String big = "y".repeat(100_000);
    InvalidValueException x = rejected("{\"id\":\"h 1" + big + "\",\"memberships\":[]}", Household.class);
    assertTrue(x.getMessage().length() < 1_000, () -> x.getMessage().length() + " characters");
    assertTrue(x.getMessage().contains("characters)"), x.getMessage());
  }

  @Test
  void aNumberBeyondTheLimitIsRefused() {
    InvalidValueException x = rejected("[" + "9".repeat(CrmJson.MAX_NUMBER_LENGTH + 1) + "]", Object.class);
    assertTrue(x.getMessage().contains("Number value length"), x.getMessage());
  }

  @Test
  void aMalformedBirthDateIsNotEchoed() {
    ObjectNode doc = CrmJson.mapper().valueToTree(CustomerFixtures.alice());
    doc.put("birthDate", "12/06/1984");
    InvalidValueException x = rejected(doc.toString(), Customer.class);
    assertEquals("Customer.birthDate", x.field());
    assertFalse(x.getMessage().contains("12/06/1984"), x.getMessage());
    assertFalse(x.rejectedValue().contains("12/06/1984"), x.rejectedValue());
    assertEquals(Optional.of("$.birthDate"), x.jsonPath());
  }

  @Test
  void aNameOfTheWrongShapeIsNotEchoed() {
    ObjectNode doc = CrmJson.mapper().valueToTree(CustomerFixtures.alice());
    doc.putObject("familyName").put("secret", "Abernethy-Okafor");
    InvalidValueException x = rejected(doc.toString(), Customer.class);
    assertFalse(x.getMessage().contains("Abernethy"), x.getMessage());
  }

  @Test
  void aNonPersonalRejectedValueIsStillShown() {
    InvalidValueException x = rejected(
        "{\"customer\":\"c-1\",\"entries\":[{\"action\":\"GRANTD\",\"channel\":\"EMAIL\",\"customer\":\"c-1\","
            + "\"purpose\":\"MARKETING\",\"recordedAt\":\"2024-01-01T00:00:00Z\",\"source\":\"web\"}]}",
        ConsentLedger.class);
    assertTrue(x.getMessage().contains("GRANTD"), x.getMessage());
  }

  /** A value with an integer attribute, as rule sets have their version. */
  record Probe(String customer, java.util.List<String> entries, int version) {}
}
