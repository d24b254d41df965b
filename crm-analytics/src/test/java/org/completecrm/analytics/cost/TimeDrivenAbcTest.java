package org.completecrm.analytics.cost;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.completecrm.core.InvalidValueException;
import org.completecrm.core.Money;
import org.junit.jupiter.api.Test;

class TimeDrivenAbcTest {
  private static final Instant FROM = Instant.parse("2024-01-01T00:00:00Z");
  private static final ResourcePool CUSTOMER_SERVICE =
      new ResourcePool("customer-service", Money.of("567000", "USD"), new BigDecimal("700000"));
  private static final ActivityTime ORDERS = ActivityTime.of("process-order", "occurrence", "customer-service", new BigDecimal("8"));
  private static final ActivityTime INQUIRIES = ActivityTime.of("handle-inquiry", "occurrence", "customer-service", new BigDecimal("44"));
  private static final ActivityTime CREDIT = ActivityTime.of("credit-check", "occurrence", "customer-service", new BigDecimal("50"));

  /**
   * Kaplan and Anderson, "Time-Driven Activity-Based Costing", Harvard Business Review, November
   * 2004, the customer-service department: $567,000 a quarter, 700,000 practical minutes, so
   * $0.81 a minute; orders (8 min) $6.48, inquiries (44 min) $35.64, credit checks (50 min)
   * $40.50. Exact figures, so no tolerance.
   */
  @Test
  void reproducesKaplanAndAndersonsCustomerServiceRates() {
    assertEquals(Money.of("0.81", "USD"), TimeDrivenAbc.capacityCostRate(CUSTOMER_SERVICE, 2));
    List<ActivityRate> rates = TimeDrivenAbc.rates(List.of(CUSTOMER_SERVICE), List.of(ORDERS, INQUIRIES, CREDIT), FROM, Optional.empty(), 2);
    assertEquals(Money.of("6.48", "USD"), rates.get(0).perUnit());
    assertEquals(Money.of("35.64", "USD"), rates.get(1).perUnit());
    assertEquals(Money.of("40.50", "USD"), rates.get(2).perUnit());
  }

  /**
   * Same article: 49,000 orders, 1,400 inquiries and 2,500 credit checks use 578,600 of the
   * 700,000 minutes (83%), costing $468,666 with $98,334 of unused capacity.
   */
  @Test
  void reproducesKaplanAndAndersonsUnusedCapacity() {
    Map<ActivityTime, BigDecimal> volumes = new LinkedHashMap<>();
    volumes.put(ORDERS, new BigDecimal("49000"));
    volumes.put(INQUIRIES, new BigDecimal("1400"));
    volumes.put(CREDIT, new BigDecimal("2500"));
    CapacityUse use = TimeDrivenAbc.capacityUse(List.of(CUSTOMER_SERVICE), volumes).get(0);
    assertEquals(new BigDecimal("578600"), use.usedMinutes());
    assertEquals(Money.of("468666", "USD"), use.usedCost());
    assertEquals(Money.of("98334", "USD"), use.unusedCost());
    assertEquals(0.8266, use.utilisation(), 1e-4);
  }

  @Test
  void conventionalAbcDividesActivityCostByDriverVolume() {
    ActivityRate r = TimeDrivenAbc.fromDriverVolume("process-order", Optional.empty(), "occurrence",
        Money.of("396900", "USD"), new BigDecimal("49000"), FROM, Optional.empty(), 2);
    assertEquals(Money.of("8.10", "USD"), r.perUnit());
  }

  @Test
  void anUnknownPoolOrZeroCapacityIsRejected() {
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> TimeDrivenAbc.rates(List.of(CUSTOMER_SERVICE),
        List.of(ActivityTime.of("x", "occurrence", "branch", BigDecimal.ONE)), FROM, Optional.empty(), 2));
    assertEquals("ActivityTime.pool", e.field());
    assertThrows(InvalidValueException.class, () -> new ResourcePool("p", Money.of("1", "EUR"), BigDecimal.ZERO));
  }

  @Test
  void derivedRatesFeedARateCard() {
    RateCard card = RateCard.of(Money.currency("USD"),
        TimeDrivenAbc.rates(List.of(CUSTOMER_SERVICE), List.of(ORDERS, INQUIRIES), FROM, Optional.empty(), 4));
    assertEquals(Optional.of(Money.of("35.64", "USD")),
        card.rate("handle-inquiry", org.completecrm.core.channel.Channel.PHONE, FROM.plusSeconds(10)));
  }
}
