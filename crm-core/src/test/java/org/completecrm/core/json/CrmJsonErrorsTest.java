package org.completecrm.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.completecrm.core.CrmException;
import org.completecrm.core.InvalidValueException;
import org.completecrm.core.Money;
import org.completecrm.core.consent.ConsentLedger;
import org.completecrm.core.customer.Customer;
import org.completecrm.core.household.Household;
import org.completecrm.core.timeline.TimelineEvent;
import org.completecrm.core.timeline.Transaction;
import org.junit.jupiter.api.Test;

/** Malformed JSON and invalid values fail with an {@link InvalidValueException} naming field, value, expectation and JSON path. */
class CrmJsonErrorsTest {

  private static InvalidValueException reading(String json, Class<?> type) {
    return assertThrows(InvalidValueException.class, () -> CrmJson.read(json, type));
  }

  @Test
  void aConsentEntryExpiringBeforeItWasRecordedIsReportedAtItsPath() {
    String json = "{\"customer\":\"c-1\",\"entries\":[{\"customer\":\"c-1\",\"channel\":\"EMAIL\","
        + "\"purpose\":\"MARKETING\",\"action\":\"GRANTED\",\"recordedAt\":\"2024-05-01T00:00:00Z\","
        + "\"expiresAt\":\"2024-04-01T00:00:00Z\",\"source\":\"web\",\"evidence\":\"f-1\"}]}";
    InvalidValueException e = reading(json, ConsentLedger.class);
    assertEquals("ConsentEntry.expiresAt", e.field());
    assertEquals("2024-04-01T00:00:00Z", e.rejectedValue());
    assertEquals("an instant after recordedAt 2024-05-01T00:00:00Z", e.expected());
    assertEquals(Optional.of("$.entries[0].expiresAt"), e.jsonPath());
    assertEquals("ConsentEntry.expiresAt: expected an instant after recordedAt 2024-05-01T00:00:00Z, "
        + "got '2024-04-01T00:00:00Z' (at $.entries[0].expiresAt)", e.getMessage());
  }

  @Test
  void anUnknownPropertyIsNamedWithTheKnownOnes() {
    InvalidValueException e = reading("{\"id\":\"h-1\",\"memberships\":[],\"colour\":\"red\"}", Household.class);
    assertEquals("Household.colour", e.field());
    assertEquals("colour", e.rejectedValue());
    assertTrue(e.expected().contains("memberships"), e.expected());
    assertEquals(Optional.of("$.colour"), e.jsonPath());
    assertEquals("Household.colour: expected one of [id, memberships], got 'colour' (at $.colour)", e.getMessage());
  }

  @Test
  void aWrongEnumValueIsNamed() {
    InvalidValueException e = reading(
        "{\"id\":\"h-1\",\"memberships\":[{\"customer\":\"c-1\",\"role\":\"LODGER\",\"since\":\"2024-01-01T00:00:00Z\"}]}",
        Household.class);
    assertEquals("LODGER", e.rejectedValue());
    assertTrue(e.expected().contains("PRIMARY"), e.expected());
    assertEquals(Optional.of("$.memberships[0].role"), e.jsonPath());
    assertEquals("Membership.role: expected a HouseholdRole, one of [PRIMARY, PARTNER, DEPENDANT, OTHER], got 'LODGER' "
        + "(at $.memberships[0].role)", e.getMessage());
  }

  @Test
  void aBadCurrencyIsNamedAtItsPath() {
    String json = "{\"eventType\":\"transaction\",\"id\":\"e-1\",\"customer\":\"c-1\",\"at\":\"2024-01-01T00:00:00Z\","
        + "\"amount\":{\"amount\":\"12.30\",\"currency\":\"EURO\"},\"kind\":\"PURCHASE\"}";
    InvalidValueException e = reading(json, TimelineEvent.class);
    assertEquals("Money.currency", e.field());
    assertEquals("EURO", e.rejectedValue());
    assertEquals(Optional.of("$.amount.currency"), e.jsonPath());
  }

  @Test
  void aMissingRequiredAttributeIsNamed() {
    InvalidValueException e = reading("{\"kind\":\"PERSON\",\"familyName\":\"Abernethy\"}", Customer.class);
    assertEquals("Customer.id", e.field());
    assertEquals("null", e.rejectedValue());
    assertEquals(Optional.of("$.id"), e.jsonPath());
  }

  @Test
  void anInvalidIdentifierIsNamedAtItsPath() {
    InvalidValueException e = reading("{\"id\":\"  \",\"memberships\":[]}", Household.class);
    assertEquals("HouseholdId.value", e.field());
    assertEquals(Optional.of("$.id"), e.jsonPath());
  }

