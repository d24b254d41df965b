package org.completecrm.analytics.experiment;

import java.util.Locale;

/**
 * A two-sided confidence interval.
 *
 * @param low the lower end
 * @param high the upper end
 */
public record ConfidenceInterval(double low, double high) {
  /** Whether {@code x} is in the interval (ends included). */
  public boolean contains(double x) {
    return x >= low && x <= high;
  }

  /** Whether the interval lies wholly above 0 or wholly below it. */
  public boolean excludesZero() {
    return low > 0 || high < 0;
  }

  /** The interval as {@code [low, high]} with {@code digits} decimals. */
  public String words(int digits) {
    String f = "%." + digits + "f";
    return "[" + String.format(Locale.ROOT, f, low) + ", " + String.format(Locale.ROOT, f, high) + "]";
  }
}
