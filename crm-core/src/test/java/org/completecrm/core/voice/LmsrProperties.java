package org.completecrm.core.voice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** The LMSR functions agree with their definitions over a wide range of quantities. */
class LmsrProperties {
  private static Gen<double[]> quantities() {
    return lists().of(doubles().between(0, 1e5)).ofSizeBetween(2, 8)
        .map((List<Double> l) -> l.stream().mapToDouble(Double::doubleValue).toArray());
  }

  /** The stable trade cost equals C(q + δ e_i) - C(q) to within 1e-9 of the larger cost (relative). */
  @Test
  void tradeCostIsTheDifferenceOfCosts() {
    qt().withExamples(500)
        .forAll(quantities(), doubles().between(0.5, 1e4), integers().between(0, 7), doubles().between(-1e4, 1e4))
        .checkAssert((q, b, i, delta) -> {
          int outcome = i % q.length;
          double shares = Math.max(delta, -q[outcome]);
          double[] after = q.clone();
          after[outcome] += shares;
          double reference = Lmsr.cost(after, b) - Lmsr.cost(q, b);
          double stable = Lmsr.tradeCost(q, b, outcome, shares);
          double scale = Math.max(Math.abs(Lmsr.cost(after, b)), Math.abs(Lmsr.cost(q, b)));
          assertEquals(reference, stable, 1e-9 * Math.max(1, scale));
          assertTrue(Double.isFinite(stable));
        });
  }

  /** Buying in two steps costs the same as buying at once (path independence of a scoring rule). */
  @Test
  void tradeCostsAddUpAlongAPath() {
    qt().withExamples(500)
        .forAll(quantities(), doubles().between(0.5, 1e3), doubles().between(0, 1e3), doubles().between(0, 1e3))
        .checkAssert((q, b, d1, d2) -> {
          double first = Lmsr.tradeCost(q, b, 0, d1);
          double[] mid = q.clone();
          mid[0] += d1;
          double second = Lmsr.tradeCost(mid, b, 0, d2);
          double once = Lmsr.tradeCost(q, b, 0, d1 + d2);
          assertEquals(once, first + second, 1e-9 * Math.max(1, Math.abs(once)));
        });
  }

  /** Each price lies in [0, 1], they sum to one, and the price is the derivative of the cost. */
  @Test
  void pricesAreTheGradientOfTheCost() {
    qt().withExamples(300).forAll(quantities(), doubles().between(1, 1e3)).checkAssert((q, b) -> {
      double[] p = Lmsr.prices(q, b);
      double sum = 0;
      for (double v : p) {
        assertTrue(v >= 0 && v <= 1);
        sum += v;
      }
      assertEquals(1, sum, 1e-12);
      double h = 1e-4 * b;
      double slope = (Lmsr.tradeCost(q, b, 0, h) - Lmsr.tradeCost(q, b, 0, -h)) / (2 * h);
      assertEquals(p[0], slope, 1e-6);
    });
  }
}
