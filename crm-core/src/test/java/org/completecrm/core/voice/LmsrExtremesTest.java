package org.completecrm.core.voice;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.time.Instant;
import java.util.List;
import org.completecrm.core.CrmException;
import org.completecrm.core.CustomerId;
import org.completecrm.core.MarketId;
import org.completecrm.core.Money;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.SourceDSL;

/** LMSR prices and costs are finite or refused with a typed error, for any liquidity and any trade (issue 23). */
class LmsrExtremesTest {
  private static final Instant T0 = Instant.parse("2025-01-01T00:00:00Z");

  @Test
  void buyingTheLargestDoubleOfSharesIsRefusedNotACrash() {
    Market m = Market.open(MarketId.of("m-1"), "Q?", List.of("A", "B"), 100, Money.of("1000.00", "EUR"), T0);
    for (double shares : new double[] {Double.MAX_VALUE, 1e308, 1e300, 1e20}) {
      try {
        TradeDecision d = m.buy(CustomerId.of("c-1"), "A", shares, T0.plusSeconds(1));
        assertFalse(d.accepted(), () -> shares + " shares accepted");
      } catch (CrmException refused) {
        // a typed error is a refusal too
      }
      try {
        assertTrue(m.costToBuy("A", shares).amount().signum() > 0);
      } catch (CrmException refused) {
        // typed
      }
    }
  }

  @Test
  void pricesAndCostsAreFiniteOrTypedErrors() {
    qt().withExamples(5_000).forAll(
            SourceDSL.integers().between(-300, 308).zip(SourceDSL.doubles().between(1, 9.99), (e, f) -> f * Math.pow(10, e)),
            SourceDSL.doubles().between(-Double.MAX_VALUE, Double.MAX_VALUE),
            SourceDSL.doubles().between(-Double.MAX_VALUE, Double.MAX_VALUE),
            SourceDSL.integers().between(-300, 308).zip(SourceDSL.doubles().between(-9.99, 9.99), (e, f) -> f * Math.pow(10, e)))
        .checkAssert((b, q0, q1, shares) -> {
          double[] q = {q0, q1};
          try {
            double[] p = Lmsr.prices(q, b);
            assertTrue(Double.isFinite(p[0]) && Double.isFinite(p[1]) && p[0] >= 0 && p[1] >= 0);
          } catch (CrmException refused) {
            // typed
          }
          try {
            double c = Lmsr.tradeCost(q, b, 0, shares);
            assertTrue(Double.isFinite(c), () -> "cost " + c + " for b=" + b + " q=" + q0 + "," + q1 + " shares=" + shares);
          } catch (CrmException refused) {
            // typed
          }
          try {
            double c = Lmsr.cost(q, b);
            assertTrue(Double.isFinite(c), () -> "C(q) " + c);
          } catch (CrmException refused) {
            // typed
          }
        });
  }

  @Test
  void tradesOfAnySizeInMarketsOfAnyLiquidityAreAcceptedOrRefusedNeverACrash() {
    qt().withExamples(3_000).forAll(
            SourceDSL.integers().between(-300, 308).zip(SourceDSL.doubles().between(1, 9.99), (e, f) -> f * Math.pow(10, e)),
            SourceDSL.lists().of(SourceDSL.integers().between(-300, 308).zip(SourceDSL.doubles().between(1, 9.99),
                (e, f) -> Math.min(Double.MAX_VALUE, f * Math.pow(10, e)))).ofSizeBetween(1, 6),
            SourceDSL.longs().between(0, Long.MAX_VALUE))
        .checkAssert((b, sizes, pattern) -> {
          Market m;
          try {
            m = Market.open(MarketId.of("m-1"), "Q?", List.of("A", "B", "C"), b, Money.of("1000000.00", "EUR"), T0);
          } catch (CrmException refused) {
            return;
          }
          Instant t = T0;
          for (int k = 0; k < sizes.size(); k++) {
            t = t.plusSeconds(1);
            String outcome = List.of("A", "B", "C").get((int) ((pattern >>> (2 * k)) % 3));
            CustomerId who = CustomerId.of("c-" + ((pattern >>> (5 * k)) % 2));
            boolean sell = ((pattern >>> (7 * k)) & 1) == 1;
            try {
              TradeDecision d = sell ? m.sell(who, outcome, sizes.get(k), t) : m.buy(who, outcome, sizes.get(k), t);
              if (d.accepted()) {
                m = d.market();
                for (double p : m.prices()) {
                  assertTrue(Double.isFinite(p) && p >= 0 && p <= 1, () -> "price " + p);
                }
              }
            } catch (CrmException refused) {
              // typed
            }
          }
        });
  }
}
