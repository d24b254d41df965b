package org.completecrm.rules.response;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Optional;
import org.completecrm.core.CustomerId;
import org.completecrm.core.EventId;
import org.completecrm.core.InvalidValueException;
import org.completecrm.core.Money;
import org.completecrm.core.TeamId;
import org.junit.jupiter.api.Test;

class GuardrailsTest {
  private static final Allowance GOODWILL = Allowance.builder().guardrail("goodwill").action("goodwill-credit")
      .limit(Money.of("50.00", "GBP")).rule("overdue-promise").reason("goodwill-credit up to GBP 50.00").build();
  private static final Instant AT = Instant.parse("2026-11-23T10:20:00Z");

  private static GuardrailUse use(String amount, Optional<String> reason) {
    return Guardrails.use(GOODWILL, Money.of(amount, "GBP"), reason, TeamId.of("contact-centre"), CustomerId.of("c-ana"),
        EventId.of("ovr-1"), AT);
  }

  @Test
  void withinTheLimitTheEmployeeGoesAhead() {
    GuardrailUse u = use("50.00", Optional.empty());
    assertEquals(GuardrailUse.Status.WITHIN_LIMIT, u.status());
    assertTrue(u.override().isEmpty());
  }

  @Test
  void beyondTheLimitWithAReasonTheOverrideIsRecordedOnTheTimeline() {
    GuardrailUse u = use("75.00", Optional.of("third call about the same charge"));
    assertEquals(GuardrailUse.Status.OVERRIDE_RECORDED, u.status());
    assertTrue(u.mayProceed());
    assertEquals("third call about the same charge", u.override().orElseThrow().reason());
    assertEquals(Money.of("50.00", "GBP"), u.override().orElseThrow().limit().orElseThrow());
  }

  @Test
  void beyondTheLimitWithoutAReasonItAsksForOneInsteadOfBlockingSilently() {
    GuardrailUse u = use("75.00", Optional.of("  "));
    assertEquals(GuardrailUse.Status.REASON_REQUIRED, u.status());
    assertFalse(u.mayProceed());
    assertTrue(u.explanation().contains("give a reason to go ahead"), u.explanation());
  }

  @Test
  void anotherCurrencyIsInvalidInput() {
    assertThrows(InvalidValueException.class, () -> Guardrails.use(GOODWILL, Money.of("10", "EUR"), Optional.empty(),
        TeamId.of("t"), CustomerId.of("c"), EventId.of("e"), AT));
  }
}
