package org.completecrm.analytics.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.completecrm.analytics.testing.Cdnow;
import org.completecrm.core.CustomerId;
import org.completecrm.core.EventId;
import org.completecrm.core.InvalidValueException;
import org.completecrm.core.Money;
import org.completecrm.core.timeline.Transaction;
import org.completecrm.core.timeline.TransactionKind;
import org.junit.jupiter.api.Test;

class SummariesTest {
  private static final CustomerId A = CustomerId.of("a");

  @Test
  void severalPurchasesOnOneDayAreOnePurchaseAndTheFirstIsExcludedFromSpend() {
    List<Purchase> p = List.of(
        new Purchase(A, LocalDate.of(2024, 1, 1), 100),
        new Purchase(A, LocalDate.of(2024, 1, 8), 10),
        new Purchase(A, LocalDate.of(2024, 1, 8), 5),
        new Purchase(A, LocalDate.of(2024, 1, 15), 45),
        new Purchase(A, LocalDate.of(2024, 2, 1), 99));
    CustomerSummary s = Summaries.calibration(p, LocalDate.of(2024, 1, 29), SummaryUnit.WEEKS).get(0);
    assertEquals(2, s.frequency());
    assertEquals(2.0, s.recency(), 1e-12);
    assertEquals(4.0, s.age(), 1e-12);
    assertEquals(30.0, s.monetaryValue(), 1e-12);
  }

  @Test
  void holdoutCountsPurchaseDaysAfterTheCalibrationEnd() {
    List<Purchase> p = List.of(
        new Purchase(A, LocalDate.of(2024, 1, 1), 100),
        new Purchase(A, LocalDate.of(2024, 2, 1), 20),
        new Purchase(A, LocalDate.of(2024, 2, 1), 20),
        new Purchase(A, LocalDate.of(2024, 2, 3), 10),
        new Purchase(CustomerId.of("late"), LocalDate.of(2024, 2, 2), 10));
    List<CalibrationHoldout> h = Summaries.withHoldout(p, LocalDate.of(2024, 1, 31),
        LocalDate.of(2024, 3, 1), SummaryUnit.DAYS);
    assertEquals(1, h.size(), "a customer first seen in the holdout is not in the cohort");
    assertEquals(2, h.get(0).holdoutFrequency());
    assertEquals(25.0, h.get(0).holdoutMonetaryValue(), 1e-12);
    assertEquals(30.0, h.get(0).holdoutDuration(), 1e-12);
  }

  @Test
  void resultsDoNotDependOnInputOrder() {
    List<Purchase> p = new ArrayList<>(Cdnow.samplePurchases());
    List<CustomerSummary> a = Summaries.calibration(p, LocalDate.of(1997, 9, 30), SummaryUnit.WEEKS);
    Collections.shuffle(p, new java.util.Random(7));
    assertEquals(a, Summaries.calibration(p, LocalDate.of(1997, 9, 30), SummaryUnit.WEEKS));
  }

  @Test
  void theBgBbFormCountsOnePurchaseOpportunityPerPeriodAfterTheFirstPurchase() {
    CustomerId b = CustomerId.of("b");
    List<Purchase> p = List.of(
        new Purchase(A, LocalDate.of(2024, 1, 1), 10),   // period 0: the first purchase
        new Purchase(A, LocalDate.of(2024, 1, 3), 10),   // period 0 again: not an opportunity
        new Purchase(A, LocalDate.of(2024, 1, 9), 10),   // period 1
        new Purchase(A, LocalDate.of(2024, 1, 10), 10),  // period 1 again: counted once
        new Purchase(A, LocalDate.of(2024, 1, 24), 10),  // period 3
        new Purchase(A, LocalDate.of(2024, 2, 20), 10),  // after the calibration end
        new Purchase(b, LocalDate.of(2024, 1, 20), 10));
    List<DiscreteSummary> d = Summaries.discrete(p, LocalDate.of(2024, 1, 31), SummaryUnit.WEEKS);
    assertEquals(List.of(new DiscreteSummary(A, 2, 3, 4, 1), new DiscreteSummary(b, 0, 0, 1, 1)), d);
    // in days each purchase day after the first is one opportunity: the frequency of calibration()
    DiscreteSummary days = Summaries.discrete(p, LocalDate.of(2024, 1, 31), SummaryUnit.DAYS).get(0);
    CustomerSummary s = Summaries.calibration(p, LocalDate.of(2024, 1, 31), SummaryUnit.DAYS).get(0);
    assertEquals(s.frequency(), days.frequency());
    assertEquals(s.recency(), days.recency());
    assertEquals(s.age(), days.periods());
  }

