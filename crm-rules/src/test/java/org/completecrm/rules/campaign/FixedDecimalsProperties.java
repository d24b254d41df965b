package org.completecrm.rules.campaign;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** {@link FixedDecimals} writes every double, with 0 to 8 decimals, as {@code String.format(Locale.ROOT, "%.Nf")} does. */
class FixedDecimalsProperties {
  /** Checks {@code v}, its neighbours and their negations with {@code decimals} decimals. */
  private static void sameAsFormat(double v, int decimals) {
    for (double x : new double[] {v, Math.nextUp(v), Math.nextDown(v)}) {
      for (double y : new double[] {x, -x}) {
        String expected = String.format(Locale.ROOT, "%." + decimals + "f", y);
        assertEquals(expected, FixedDecimals.format(y, decimals), y + " with " + decimals + " decimals");
        assertEquals("<" + expected, FixedDecimals.append(new StringBuilder("<"), y, decimals).toString());
      }
    }
  }

  @Test
  void anyDoubleIsWrittenAsFormatWritesIt() {
    qt().withExamples(20_000).forAll(longs().all(), integers().between(0, 8))
        .checkAssert((bits, decimals) -> sameAsFormat(Double.longBitsToDouble(bits), decimals));
  }

  @Test
  void amountsAreWrittenAsFormatWritesThem() {
    qt().withExamples(50_000).forAll(doubles().between(-1e4, 1e6), integers().between(0, 8))
        .checkAssert(FixedDecimalsProperties::sameAsFormat);
    qt().withExamples(20_000).forAll(doubles().between(0, 1), integers().between(1, 4))
        .checkAssert(FixedDecimalsProperties::sameAsFormat);
  }

  @Test
  void tiesAndTheirNeighboursAreRoundedAsFormatRoundsThem() {
    // m * 10^-(decimals + 1 + extra) with a last digit 5 at the first dropped place, or beyond it
    qt().withExamples(30_000).forAll(longs().between(0, 1_000_000_000_000L), integers().between(0, 8),
            integers().between(0, 3))
        .checkAssert((m, decimals, extra) -> {
          sameAsFormat(new BigDecimal(m * 10 + 5).scaleByPowerOfTen(-(decimals + 1 + extra)).doubleValue(), decimals);
          sameAsFormat(new BigDecimal(m * 10 + 5).scaleByPowerOfTen(-(decimals + 1)).doubleValue(), decimals);
        });
    qt().withExamples(20_000).forAll(integers().between(0, 100_000), integers().between(0, 8))
        .checkAssert((k, decimals) -> sameAsFormat(BigDecimal.valueOf(k, 4).doubleValue(), decimals));
  }

  @Test
  void powersOfTenLargeTinyAndSpecialValuesAreWrittenAsFormatWritesThem() {
    for (int decimals = 0; decimals <= 8; decimals++) {
      for (int e = -330; e <= 310; e++) {
        sameAsFormat(Double.parseDouble("1e" + e), decimals);
        sameAsFormat(Double.parseDouble("5e" + e), decimals);
        sameAsFormat(Double.parseDouble("9.5e" + e), decimals);
      }
      for (int e = -1074; e <= 1023; e++) {
        sameAsFormat(Math.scalb(1.0, e), decimals);
      }
      for (double v : List.of(0.0, 1.005, 0.125, 0.001, 2.675, 1e7, 9_999_999.995, 1e15, 0x1p52, 0x1p53, 1e22, 1e23,
          Double.MIN_VALUE, Double.MIN_NORMAL, Double.MAX_VALUE, Double.NaN, Double.POSITIVE_INFINITY)) {
        sameAsFormat(v, decimals);
      }
    }
    assertEquals("-0.00", FixedDecimals.format(-0.0, 2));
    assertEquals("-0.00", FixedDecimals.format(-0.001, 2));
    assertEquals("1.01", FixedDecimals.format(1.005, 2));
    assertEquals("0.13", FixedDecimals.format(0.125, 2));
    assertEquals("NaN", FixedDecimals.format(Double.NaN, 4));
    assertEquals("-Infinity", FixedDecimals.format(Double.NEGATIVE_INFINITY, 4));
  }
}
