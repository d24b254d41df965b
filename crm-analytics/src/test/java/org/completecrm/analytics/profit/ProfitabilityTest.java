package org.completecrm.analytics.profit;

import static org.completecrm.analytics.testing.Fixtures.eur;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import org.completecrm.analytics.cost.CostAccumulator;
import org.completecrm.analytics.cost.RateCard;
import org.completecrm.analytics.testing.Fixtures;
import org.completecrm.core.CustomerId;
import org.completecrm.core.EventId;
import org.completecrm.core.InvalidValueException;
import org.completecrm.core.Money;
import org.completecrm.core.channel.Channel;
import org.completecrm.core.timeline.CostDriver;
import org.completecrm.core.timeline.Direction;
import org.completecrm.core.timeline.Interaction;
import org.completecrm.core.timeline.TimelineEvent;
import org.completecrm.core.timeline.Transaction;
import org.completecrm.core.timeline.TransactionKind;
import org.junit.jupiter.api.Test;

class ProfitabilityTest {
  private static final Instant FROM = Instant.parse("2024-01-01T00:00:00Z");
  private static final Instant UNTIL = Instant.parse("2025-01-01T00:00:00Z");
  private static final CustomerId ANNA = CustomerId.of("anna");
  private static final CustomerId BEN = CustomerId.of("ben");

  private static Transaction purchase(String id, CustomerId who, String amount, String margin, TransactionKind kind) {
    return Transaction.builder().id(EventId.of(id)).customer(who).at(Instant.parse("2024-05-01T00:00:00Z"))
        .amount(eur(amount)).kind(kind).margin(Optional.ofNullable(margin).map(Fixtures::eur)).build();
  }

  private static Interaction visit(String id, CustomerId who, int times) {
    return Interaction.builder().id(EventId.of(id)).customer(who).at(Instant.parse("2024-05-02T00:00:00Z"))
        .channel(Channel.BRANCH).direction(Direction.INBOUND).type("visit")
        .costDriver(CostDriver.of("branch-visit", BigDecimal.valueOf(times), "occurrence")).build();
  }

  @Test
  void profitIsMarginMinusCostToServe() {
    List<TimelineEvent> events = List.of(
        purchase("t1", ANNA, "200.00", "60.00", TransactionKind.PURCHASE),
        purchase("t2", ANNA, "50.00", null, TransactionKind.PURCHASE),
        purchase("t3", ANNA, "20.00", null, TransactionKind.REFUND),
        visit("v1", ANNA, 1),
        purchase("t4", BEN, "10.00", null, TransactionKind.PURCHASE),
        visit("v2", BEN, 3));
    Profitability<CustomerId> p = Profitability.perCustomer(Fixtures.aRetailBankCard(), events, FROM, UNTIL, new BigDecimal("0.25"));
    OwnerProfit<CustomerId> anna = p.owners().get(0);
    assertEquals(eur("230.00"), anna.revenue());
    assertEquals(eur("67.50"), anna.margin()); // 60 + 50 x 0.25 - 20 x 0.25
    assertEquals(eur("12.40"), anna.costToServe());
    assertEquals(eur("55.10"), anna.profit());
    OwnerProfit<CustomerId> ben = p.owners().get(1);
    assertEquals(eur("-34.70"), ben.profit()); // 2.50 - 3 x 12.40
    WhaleCurve w = p.whaleCurve();
    assertEquals(1, w.peakIndex());
    assertEquals(eur("55.10"), w.peak());
    assertEquals(eur("20.40"), w.total());
    assertEquals(eur("34.70"), w.profitDestroyed());
    assertEquals(55.10 / 20.40, w.peakShareOfTotal(), 1e-12);
    assertEquals(List.of(ben), p.destroyers());
    assertEquals(List.of(anna, ben), p.ranked());
  }

  @Test
  void theColumnarPathGivesTheSameProfits() {
    RateCard card = Fixtures.aRetailBankCard();
    CostAccumulator costs = new CostAccumulator(card, 2);
    int visit = card.activityCode("branch-visit");
    costs.add(0, visit, Channel.BRANCH.ordinal(), FROM.getEpochSecond(), 1_000);
    costs.add(1, visit, Channel.BRANCH.ordinal(), FROM.getEpochSecond(), 3_000);
    ProfitAccumulator profits = new ProfitAccumulator(Fixtures.EUR, 2, 2);
    profits.addAll(new int[] {0, 0, 0, 1}, new long[] {20_000, 5_000, -2_000, 1_000}, new long[] {6_000, 1_250, -500, 250}, 0, 4);
    long[] profit = profits.profitUnscaled(costs);
    int scale = profits.profitScale(card.costScale());
    assertEquals(eur("55.10"), Money.of(BigDecimal.valueOf(profit[0], scale), Fixtures.EUR));
    WhaleCurve w = WhaleCurve.ofUnscaled(profit, scale, Fixtures.EUR);
    assertEquals(eur("20.40"), w.total());
    assertEquals(eur("34.70"), w.profitDestroyed());
  }

  @Test
  void aTransactionInAnotherCurrencyIsRejected() {
    List<TimelineEvent> events = List.of(Transaction.builder().id(EventId.of("t")).customer(ANNA).at(FROM)
        .amount(Money.of(BigDecimal.ONE, Currency.getInstance("USD"))).kind(TransactionKind.PURCHASE).build());
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> Profitability.perCustomer(Fixtures.aRetailBankCard(), events, FROM, UNTIL, BigDecimal.ZERO));
    assertEquals("Transaction.amount.currency", e.field());
  }

  @Test
  void sharesOfANonPositiveTotalAreRefused() {
    WhaleCurve w = WhaleCurve.of(List.of(eur("-1")), Fixtures.EUR);
    assertThrows(InvalidValueException.class, w::peakShareOfTotal);
    assertEquals(2, w.chartPoints(10)[0].length);
  }
}
