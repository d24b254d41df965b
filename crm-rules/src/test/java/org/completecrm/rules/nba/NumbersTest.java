package org.completecrm.rules.nba;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;

/** Fixed-point numbers in explanations: scores to four places, propensities and trends to two. */
class NumbersTest {
  @Test
  void wholeNumbersGetTheirDecimalPlaces() {
    assertEquals("12.0000", Numbers.fixed(12, 4));
    assertEquals("0.00", Numbers.fixed(0, 2));
    assertEquals("7", Numbers.fixed(7, 0));
  }

  @Test
  void valuesRoundHalfUpAtTheLastPlace() {
    assertEquals("0.13", Numbers.fixed(0.125, 2));
    assertEquals("2.5000", Numbers.fixed(2.49996, 4));
    assertEquals("3", Numbers.fixed(2.5, 0));
  }

  @Test
  void negativeValuesKeepTheirSignUnlessTheyRoundToZero() {
    assertEquals("-1.50", Numbers.fixed(-1.5, 2));
    assertEquals("-0.13", Numbers.fixed(-0.125, 2));
    assertEquals("0.00", Numbers.fixed(-0.001, 2));
  }

  @Test
  void leadingZerosOfTheFractionAreWritten() {
    assertEquals("1.0500", Numbers.fixed(1.05, 4));
    assertEquals("0.0001", Numbers.fixed(0.0001, 4));
  }

  @Test
  void valuesTooLargeForALongAreWrittenInFull() {
    assertEquals("10000000000000000000.00", Numbers.fixed(1e19, 2));
  }

  @Test
  void nonFiniteValuesAreWrittenAsJavaWritesThem() {
    assertEquals("NaN", Numbers.fixed(Double.NaN, 2));
    assertEquals("-Infinity", Numbers.fixed(Double.NEGATIVE_INFINITY, 2));
  }

  @Test
  void appendingWritesTheSameAfterWhatIsThere() {
    assertEquals("score 0.3333", Numbers.appendFixed(new StringBuilder("score "), 1.0 / 3, 4).toString());
  }

  @Test
  void valuesAwayFromATieAreRoundedToTheNearest() {
    // Whole thousandths that are not a tie at two places, where the double's error cannot flip the rounding.
    qt().forAll(Generate.longRange(-100_000_000L, 100_000_000L)).assuming(units -> Math.abs(units % 10) != 5)
        .checkAssert(units -> {
      double v = units / 1000.0;
      String expected = BigDecimal.valueOf(v).setScale(2, RoundingMode.HALF_UP).toPlainString();
      assertEquals(expected, Numbers.fixed(v, 2));
        });
  }
}
