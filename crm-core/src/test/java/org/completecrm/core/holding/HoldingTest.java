package org.completecrm.core.holding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.Instant;
import org.completecrm.core.CustomerId;
import org.completecrm.core.InvalidValueException;
import org.completecrm.core.Money;
import org.junit.jupiter.api.Test;

/** A holding: one customer's value in one product at an instant. */
class HoldingTest {
  private static final Instant AT = Instant.parse("2026-03-01T00:00:00Z");
  private static final CustomerId C = CustomerId.of("c-1");

  private static Money eur(String amount) {
    return Money.of(new BigDecimal(amount), Money.currency("EUR"));
  }

  @Test
  void aHoldingKeepsWhatItWasMadeOf() {
    Holding h = Holding.of(C, "fund", eur("1200.50"), AT);
    assertEquals(C, h.customer());
    assertEquals("fund", h.product());
    assertEquals(eur("1200.50"), h.value());
    assertEquals(AT, h.asOf());
  }

  @Test
  void aHoldingOfNothingIsAllowed() {
    assertEquals(eur("0"), Holding.of(C, "deposit", eur("0"), AT).value());
  }

  @Test
  void aNegativeValueIsRefusedNamingTheField() {
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> Holding.of(C, "loan", eur("-0.01"), AT));
    assertEquals("Holding.value", e.field());
  }

  @Test
  void aBlankProductIsRefusedNamingTheField() {
    assertEquals("Holding.product",
        assertThrows(InvalidValueException.class, () -> Holding.of(C, " ", eur("1"), AT)).field());
  }

  @Test
  void aMissingCustomerOrInstantIsRefusedNamingTheField() {
    assertEquals("Holding.customer",
        assertThrows(InvalidValueException.class, () -> Holding.of(null, "fund", eur("1"), AT)).field());
    assertEquals("Holding.asOf",
        assertThrows(InvalidValueException.class, () -> Holding.of(C, "fund", eur("1"), null)).field());
  }
}
