package org.completecrm.analytics.profit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.completecrm.analytics.testing.Fixtures;
import org.completecrm.core.Money;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Properties of the whale curve: concave, peaks where the profitable customers end, ends at total profit. */
class WhaleCurveProperties {
  private static Gen<List<Money>> profits() {
    return lists().of(longs().between(-5_000_000L, 9_000_000L).map(v -> Money.of(BigDecimal.valueOf(v, 3), Fixtures.EUR)))
        .ofSizeBetween(0, 80);
  }

  @Test
  void theCurveIsConcave() {
    qt().withExamples(500).forAll(profits()).checkAssert(profits -> {
      WhaleCurve w = WhaleCurve.of(profits, Fixtures.EUR);
      for (int i = 1; i < w.size(); i++) {
        assertTrue(w.increment(i).compareTo(w.increment(i - 1)) <= 0, "increments never grow");
      }
    });
  }

  @Test
  void theCurvePeaksWhereTheProfitableCustomersEnd() {
    qt().withExamples(500).forAll(profits()).checkAssert(profits -> {
      WhaleCurve w = WhaleCurve.of(profits, Fixtures.EUR);
      long profitable = profits.stream().filter(p -> p.signum() > 0).count();
      assertEquals(profitable, w.peakIndex());
      Money positive = profits.stream().filter(p -> p.signum() > 0).reduce(Money.zero(Fixtures.EUR), Money::plus);
      assertEquals(positive, w.peak());
      for (int i = 0; i <= w.size(); i++) {
        assertTrue(w.cumulative(i).compareTo(w.peak()) <= 0, "no point above the peak");
      }
      Money negative = profits.stream().filter(p -> p.signum() < 0).reduce(Money.zero(Fixtures.EUR), Money::plus);
      assertEquals(negative.negate(), w.profitDestroyed());
    });
  }

  @Test
  void theCurveEndsAtTotalProfitAndStartsAtZero() {
    qt().withExamples(500).forAll(profits()).checkAssert(profits -> {
      WhaleCurve w = WhaleCurve.of(profits, Fixtures.EUR);
      assertEquals(profits.stream().reduce(Money.zero(Fixtures.EUR), Money::plus), w.total());
      assertEquals(w.total(), w.cumulative(w.size()));
      assertTrue(w.cumulative(0).isZero());
    });
  }

  @Test
  void theCurveDoesNotDependOnInputOrder() {
    qt().withExamples(200).forAll(profits(), longs().all()).checkAssert((profits, seed) -> {
      List<Money> shuffled = new ArrayList<>(profits);
      Collections.shuffle(shuffled, new java.util.Random(seed));
      WhaleCurve a = WhaleCurve.of(profits, Fixtures.EUR);
      WhaleCurve b = WhaleCurve.of(shuffled, Fixtures.EUR);
      for (int i = 0; i <= a.size(); i++) {
        assertEquals(a.cumulative(i), b.cumulative(i));
      }
    });
  }
}