  /**
   * The CDNOW event log summarised with the literature's conventions reproduces the published
   * summary file (x, t_x, T in weeks and the mean repeat spend, all printed to 2 decimals, so
   * +-0.005) for all 2,357 customers.
   */
  @Test
  void cdnowEventLogReproducesThePublishedSummary() {
    List<CustomerSummary> expected = Cdnow.sampleSummaries();
    Map<CustomerId, CustomerSummary> got =
        Summaries.calibration(Cdnow.samplePurchases(), LocalDate.of(1997, 9, 30), SummaryUnit.WEEKS)
            .stream().collect(Collectors.toMap(CustomerSummary::customerId, Function.identity()));
    assertEquals(2357, got.size());
    for (CustomerSummary e : expected) {
      CustomerSummary g = got.get(e.customerId());
      assertEquals(e.frequency(), g.frequency(), e.customerId()::value);
      assertEquals(e.recency(), g.recency(), 0.00501, e.customerId()::value);
      assertEquals(e.age(), g.age(), 0.00501, e.customerId()::value);
      assertEquals(e.monetaryValue(), g.monetaryValue(), 0.00501, e.customerId()::value);
    }
  }

  @Test
  void timelineTransactionsAreCutToDaysInTheGivenZoneAndRefundsAreNotPurchases() {
    Transaction late = tx("e1", "2024-01-01T23:30:00Z", "10.00", TransactionKind.PURCHASE);
    Transaction next = tx("e2", "2024-01-02T00:30:00Z", "20.00", TransactionKind.PURCHASE);
    Transaction refund = tx("e3", "2024-01-05T10:00:00Z", "5.00", TransactionKind.REFUND);
    List<CustomerSummary> utc = Summaries.calibration(List.of(late, next, refund), ZoneOffset.UTC,
        LocalDate.of(2024, 1, 10), SummaryUnit.DAYS);
    assertEquals(1, utc.get(0).frequency());
    List<CustomerSummary> berlin = Summaries.calibration(List.of(late, next, refund),
        ZoneId.of("Europe/Berlin"), LocalDate.of(2024, 1, 10), SummaryUnit.DAYS);
    assertEquals(0, berlin.get(0).frequency(), "both fall on 2 January in Berlin");
    List<CalibrationHoldout> h = Summaries.withHoldout(List.of(late, next, refund), ZoneOffset.UTC,
        LocalDate.of(2024, 1, 1), LocalDate.of(2024, 1, 10), SummaryUnit.DAYS);
    assertEquals(1, h.get(0).holdoutFrequency());
    assertEquals(20.0, h.get(0).holdoutMonetaryValue(), 1e-12);
  }

  @Test
  void invalidSummariesAreRejectedWithTheFieldNamed() {
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> CustomerSummary.of(A, 2, 5, 4, 0));
    assertEquals("CustomerSummary.recency", e.field());
    assertThrows(InvalidValueException.class, () -> CustomerSummary.of(A, -1, 0, 4, 0));
    assertThrows(InvalidValueException.class, () -> CustomerSummary.of(A, 0, 1, 4, 0));
    assertThrows(InvalidValueException.class, () -> CustomerSummary.of(A, 1, 1, Double.NaN, 0));
    assertThrows(InvalidValueException.class, () -> SummaryUnit.parse("months"));
  }

  private static Transaction tx(String id, String at, String amount, TransactionKind kind) {
    return Transaction.builder().id(EventId.of(id)).customer(A).at(Instant.parse(at))
        .amount(Money.of(amount, "EUR")).kind(kind).build();
  }
}
