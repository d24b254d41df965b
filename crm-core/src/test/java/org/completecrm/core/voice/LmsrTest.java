package org.completecrm.core.voice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.completecrm.core.InvalidValueException;
import org.junit.jupiter.api.Test;

/** Worked values of the logarithmic market scoring rule, computed by hand from Hanson's (2007) formulas. */
class LmsrTest {
  @Test
  void pricesStartEqual() {
    double[] p = Lmsr.prices(new double[] {0, 0, 0, 0}, 10);
    for (double v : p) {
      assertEquals(0.25, v, 1e-15);
    }
  }

  /** C(100, 0) - C(0, 0) with b = 100 is 100 ln((e + 1) / 2) = 62.011450695827... */
  @Test
  void costOfBuyingMatchesTheClosedForm() {
    double expected = 100 * Math.log((Math.E + 1) / 2);
    assertEquals(62.0114506958, expected, 1e-9);
    assertEquals(expected, Lmsr.tradeCost(new double[] {0, 0}, 100, 0, 100), 1e-10);
    assertEquals(expected, Lmsr.cost(new double[] {100, 0}, 100) - Lmsr.cost(new double[] {0, 0}, 100), 1e-10);
  }

  /** After buying 100 shares at b = 100 the price is e / (e + 1) = 0.7310585786. */
  @Test
  void priceAfterBuyingIsTheSoftmax() {
    assertEquals(0.7310585786, Lmsr.prices(new double[] {100, 0}, 100)[0], 1e-10);
  }

  @Test
  void sellingIsTheNegativeOfBuyingBack() {
    double[] q = {250, 40, 7};
    double buy = Lmsr.tradeCost(q, 30, 1, 12.5);
    double sell = Lmsr.tradeCost(new double[] {250, 52.5, 7}, 30, 1, -12.5);
    assertEquals(buy, -sell, 1e-10);
  }

  @Test
  void hugeQuantitiesDoNotOverflow() {
    double[] q = {1e7, 1e7 - 5, 0};
    double[] p = Lmsr.prices(q, 1);
    assertEquals(1.0, p[0] + p[1] + p[2], 1e-15);
    assertTrue(Double.isFinite(Lmsr.cost(q, 1)));
    assertEquals(1e7 + Math.log(1 + Math.exp(-5)), Lmsr.cost(q, 1), 1e-6);
    assertTrue(Double.isFinite(Lmsr.tradeCost(q, 1, 2, 5e6)));
  }

  @Test
  void worstCaseLossIsBTimesLogN() {
    assertEquals(100 * Math.log(3), Lmsr.worstCaseLoss(100, 3), 1e-12);
  }

  @Test
  void badLiquidityIsRejectedWithTheField() {
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> Lmsr.cost(new double[] {0, 0}, 0));
    assertEquals("Lmsr.b", e.field());
    assertThrows(InvalidValueException.class, () -> Lmsr.prices(new double[] {Double.NaN, 0}, 1));
    assertThrows(InvalidValueException.class, () -> Lmsr.tradeCost(new double[] {0, 0}, 1, 2, 1));
  }
}
