package org.completecrm.rules.nba;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Fixed-point numbers in explanations: the shortest decimal that names the double, rounded half-up. */
final class Numbers {
  private Numbers() {}

  /**
   * {@code v} rounded half-up to {@code decimals} places, as {@code "12.3400"}, from its shortest
   * decimal form as {@link Double#toString} writes it (so 1.005 is "1.01", as {@code String.format}
   * gives); non-finite values as Java writes them.
   */
  static String fixed(double v, int decimals) {
    if (!Double.isFinite(v)) {
      return Double.toString(v);
    }
    return BigDecimal.valueOf(v).setScale(decimals, RoundingMode.HALF_UP).toPlainString();
  }
}
