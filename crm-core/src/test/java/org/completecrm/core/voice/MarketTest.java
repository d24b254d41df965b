package org.completecrm.core.voice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.completecrm.core.CustomerId;
import org.completecrm.core.InvalidValueException;
import org.completecrm.core.MarketId;
import org.completecrm.core.Money;
import org.junit.jupiter.api.Test;

/** Example trades, refusals and resolution of a two-outcome market. */
class MarketTest {
  private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");
  private static final CustomerId ANA = CustomerId.of("c-ana");
  private static final CustomerId BO = CustomerId.of("c-bo");

  private static Market market() {
    return Market.open(MarketId.of("m-1"), "Which change cuts complaints most?", List.of("A", "B"), 100,
        Money.of("100.00", "EUR"), T0);
  }

  /** 100 shares of A from an even market at b = 100 cost 100 ln((e + 1) / 2) = 62.0114..., charged 62.02. */
  @Test
  void aPurchaseCostsTheLmsrCostRoundedUp() {
    TradeDecision d = market().buy(ANA, "A", 100, T0.plusSeconds(60));
    assertTrue(d.accepted());
    assertEquals(Money.of("62.02", "EUR"), d.trade().orElseThrow().amount());
    assertEquals(Money.of("37.98", "EUR"), d.market().accountOf(ANA).orElseThrow().cash());
    assertEquals(0.7310585786, d.market().price("A"), 1e-10);
  }

  @Test
  void aPurchaseBeyondTheBudgetIsRefusedWithTheReason() {
    TradeDecision d = market().buy(ANA, "A", 200, T0.plusSeconds(60));
    assertFalse(d.accepted());
    assertEquals(market(), d.market());
    assertTrue(d.refusal().orElseThrow().contains("EUR 100.00 left"), d.refusal().orElseThrow());
  }

  @Test
  void sellingSharesNotHeldIsRefused() {
    Market m = market().buy(ANA, "A", 10, T0.plusSeconds(1)).market();
    TradeDecision d = m.sell(BO, "A", 5, T0.plusSeconds(2));
    assertFalse(d.accepted());
    assertTrue(d.refusal().orElseThrow().contains("holds 0 shares"), d.refusal().orElseThrow());
  }

  @Test
  void resolutionPaysOneUnitPerWinningShareAndClosesTrading() {
    Market m = market().buy(ANA, "A", 50, T0.plusSeconds(1)).market();
    m = m.buy(BO, "B", 30, T0.plusSeconds(2)).market();
    Market r = m.resolve("A", T0.plusSeconds(3));
    assertEquals(Money.of("50.00", "EUR"), r.resolution().orElseThrow().payoutOf(ANA).orElseThrow().amount());
    assertEquals(Money.of("0.00", "EUR"), r.resolution().orElseThrow().payoutOf(BO).orElseThrow().amount());
    assertTrue(r.paidOut().minus(r.collected()).amount().doubleValue() <= r.worstCaseLoss());
    TradeDecision late = r.buy(BO, "A", 1, T0.plusSeconds(4));
    assertFalse(late.accepted());
    assertTrue(late.refusal().orElseThrow().contains("resolved"));
    assertThrows(InvalidValueException.class, () -> r.resolve("B", T0.plusSeconds(5)));
  }

  @Test
  void aTradeThatWouldPushAPriceBelowTheLimitIsRefused() {
    Market m = Market.open(MarketId.of("m-2"), "Q?", List.of("A", "B"), 1, Money.of("1000.00", "EUR"), T0);
    TradeDecision d = m.buy(ANA, "A", 20, T0.plusSeconds(1));
    assertFalse(d.accepted());
    assertTrue(d.refusal().orElseThrow().contains("below the market maker's limit"), d.refusal().orElseThrow());
  }

  @Test
  void tradesAfterTheClosingTimeAreRefused() {
    Market m = Market.builder().from(market()).closesAt(T0.plusSeconds(10)).build();
    assertFalse(m.buy(ANA, "A", 1, T0.plusSeconds(10)).accepted());
  }

  @Test
  void badInputNamesTheFieldAndWhatWasExpected() {
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> market().buy(ANA, "C", 1, T0));
    assertEquals("Market.buy.outcome", e.field());
    assertEquals("one of [A, B]", e.expected());
    assertThrows(InvalidValueException.class, () -> market().buy(ANA, "A", Double.NaN, T0));
    assertThrows(InvalidValueException.class, () -> market().buy(ANA, "A", 1, T0.minusSeconds(1)));
    assertThrows(InvalidValueException.class, () -> Market.open(MarketId.of("m"), "Q", List.of("A"), 1,
        Money.of("1", "EUR"), T0));
    assertThrows(InvalidValueException.class, () -> Market.open(MarketId.of("m"), "Q", List.of("A", "A"), 1,
        Money.of("1", "EUR"), T0));
    Market m = market().buy(ANA, "A", 1, T0.plusSeconds(10)).market();
    assertThrows(InvalidValueException.class, () -> m.buy(BO, "A", 1, T0.plusSeconds(5)));
  }
}