  @Test
  void aMalformedDocumentGivesItsLineAndColumn() {
    InvalidValueException e = reading("{\"id\": \"h-1\", ", Household.class);
    assertEquals("json", e.field());
    assertTrue(e.expected().startsWith("well-formed JSON at line 1"), e.expected());
  }

  @Test
  void aBadElementOfAListIsNamedByItsAttributeAndIndex() {
    InvalidValueException e = reading("{\"zone\":\"UTC\",\"rankedChannels\":[\"EMAIL\",\"FAX\"]}",
        org.completecrm.core.channel.ChannelPreferences.class);
    assertEquals("ChannelPreferences.rankedChannels[1]", e.field());
    assertEquals(Optional.of("$.rankedChannels[1]"), e.jsonPath());
  }

  @Test
  void aWrongTokenTypeIsNamed() {
    InvalidValueException e = reading("{\"id\":\"h-1\",\"memberships\":\"none\"}", Household.class);
    assertEquals(Optional.of("$.memberships"), e.jsonPath());
  }

  @Test
  void anAmountThatIsNotADecimalIsRejected() {
    InvalidValueException e = reading("{\"amount\":\"12,30\",\"currency\":\"EUR\"}", Money.class);
    assertEquals("Money.amount", e.field());
    assertEquals("12,30", e.rejectedValue());
    assertEquals(Optional.of("$.amount"), e.jsonPath());
  }

  @Test
  void anAmountWithAHugeExponentIsRejectedRatherThanExpanded() {
    InvalidValueException e = reading("{\"amount\":\"1e999999999\",\"currency\":\"EUR\"}", Money.class);
    assertEquals("Money.amount", e.field());
  }

  @Test
  void aJsonNumberIsAcceptedAsAnAmountWithoutBinaryRounding() {
    Money m = CrmJson.read("{\"amount\":0.10,\"currency\":\"EUR\"}", Money.class);
    assertEquals("0.10", m.amount().toPlainString());
  }

  @Test
  void anUnknownEventTypeIsNamed() {
    InvalidValueException e = reading("{\"eventType\":\"phone-call\",\"id\":\"e-1\"}", TimelineEvent.class);
    assertTrue(e.getMessage().contains("phone-call"), e.getMessage());
  }

  @Test
  void aNegativeTransactionAmountNamesTheRule() {
    String json = "{\"eventType\":\"transaction\",\"id\":\"e-1\",\"customer\":\"c-1\",\"at\":\"2024-01-01T00:00:00Z\","
        + "\"amount\":{\"amount\":\"-1\",\"currency\":\"EUR\"},\"kind\":\"PURCHASE\"}";
    InvalidValueException e = reading(json, Transaction.class);
    assertEquals("Transaction.amount", e.field());
    assertTrue(e.expected().contains("REFUND"));
    assertEquals(Optional.of("$.amount"), e.jsonPath());
  }

  @Test
  void aNullInsideAnArrayIsReportedAtItsOwnPath() {
    InvalidValueException e = reading("{\"id\":\"h-1\",\"memberships\":[null]}", Household.class);
    assertEquals("Household.memberships[0]", e.field());
    assertEquals("null", e.rejectedValue());
    assertEquals(Optional.of("$.memberships[0]"), e.jsonPath());
    assertEquals("a Membership", e.expected());
  }

  @Test
  void aNullInsideAnObjectOfValuesIsReportedAtItsOwnPath() {
    InvalidValueException e = reading("{\"values\":{\"clv\":null}}", org.completecrm.core.score.Scores.class);
    assertEquals("null", e.rejectedValue());
    assertEquals(Optional.of("$.values.clv"), e.jsonPath());
  }

  @Test
  void nullInputsAreTypedErrorsNotNullPointers() {
    assertThrows(InvalidValueException.class, () -> CrmJson.read((String) null, Household.class));
    assertThrows(InvalidValueException.class, () -> CrmJson.read((InputStream) null, Household.class));
    assertThrows(InvalidValueException.class, () -> CrmJson.read((StringReader) null, Household.class));
    assertThrows(InvalidValueException.class, () -> CrmJson.read("{}", (Class<?>) null));
    assertThrows(InvalidValueException.class, () -> CrmJson.translate(null));
    assertEquals("null", CrmJson.write(null));
  }

  @Test
  void streamsAndReadersAreTranslatedToo() {
    InputStream in = new ByteArrayInputStream("{\"id\":\"\"}".getBytes(StandardCharsets.UTF_8));
    assertThrows(InvalidValueException.class, () -> CrmJson.read(in, Household.class));
    assertThrows(InvalidValueException.class, () -> CrmJson.read(new StringReader("[1"), Household.class));
  }

  @Test
  void everyErrorIsACrmException() {
    CrmException e = reading("{", Household.class);
    assertTrue(e instanceof InvalidValueException);
  }
}
