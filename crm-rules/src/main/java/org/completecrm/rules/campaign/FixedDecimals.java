package org.completecrm.rules.campaign;

import java.util.Locale;

/**
 * A double with a fixed number of decimals, exactly as {@code String.format(Locale.ROOT, "%.Nf", v)}
 * writes it, for the amounts in a plan's lines (a million lines, several amounts each).
 *
 * <p><b>Design note.</b> The Formatter rounds half up the decimal digits of {@code Double.toString}
 * (a decimal {@code s} that rounds to {@code v}), not {@code v}'s exact binary value: 1.005 is
 * {@code "1.01"}. Here {@code y = |v| * 10^N} is one IEEE product, within half an ulp of {@code y}
 * of {@code |v| * 10^N}, and {@code s * 10^N} is within another ulp of {@code y} of that (half an
 * ulp of {@code v}, times {@code 10^N}, is less than an ulp of {@code y}); below 2<sup>49</sup>,
 * {@code k = floor(y)} and {@code y - k} are exact and an ulp of {@code y} is at most 1/16. So when
 * {@code y - k} is more than two ulps of {@code y} away from one half, {@code s * 10^N} rounds as
 * {@code y} does. Otherwise {@code s} is near the tie {@code t = (k + 1/2) / 10^N}, and {@code
 * (2k + 1) / (2 * 10^N)} (two exact doubles, one division) is the double {@code t} rounds to: when
 * it is {@code |v|}, {@code s} is {@code t} itself (the digits stop at the first that round to
 * {@code v}, and no other decimal of {@code N + 1} decimals or fewer is within an ulp of {@code t}),
 * which rounds up; else {@code s} is on {@code |v|}'s side of
 * {@code t}, as rounding keeps order. Larger values, NaN and the infinities are left to {@code
 * String.format} itself. The sign is written as the Formatter writes it: for every value below zero
 * and for -0.0, even when it rounds to zero. {@code FixedDecimalsProperties} compares it with
 * {@code String.format}, ties and their neighbours included.
 */
final class FixedDecimals {
  /** The most decimals written. */
  static final int MAX_DECIMALS = 8;
  private static final long[] POWERS_OF_TEN = {1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000};
  private static final double FAST_LIMIT = 0x1p49;
  private static final String[] FORMATS = {"%.0f", "%.1f", "%.2f", "%.3f", "%.4f", "%.5f", "%.6f", "%.7f", "%.8f"};

  private FixedDecimals() {}

  /** {@code v} with {@code decimals} (0 to 8) decimals, as {@code String.format(Locale.ROOT, "%.<decimals>f", v)}. */
  static String format(double v, int decimals) {
    return append(new StringBuilder(24), v, decimals).toString();
  }

  /** Appends {@code v} with {@code decimals} (0 to 8) decimals to {@code to}, as {@link #format} writes it. */
  static StringBuilder append(StringBuilder to, double v, int decimals) {
    long scale = POWERS_OF_TEN[decimals];
    double y = Math.abs(v) * scale;
    if (!(y < FAST_LIMIT)) {
      return to.append(String.format(Locale.ROOT, FORMATS[decimals], v)); // large, NaN or infinite
    }
    double whole = Math.floor(y);
    double fraction = y - whole; // exact below 2^49
    long k = (long) whole;
    boolean up = Math.abs(fraction - 0.5) > 2 * Math.ulp(y) ? fraction > 0.5
        : Math.abs(v) >= (2 * k + 1) / (2.0 * scale); // near the tie k + 1/2: the tie's own double
    long rounded = up ? k + 1 : k;
    if (Double.doubleToRawLongBits(v) < 0) {
      to.append('-');
    }
    to.append(rounded / scale);
    if (decimals > 0) {
      to.append('.');
      long part = rounded % scale;
      for (long p = scale / 10; p > part && p > 1; p /= 10) {
        to.append('0');
      }
      to.append(part);
    }
    return to;
  }
}
