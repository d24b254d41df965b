package org.completecrm.core.propensity;

import java.util.SplittableRandom;

/**
 * Draws from a Beta distribution as {@code X / (X + Y)} of two Gamma draws, each by Marsaglia and
 * Tsang's method ("A simple method for generating gamma variables", ACM TOMS 26(3), 2000), with
 * the {@code U^(1/a)} boost for shapes below 1 and normal deviates by Box and Muller (1958).
 */
final class BetaSampler {
  private BetaSampler() {}

  static double beta(double a, double b, SplittableRandom random) {
    double x = gamma(a, random);
    double y = gamma(b, random);
    double s = x + y;
    return s > 0 ? x / s : a / (a + b);
  }

  static double gamma(double shape, SplittableRandom random) {
    if (shape < 1) {
      double u = random.nextDouble();
      return gamma(shape + 1, random) * Math.pow(u, 1 / shape);
    }
    double d = shape - 1.0 / 3;
    double c = 1 / Math.sqrt(9 * d);
    while (true) {
      double z = normal(random);
      double v = 1 + c * z;
      if (v <= 0) {
        continue;
      }
      v = v * v * v;
      double u = random.nextDouble();
      if (Math.log(u) < 0.5 * z * z + d - d * v + d * Math.log(v)) {
        return d * v;
      }
    }
  }

  private static double normal(SplittableRandom random) {
    double u1 = 1 - random.nextDouble();
    double u2 = random.nextDouble();
    return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
  }
}
