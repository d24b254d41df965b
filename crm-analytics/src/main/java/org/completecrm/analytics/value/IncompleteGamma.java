package org.completecrm.analytics.value;

import org.hipparchus.special.Gamma;

/**
 * The upper incomplete gamma function {@code Gamma(a, z)} for any real {@code a} and {@code z >
 * 0}, as {@code e^z Gamma(a, z)} (which stays moderate where Gamma(a, z) underflows).
 *
 * <p>For {@code a > 0} it is Hipparchus' regularised Q times Gamma(a); for {@code a <= 0} the
 * recurrence {@code Gamma(a, z) = (Gamma(a + 1, z) - z^a e^-z) / a} (A&S 6.5.22) climbs to a
 * positive argument. At the recurrence's removable points (a a non-positive integer) the
 * function is analytic in a, so it is evaluated at {@code a +- h, a +- 2h} and
 * Richardson-extrapolated.
 */
final class IncompleteGamma {
  private static final double H = 1e-3;

  private IncompleteGamma() {}

  /** e^z Gamma(a, z) for real a and z > 0. */
  static double scaledUpper(double a, double z) {
    double nearest = Math.rint(a);
    if (a <= 0.5 && Math.abs(a - nearest) < H) {
      double near = 0.5 * (raw(nearest - H, z) + raw(nearest + H, z));
      double far = 0.5 * (raw(nearest - 2 * H, z) + raw(nearest + 2 * H, z));
      return (4 * near - far) / 3;
    }
    return raw(a, z);
  }

  private static double raw(double a, double z) {
    if (a > 0) {
      if (z > 600) {
        // asymptotic expansion (A&S 6.5.32), accurate for z >> |a|
        double sum = 1;
        double term = 1;
        for (int k = 1; k < 30; k++) {
          term *= (a - k) / z;
          sum += term;
        }
        return Math.exp((a - 1) * Math.log(z)) * sum;
      }
      return Math.exp(Gamma.logGamma(a) + z) * Gamma.regularizedGammaQ(a, z);
    }
    // e^z Gamma(a, z) = (e^z Gamma(a + 1, z) - z^a) / a
    return (raw(a + 1, z) - Math.exp(a * Math.log(z))) / a;
  }
}
