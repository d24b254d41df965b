package org.completecrm.rules.explain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;

/** Fixed-point numbers in explanations: scores to four places, propensities and trends to two. */
class WordsTest {
  @Test
  void wholeNumbersGetTheirDecimalPlaces() {
    assertEquals("12.0000", Words.fixed(12, 4));
    assertEquals("0.00", Words.fixed(0, 2));
    assertEquals("7", Words.fixed(7, 0));
  }

  @Test
  void valuesRoundHalfUpAtTheLastPlace() {
    assertEquals("0.13", Words.fixed(0.125, 2));
    assertEquals("2.5000", Words.fixed(2.49996, 4));
    assertEquals("3", Words.fixed(2.5, 0));
  }

  @Test
  void aTieWrittenInDecimalRoundsUpAsStringFormatDoes() {
    // 1.005 is stored as 1.00499999999999989...; its decimal form is the one people read.
    assertEquals("1.01", Words.fixed(1.005, 2));
    assertEquals("-0.15", Words.fixed(-0.145, 2));
  }

  @Test
  void negativeValuesKeepTheirSignUnlessTheyRoundToZero() {
    assertEquals("-1.50", Words.fixed(-1.5, 2));
    assertEquals("-0.13", Words.fixed(-0.125, 2));
    assertEquals("0.00", Words.fixed(-0.001, 2));
    assertEquals("0.00", Words.fixed(-0.0, 2));
  }

  @Test
  void leadingZerosOfTheFractionAreWritten() {
    assertEquals("1.0500", Words.fixed(1.05, 4));
    assertEquals("0.0001", Words.fixed(0.0001, 4));
  }

  @Test
  void valuesTooLargeForALongAreWrittenInFull() {
    assertEquals("10000000000000000000.00", Words.fixed(1e19, 2));
  }

  @Test
  void nonFiniteValuesAreWrittenAsJavaWritesThem() {
    assertEquals("NaN", Words.fixed(Double.NaN, 2));
    assertEquals("-Infinity", Words.fixed(Double.NEGATIVE_INFINITY, 2));
  }

  @Test
  void everyValueIsWrittenAsStringFormatWritesItButForNegativeZero() {
    qt().forAll(Generate.longRange(-100_000_000L, 100_000_000L), Generate.range(0, 4)).checkAssert((units, places) -> {
      double v = units / 1000.0;
      String formatted = String.format(Locale.ROOT, "%." + places + "f", v);
      assertEquals(formatted.matches("-0\\.?0*") ? formatted.substring(1) : formatted, Words.fixed(v, places));
    });
  }
}
