package org.completecrm.rules.campaign;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link ShortDecimals} gives {@code Double.parseDouble}'s double, bit for bit, for every number it
 * reads, and reads the short plain decimals of a context's scores.
 */
class ShortDecimalsProperties {
  /** The fast path's answer for {@code text}, checked against {@code Double.parseDouble}: whether it read it. */
  private static boolean sameAsParseDouble(String text) {
    byte[] bytes = ("x" + text + "y").getBytes(StandardCharsets.US_ASCII);
    double fast = ShortDecimals.parse(bytes, 1, text.length());
    if (Double.isNaN(fast)) {
      return false;
    }
    assertEquals(Double.doubleToRawLongBits(Double.parseDouble(text)), Double.doubleToRawLongBits(fast), text);
    return true;
  }

  /** {@code digits} (as text, leading zeros kept) with the point before the last {@code fraction}, and a sign. */
  private static String decimal(boolean negative, String digits, int fraction) {
    int f = Math.min(fraction, digits.length() - 1);
    String whole = digits.substring(0, digits.length() - f);
    return (negative ? "-" : "") + (f == 0 ? whole : whole + "." + digits.substring(digits.length() - f));
  }

  @Test
  void anyDecimalItReadsIsParseDoublesDouble() {
    qt().withExamples(20_000).forAll(longs().between(0, Long.MAX_VALUE), integers().between(0, 25),
            integers().between(0, 6), integers().between(0, 1))
        .checkAssert((mantissa, fraction, zeros, sign) -> {
          String digits = "0".repeat(zeros) + mantissa;
          sameAsParseDouble(decimal(sign == 1, digits, fraction));
        });
  }

  @Test
  void mantissasAroundTwoToTheFiftyThreeAreReadOrLeft() {
    qt().withExamples(5_000).forAll(longs().between((1L << 53) - 50_000, (1L << 53) + 50_000), integers().between(0, 23))
        .checkAssert((mantissa, fraction) -> {
          boolean read = sameAsParseDouble(decimal(false, Long.toString(mantissa), fraction));
          assertEquals(mantissa <= (1L << 53) && Math.min(fraction, Long.toString(mantissa).length() - 1) <= 22, read,
              mantissa + " " + fraction);
        });
  }

  @Test
  void theShortestTextOfAnyProbabilityIsReadOrLeft() {
    qt().withExamples(20_000).forAll(doubles().between(0, 1)).checkAssert(p -> sameAsParseDouble(Double.toString(p)));
    qt().withExamples(5_000).forAll(integers().between(0, 10_000))
        .checkAssert(k -> assertTrue(sameAsParseDouble(java.math.BigDecimal.valueOf(k, 4).toPlainString()), k + " is read"));
  }

  @Test
  void scoresAreReadAndExponentsLeft() {
    for (String text : List.of("0.1795", "1867.0", "0.0", "-0.0", "0", "-0", "1", "0.1", "0.3", "9007199254740992",
        "900719925474099.2", "0.0000000000000000000001", "123.456000000000")) {
      assertTrue(sameAsParseDouble(text), text);
    }
    for (String text : List.of("1e5", "1.5E-3", "-2e+2", "9007199254740993", "0.9978136459588063",
        "0.00000000000000000000001", "1.7976931348623157E308", "123.4560000000000000000")) {
      assertTrue(!sameAsParseDouble(text), text);
    }
  }
}
