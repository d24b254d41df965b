package org.completecrm.core.voice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.completecrm.core.CustomerId;
import org.completecrm.core.Money;
import org.completecrm.core.json.CrmJson;
import org.junit.jupiter.api.Test;

/** Invariants of the LMSR market maker under arbitrary trade sequences. */
class MarketProperties {
  @Test
  void pricesAreInsideZeroAndOneAndSumToOne() {
    qt().withExamples(300).forAll(VoiceGen.markets(), VoiceGen.steps()).checkAssert((market, steps) -> {
      Market m = VoiceGen.apply(market, steps);
      List<Double> p = m.prices();
      double sum = 0;
      for (double v : p) {
        assertTrue(v > 0 && v < 1, () -> "price " + v + " in " + p);
        sum += v;
      }
      assertEquals(1.0, sum, 1e-12);
    });
  }

  /**
   * Buying shares and selling them straight back leaves the trader at most two minor units (cents)
   * poorer, never richer: a purchase is rounded up and a sale rounded down, each by less than one cent.
   */
  @Test
  void buyingThenSellingReturnsTheBudgetWithinMoneyRounding() {
    qt().withExamples(300)
        .forAll(VoiceGen.markets(), VoiceGen.steps(), integers().between(0, 4), doubles().between(0.01, 300))
        .checkAssert((market, steps, outcome, shares) -> {
          Market m = VoiceGen.apply(market, steps);
          CustomerId trader = CustomerId.of("c-new");
          String o = m.outcomes().get(outcome % m.outcomes().size());
          Instant at = VoiceGen.T0.plusSeconds(1_000);
          TradeDecision bought = m.buy(trader, o, shares, at);
          if (!bought.accepted()) {
            return;
          }
          TradeDecision sold = bought.market().sell(trader, o, shares, at);
          assertTrue(sold.accepted(), () -> sold.refusal().orElse(""));
          BigDecimal lost = market.budgetPerCustomer().minus(sold.market().accountOf(trader).orElseThrow().cash()).amount();
          assertTrue(lost.signum() >= 0, () -> "trader gained " + lost.negate());
          assertTrue(lost.compareTo(new BigDecimal("0.02")) <= 0, () -> "trader lost " + lost);
          assertEquals(0.0, sold.market().accountOf(trader).orElseThrow().holding(m.outcomes().indexOf(o)));
        });
  }

  /** Hanson (2007): whatever the trades, the market maker loses at most b ln n whichever outcome happens. */
  @Test
  void theMarketMakersLossNeverExceedsBLogN() {
    qt().withExamples(300).forAll(VoiceGen.markets(), VoiceGen.steps()).checkAssert((market, steps) -> {
      Market m = VoiceGen.apply(market, steps);
      double bound = m.worstCaseLoss();
      for (String outcome : m.outcomes()) {
        double loss = m.makerLossIf(outcome).amount().doubleValue();
        assertTrue(loss <= bound, () -> "loss " + loss + " > b ln n = " + bound);
        Market resolved = m.resolve(outcome, VoiceGen.T0.plusSeconds(10_000));
        assertEquals(m.makerLossIf(outcome), resolved.paidOut().minus(resolved.collected()));
      }
    });
  }

  @Test
  void noAccountEverGoesNegativeAndCashIsConserved() {
    qt().withExamples(200).forAll(VoiceGen.markets(), VoiceGen.steps()).checkAssert((market, steps) -> {
      Market m = VoiceGen.apply(market, steps);
      Money total = Money.zero(market.budgetPerCustomer().currency());
      for (Account a : m.accounts()) {
        assertTrue(a.cash().signum() >= 0);
        total = total.plus(a.cash());
      }
      Money budgets = market.budgetPerCustomer().times(m.accounts().size());
      assertEquals(budgets, total.plus(m.collected()));
    });
  }

  @Test
  void marketsRoundTripThroughJson() {
    qt().withExamples(50).forAll(VoiceGen.markets(), VoiceGen.steps()).checkAssert((market, steps) -> {
      Market m = VoiceGen.apply(market, steps);
      Market resolved = m.resolve(m.outcomes().get(0), VoiceGen.T0.plusSeconds(10_000));
      for (Market x : List.of(m, resolved)) {
        assertEquals(x, CrmJson.read(CrmJson.write(x), Market.class));
      }
    });
  }
}
