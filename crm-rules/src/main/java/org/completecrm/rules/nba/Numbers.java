package org.completecrm.rules.nba;

/** Fixed-point formatting of finite numbers without {@code String.format}, which is slow on the decision path. */
final class Numbers {
  private Numbers() {}

  /** {@code v} rounded half-up to {@code decimals} places, as {@code "12.3400"}; non-finite values as words. */
  static String fixed(double v, int decimals) {
    return appendFixed(new StringBuilder(24), v, decimals).toString();
  }

  /** Appends {@link #fixed(double, int)} of {@code v} to {@code sb}. */
  static StringBuilder appendFixed(StringBuilder sb, double v, int decimals) {
    if (!Double.isFinite(v)) {
      return sb.append(v);
    }
    long scale = 1;
    for (int i = 0; i < decimals; i++) {
      scale *= 10;
    }
    if (Math.abs(v) * scale >= Long.MAX_VALUE / 2.0) {
      return sb.append(new java.math.BigDecimal(v).setScale(decimals, java.math.RoundingMode.HALF_UP).toPlainString());
    }
    long units = Math.round(Math.abs(v) * scale);
    if (v < 0 && units != 0) {
      sb.append('-');
    }
    sb.append(units / scale);
    if (decimals > 0) {
      sb.append('.');
      long frac = units % scale;
      for (long place = scale / 10; place > 0; place /= 10) {
        sb.append((char) ('0' + frac / place % 10));
      }
    }
    return sb;
  }
}
