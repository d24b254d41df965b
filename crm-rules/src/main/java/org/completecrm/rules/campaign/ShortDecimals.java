package org.completecrm.rules.campaign;

/**
 * The double of a short plain decimal such as {@code 0.1795} or {@code 1867.0}, read from its
 * ASCII bytes, for {@link ByteTokens}: the scores of a context are such numbers, 52 a line.
 *
 * <p><b>Design note.</b> This is Clinger's fast path. When the digits without the point form an
 * integer {@code m} of at most 2<sup>53</sup> and at most 22 of them follow the point, {@code m}
 * and 10<sup>22</sup> (5<sup>22</sup> &lt; 2<sup>53</sup> times a power of two) are exact doubles,
 * so the one IEEE division {@code m / 10^f} rounds the exact value of the decimal to the nearest
 * double, ties to even: the double {@code Double.parseDouble} gives (and FastDoubleParser, which is
 * correctly rounded too). A sign only negates it, as rounding to nearest is symmetric. Anything
 * else (an exponent, more digits) is not read here: {@link #NOT_SHORT}, and the caller parses it
 * as before. {@code ShortDecimalsProperties} compares it with {@code Double.parseDouble}.
 */
final class ShortDecimals {
  /** The answer for a number this class does not read (no number of JSON is NaN). */
  static final double NOT_SHORT = Double.NaN;

  private static final long MAX_MANTISSA = 1L << 53;
  private static final double[] POWERS_OF_TEN = {
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19,
    1e20, 1e21, 1e22
  };

  private ShortDecimals() {}

  /**
   * The double of the {@code length} bytes of {@code bytes} from {@code offset}, a number of JSON's
   * grammar, if it is {@code -?digits(.digits)?} with a short enough mantissa; else {@link #NOT_SHORT}.
   */
  static double parse(byte[] bytes, int offset, int length) {
    int i = offset;
    int end = offset + length;
    boolean negative = i < end && bytes[i] == '-';
    if (negative) {
      i++;
    }
    long mantissa = 0;
    int point = -1;
    int digits = 0;
    for (; i < end; i++) {
      int d = bytes[i] - '0';
      if (d >= 0 && d <= 9) {
        mantissa = mantissa * 10 + d; // at most 2^53 before: no overflow
        if (mantissa > MAX_MANTISSA) {
          return NOT_SHORT;
        }
        digits++;
      } else if (bytes[i] == '.' && point < 0) {
        point = i;
      } else {
        return NOT_SHORT; // an exponent, or not a number
      }
    }
    int fraction = point < 0 ? 0 : end - point - 1;
    if (digits == 0 || fraction >= POWERS_OF_TEN.length || point >= 0 && fraction == 0) {
      return NOT_SHORT;
    }
    double value = mantissa / POWERS_OF_TEN[fraction];
    return negative ? -value : value;
  }
}
