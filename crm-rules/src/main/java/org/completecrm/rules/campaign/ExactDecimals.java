package org.completecrm.rules.campaign;

/**
 * Plain decimals ({@code -?[0-9]+.[0-9]+}, no exponent) of ASCII bytes read into the double
 * nearest them, when that needs one division; {@code NaN} otherwise, for the general parser.
 *
 * <p>Design note: a campaign's context carries some fifty scores such as {@code 0.1545}, and
 * {@link ByteTokens} gave each to Jackson's parser of doubles after widening its bytes to chars.
 * This is Clinger's fast path (W. D. Clinger, "How to read floating point numbers accurately",
 * PLDI 1990): when the digits without the point make an integer {@code m} of at most 2<sup>53</sup>
 * and {@code f} of them, at most 22, follow the point, then {@code m} and 10<sup>f</sup> are both
 * doubles exactly, and IEEE division rounds {@code m / 10^f} correctly, so the quotient is the
 * double nearest the decimal: what {@link Double#parseDouble} (and Jackson's parser, also correctly
 * rounded) gives for the same text, sign and negative zero included. Longer digit runs, more
 * digits after the point and exponents are not read here ({@code NaN}: the caller's general parser
 * reads them). {@code ExactDecimalsProperties} compares it with {@link Double#parseDouble} on
 * arbitrary doubles' texts and arbitrary digit runs.
 */
final class ExactDecimals {
  /** 10<sup>0</sup> to 10<sup>22</sup>, every one a double exactly. */
  private static final double[] POWERS = {
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19,
    1e20, 1e21, 1e22
  };
  private static final long MAX_EXACT = 1L << 53;
  /** At most this many digits after the leading zeros: their integer fits a long. */
  private static final int MAX_DIGITS = 18;

  private ExactDecimals() {}

  /**
   * The double nearest the plain decimal in {@code length} bytes of {@code b} from {@code from},
   * or {@code NaN} when it is not a plain decimal this reads exactly.
   */
  static double parse(byte[] b, int from, int length) {
    int i = from;
    int end = from + length;
    boolean negative = i < end && b[i] == '-';
    if (negative) {
      i++;
    }
    long m = 0;
    int digits = 0;
    int significant = 0;
    int point = -1;
    for (; i < end; i++) {
      int c = b[i];
      if (c == '.') {
        if (point >= 0) {
          return Double.NaN;
        }
        point = digits;
        continue;
      }
      int d = c - '0';
      if (d < 0 || d > 9) {
        return Double.NaN;
      }
      if (m != 0 || d != 0) {
        if (significant == MAX_DIGITS) {
          return Double.NaN;
        }
        significant++;
      }
      m = m * 10 + d;
      digits++;
    }
    int f = digits - point;
    if (point <= 0 || f == 0 || f >= POWERS.length || m > MAX_EXACT) {
      return Double.NaN;
    }
    double v = m / POWERS[f];
    return negative ? -v : v;
  }
}
