package org.completecrm.core.loyalty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.Optional;
import org.completecrm.core.InvalidValueException;
import org.completecrm.core.channel.Channel;
import org.completecrm.core.testing.LoyaltyFixtures;
import org.junit.jupiter.api.Test;

class LoyaltyProgrammeTest {
  static final String JSON = """
      {
        "id": "value-rewards",
        "start": "2025-01-01T00:00:00Z",
        "pointValue": {"amount": "0.01", "currency": "EUR"},
        "earning": [
          {"id": "base", "pointsPerUnit": 1},
          {"id": "app", "pointsPerUnit": 0.5, "channel": "APP_PUSH"},
          {"id": "eco", "pointsPerUnit": 2, "product": "eco-range"}
        ],
        "bonuses": [
          {"behaviour": "moved-to-self-service", "points": 200},
          {"behaviour": "answered-survey", "points": 50}
        ],
        "expiry": {"kind": "ROLLING", "months": 24},
        "qualification": {"measures": ["PROFIT", "CLV"], "periodMonths": 12, "softLanding": true, "graceMonths": 3},
        "tiers": [
          {"id": "member"},
          {"id": "silver", "thresholds": {"PROFIT": 200, "CLV": 500}},
          {"id": "gold", "thresholds": {"PROFIT": 1000, "CLV": 2000}}
        ],
        "rewards": [{"id": "voucher-10", "points": 1000, "cost": {"amount": "8.00", "currency": "EUR"}}],
        "householdPooling": true,
        "goodwill": {"maxPoints": 500, "byTier": {"gold": 1000}}
      }
      """;

  @Test
  void aProgrammeReadFromJsonIsTheFixture() {
    assertEquals(LoyaltyFixtures.aValueProgramme(), LoyaltyProgrammes.fromJson(JSON));
  }

  @Test
  void earningRatesOfEveryMatchingRuleAddUp() {
    LoyaltyProgramme p = LoyaltyFixtures.aValueProgramme();
    assertEquals(100, p.pointsFor(100.99, Optional.empty(), Optional.of(Channel.WEB)));
    assertEquals(150, p.pointsFor(100, Optional.empty(), Optional.of(Channel.APP_PUSH)));
    assertEquals(350, p.pointsFor(100, Optional.of("eco-range"), Optional.of(Channel.APP_PUSH)));
  }

  @Test
  void rollingAndFixedExpiry() {
    Instant credited = Instant.parse("2026-03-15T10:00:00Z");
    assertEquals(Instant.parse("2028-03-15T10:00:00Z"), ExpiryPolicy.rolling(24).expiresAt(credited));
    assertEquals(Instant.parse("2028-01-01T00:00:00Z"), ExpiryPolicy.fixed(12).expiresAt(credited));
    assertEquals(Instant.parse("2027-01-01T00:00:00Z"), ExpiryPolicy.fixed(1).expiresAt(credited));
  }

  @Test
  void periodsRunFromTheStart() {
    LoyaltyProgramme p = LoyaltyFixtures.aValueProgramme();
    assertEquals(-1, p.periodOf(Instant.parse("2024-12-31T23:59:59Z")));
    assertEquals(0, p.periodOf(Instant.parse("2025-01-01T00:00:00Z")));
    assertEquals(0, p.periodOf(Instant.parse("2025-12-31T23:59:59Z")));
    assertEquals(1, p.periodOf(Instant.parse("2026-01-01T00:00:00Z")));
    assertEquals(Instant.parse("2027-01-01T00:00:00Z"), p.periodStart(2));
  }

  @Test
  void errorsNameTheJsonPathTheValueAndWhatWasExpected() {
    assertError("$.tiers[1].thresholds.CLV", "a threshold for every measure [PROFIT, CLV]",
        JSON.replace("\"PROFIT\": 200, \"CLV\": 500", "\"PROFIT\": 200"));
    assertError("$.tiers[2].thresholds.PROFIT", "a threshold above the tier below's 200.0 (tiers are listed lowest first)",
        JSON.replace("\"PROFIT\": 1000", "\"PROFIT\": 150"));
    assertError("$.qualification.graceMonths", "months from 0 to less than the period's 12",
        JSON.replace("\"graceMonths\": 3", "\"graceMonths\": 12"));
    assertError("$.rewards[0].cost", "a cost in the programme's currency EUR",
        JSON.replace("\"8.00\", \"currency\": \"EUR\"", "\"8.00\", \"currency\": \"USD\""));
    assertError("$.goodwill.byTier.platinum", "a tier of the programme", JSON.replace("\"gold\": 1000}", "\"platinum\": 1000}"));
    assertError("$.tiers[0].thresholds", "no thresholds: the first tier is the base tier",
        JSON.replace("{\"id\": \"member\"}", "{\"id\": \"member\", \"thresholds\": {\"CLV\": 1}}"));
    assertError("$.earning[1].id", "an earning rule id used only once", JSON.replace("\"id\": \"app\"", "\"id\": \"base\""));
    assertError("$.expiry.months", "months from 1 to 1200", JSON.replace("\"months\": 24", "\"months\": 0"));
  }

  @Test
  void jacksonErrorsAreReportedAtTheirPathToo() {
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> LoyaltyProgrammes.fromJson(JSON.replace("\"PROFIT\", \"CLV\"]", "\"PROFIT\", \"VISITS\"]")));
    assertEquals("$.qualification.measures[1]", e.jsonPath().orElseThrow());
    InvalidValueException unknown = assertThrows(InvalidValueException.class,
        () -> LoyaltyProgrammes.fromJson(JSON.replace("\"householdPooling\"", "\"householdPool\"")));
    assertEquals("$.householdPool", unknown.jsonPath().orElseThrow());
  }

  private static void assertError(String path, String expected, String json) {
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> LoyaltyProgrammes.fromJson(json));
    assertEquals(path, e.jsonPath().orElseThrow(), e::getMessage);
    assertEquals(expected, e.expected(), e::getMessage);
  }
}
