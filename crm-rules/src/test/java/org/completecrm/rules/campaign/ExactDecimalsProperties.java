package org.completecrm.rules.campaign;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * {@link ExactDecimals} gives {@link Double#parseDouble}'s double, bit for bit, for every plain
 * decimal it reads, and reads the scores' usual texts.
 */
class ExactDecimalsProperties {
  /** The parse of {@code text} placed between other bytes, as a line lies in a batch. */
  private static double parse(String text) {
    byte[] bytes = ("9" + text + "9").getBytes(StandardCharsets.US_ASCII);
    return ExactDecimals.parse(bytes, 1, bytes.length - 2);
  }

  private static void sameAsJdkOrNaN(String text) {
    double ours = parse(text);
    if (!Double.isNaN(ours)) {
      assertEquals(Double.doubleToRawLongBits(Double.parseDouble(text)), Double.doubleToRawLongBits(ours), text);
    }
  }

  @Test
  void arbitraryDoublesAsJavaWritesThemReadAsTheJdkReadsThem() {
    qt().withExamples(20_000).forAll(doubles().any()).checkAssert(d -> sameAsJdkOrNaN(Double.toString(d)));
  }

  @Test
  void arbitraryDigitRunsAroundAPointReadAsTheJdkReadsThem() {
    qt().withExamples(20_000)
        .forAll(longs().between(0, Long.MAX_VALUE), integers().between(0, 19), integers().between(0, 6),
            integers().between(0, 1))
        .checkAssert((digits, shift, zeros, sign) -> {
          String s = Long.toString(digits);
          int at = Math.max(1, s.length() - shift);
          String text = (sign == 1 ? "-" : "") + s.substring(0, at) + "." + "0".repeat(zeros) + (at < s.length()
              ? s.substring(at) : "0");
          sameAsJdkOrNaN(text);
        });
  }

  @Test
  void readsTheScoresUsualTextsExactly() {
    for (String text : new String[] {"0.1545", "1867.0", "0.0", "-0.0", "-12.75", "0.9978136459588", "4.5",
        "9007199254740.992", "0.0000000000000000000001"}) {
      double ours = parse(text);
      assertTrue(!Double.isNaN(ours), text);
      assertEquals(Double.doubleToRawLongBits(Double.parseDouble(text)), Double.doubleToRawLongBits(ours), text);
    }
  }

  @Test
  void leavesExponentsLongRunsAndMalformedTextToTheGeneralParser() {
    for (String text : new String[] {"1e5", "1.5E-3", "0.9978136459588063", "123456789012345678901.5", "1.", ".5", "1..2",
        "1.2.3", "-", "", "12", "1.-2", "0.00000000000000000000001"}) {
      assertTrue(Double.isNaN(parse(text)), text);
    }
  }
}
