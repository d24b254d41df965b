package org.completecrm.analytics.voice;

import org.completecrm.core.InvalidValueException;
import org.hipparchus.distribution.continuous.NormalDistribution;

/** Normal quantiles and the Wilson score interval shared by the estimates and the idea ranking. */
final class Intervals {
  private static final NormalDistribution STANDARD_NORMAL = new NormalDistribution(0, 1);

  private Intervals() {}

  /** The two-sided standard normal quantile for {@code confidence}: 1.959964 for 0.95. */
  static double z(double confidence, String field) {
    if (!(confidence > 0 && confidence < 1)) {
      throw new InvalidValueException(field, confidence, "a confidence level strictly between 0 and 1, such as 0.95");
    }
    return STANDARD_NORMAL.inverseCumulativeProbability(1 - (1 - confidence) / 2);
  }

  /**
   * The Wilson (1927) score interval for a proportion with {@code successes} out of {@code n}
   * (both may be weighted, non-integer counts): centre {@code (p + z²/2n) / (1 + z²/n)}, half-width
   * {@code z sqrt(p(1-p)/n + z²/4n²) / (1 + z²/n)}. For {@code n = 0} the interval is [0, 1].
   */
  static double[] wilson(double successes, double n, double z) {
    if (n <= 0) {
      return new double[] {0, 1};
    }
    double p = successes / n;
    double z2 = z * z;
    double denominator = 1 + z2 / n;
    double centre = (p + z2 / (2 * n)) / denominator;
    double half = z * Math.sqrt(p * (1 - p) / n + z2 / (4 * n * n)) / denominator;
    return new double[] {Math.max(0, centre - half), Math.min(1, centre + half)};
  }
}
