package org.completecrm.analytics.value;

import org.completecrm.core.InvalidValueException;
import org.hipparchus.special.Gamma;
import org.hipparchus.util.FastMath;

/**
 * The Gauss hypergeometric function {@code 2F1(a, b; c; z)}, evaluated in log space for the
 * parameter region the customer-value models need: {@code a, b, c > 0} and {@code 0 <= z < 1}.
 *
 * <p>Hipparchus has no 2F1, so it is written here. Method (Abramowitz and Stegun 1964, ch. 15):
 *
 * <ul>
 *   <li>{@code z <= 0.9}, or {@code m = c - a - b >= 8} (terms then fall like {@code n^-(m+1)}
 *       even at {@code z = 1}): the defining power series (15.1.1). Every term is positive, so
 *       the sum is kept as a scaled mantissa plus a log scale and never overflows, whatever the
 *       size of {@code a} and {@code b} (Pareto/NBD evaluates it with {@code a = r + s + x}
 *       for {@code x} in the hundreds).
 *   <li>otherwise: the linear transformation to {@code 1 - z} (15.3.6), which turns a slowly
 *       converging series near {@code z = 1} into two fast ones in {@code 1 - z < 0.1}; it is
 *       not used for large {@code m}, where its two terms cancel, and when its terms (large
 *       {@code a, b}) cancel by more than a factor 1e6 the direct series is summed instead,
 *       slowly but without cancellation.
 *       Its gamma-function coefficients have poles when {@code m = c - a - b} is an integer
 *       (the logarithmic cases 15.3.10-12); there the function itself is analytic in {@code c},
 *       so it is evaluated at {@code c +- h} and {@code c +- 2h} and Richardson-extrapolated, with
 *       an error of order {@code h^4} ({@code h = 1e-3}, relative error below 1e-9 in the tests).
 * </ul>
 */
public final class Hypergeometric {
  /**
   * Most terms summed per series: a series that has not converged by then (parameters near the
   * ends of the accepted range) gives NaN, never a silently truncated sum, and callers fall back to
   * another method; it bounds the time of one evaluation to milliseconds.
   */
  static final int MAX_TERMS = 100_000;
  private static final double EPS = 1e-17;
  private static final double DEGENERATE = 1e-3;
  private static final double RESCALE = 1e250;
  private static final double DIRECT = 0.9;
  private static final double FAST_TAIL = 8;
  private static final double ILL_CONDITIONED = Math.log(1e6);

  private Hypergeometric() {}

  /**
   * The natural logarithm of {@code 2F1(a, b; c; z)} for {@code a, b, c > 0} and {@code 0 <= z
   * < 1} (where the function is positive and finite); NaN where its series do not converge within
   * {@link #MAX_TERMS} terms.
   *
   * @throws InvalidValueException if a parameter is outside that region or not finite
   */
  public static double log2F1(double a, double b, double c, double z) {
    positive(a, "Hypergeometric.a");
    positive(b, "Hypergeometric.b");
    positive(c, "Hypergeometric.c");
    if (!(z >= 0 && z < 1)) {
      throw new InvalidValueException("Hypergeometric.z", z, "a number in [0, 1)");
    }
    if (z == 0) {
      return 0;
    }
    double m = c - a - b;
    if (z <= DIRECT || m >= FAST_TAIL) {
      return logPositiveSeries(a, b, c, z);
    }
    double nearest = Math.rint(m);
    if (Math.abs(m - nearest) < DEGENERATE) {
      // F is analytic in c: symmetric averages at distance h and 2h, Richardson-extrapolated,
      // leave an O(h^4) error; the poles' cancellation costs O(eps / h^2).
      double c0 = c + (nearest - m);
      double h = DEGENERATE;
      double ref = oneMinusZ(a, b, c0 + h, z);
      double near = 0.5 * (Math.exp(oneMinusZ(a, b, c0 - h, z) - ref) + 1);
      double far = 0.5 * (Math.exp(oneMinusZ(a, b, c0 - 2 * h, z) - ref)
          + Math.exp(oneMinusZ(a, b, c0 + 2 * h, z) - ref));
      return ref + Math.log((4 * near - far) / 3);
    }
    return oneMinusZ(a, b, c, z);
  }

  /** The power series (A&S 15.1.1) of a function with positive terms, in log space. */
  static double logPositiveSeries(double a, double b, double c, double z) {
    if (stillGrowsAtTheLastTerm(a, b, c, z)) {
      return Double.NaN;
    }
    double logScale = 0;
    double sum = 1;
    double term = 1;
    for (int n = 0; n < MAX_TERMS; n++) {
      term *= (a + n) * (b + n) / ((c + n) * (n + 1)) * z;
      sum += term;
      if (sum > RESCALE) {
        sum /= RESCALE;
        term /= RESCALE;
        logScale += Math.log(RESCALE);
      }
      if (term < EPS * sum && (a + n) * (b + n) * z < (c + n) * (n + 1)) {
        return logScale + Math.log(sum);
      }
    }
    return Double.NaN;
  }

  /**
   * A&S 15.3.6 for non-integer {@code m = c - a - b}: {@code F = G1 F(a, b; 1 - m; w) + w^m G2
   * F(c - a, c - b; 1 + m; w)}, {@code w = 1 - z}, with signed gamma ratios.
   */
  private static double oneMinusZ(double a, double b, double c, double z) {
    double w = 1 - z;
    double m = c - a - b;
    double logGc = Gamma.logGamma(c);
    // first term: Gamma(c) Gamma(m) / (Gamma(c-a) Gamma(c-b)) * F(a, b; 1-m; w)
    double[] s1 = signedSeries(a, b, 1 - m, w);
    double l1 = logGc + logAbsGamma(m) - logAbsGamma(c - a) - logAbsGamma(c - b) + s1[1];
    double sign1 = gammaSign(m) * gammaSign(c - a) * gammaSign(c - b) * s1[0];
    // second term: w^m Gamma(c) Gamma(-m) / (Gamma(a) Gamma(b)) * F(c-a, c-b; 1+m; w)
    double[] s2 = signedSeries(c - a, c - b, 1 + m, w);
    double l2 =
        m * Math.log(w) + logGc + logAbsGamma(-m) - Gamma.logGamma(a) - Gamma.logGamma(b) + s2[1];
    double sign2 = gammaSign(-m) * s2[0];
    double result = logSignedSum(sign1, l1, sign2, l2);
    // rounding in the largest term of either part, relative to the result: when the parts or
    // their series cancel by more than 1e6, fall back to the (slow, always positive) series
    double largest = Math.max(l1 - s1[1] + s1[2], l2 - s2[1] + s2[2]);
    if (!Double.isFinite(result) || largest - result > ILL_CONDITIONED) {
      return logPositiveSeries(a, b, c, z);
    }
    return result;
  }

  /**
   * Whether the terms still grow at the last term summed: then the series cannot converge within
   * {@link #MAX_TERMS} (a term at least as large as the one before is not below 1e-17 of a sum of
   * fewer than 1e17 such terms), and summing it would only spend the time to find that out.
   */
  private static boolean stillGrowsAtTheLastTerm(double a, double b, double c, double z) {
    double n = MAX_TERMS - 1;
    return Math.abs((a + n) * (b + n) * z) >= Math.abs((c + n) * (n + 1));
  }

  /** log|x1 + x2| for {@code x_i = sign_i * exp(l_i)} whose sum is known to be positive. */
  private static double logSignedSum(double sign1, double l1, double sign2, double l2) {
    if (sign1 == 0) {
      return l2;
    }
    if (sign2 == 0) {
      return l1;
    }
    double hi = Math.max(l1, l2);
    double v = sign1 * Math.exp(l1 - hi) + sign2 * Math.exp(l2 - hi);
    return hi + Math.log(Math.abs(v));
  }

  /**
   * The series of {@code 2F1(a, b; c; w)} for {@code 0 <= w <= 0.5} with parameters of any
   * sign ({@code c} not a non-positive integer), as {@code {sign, log|value|}}.
   */
  static double[] signedSeries(double a, double b, double c, double w) {
    if (stillGrowsAtTheLastTerm(a, b, c, w)) {
      return new double[] {Double.NaN, Double.NaN, Double.NaN};
    }
    double logScale = 0;
    double sum = 1;
    double term = 1;
    double max = 1;
    for (int n = 0; n < MAX_TERMS; n++) {
      term *= (a + n) * (b + n) / ((c + n) * (n + 1)) * w;
      sum += term;
      max = Math.max(max, Math.abs(term));
      if (max > RESCALE) {
        sum /= RESCALE;
        term /= RESCALE;
        max /= RESCALE;
        logScale += Math.log(RESCALE);
      }
      if (term == 0
          || (Math.abs(term) < EPS * Math.abs(sum)
              && Math.abs((a + n) * (b + n) * w) < Math.abs((c + n) * (n + 1)))) {
        return new double[] {Math.signum(sum), logScale + Math.log(Math.abs(sum)),
            logScale + Math.log(max)};
      }
    }
    return new double[] {Double.NaN, Double.NaN, Double.NaN};
  }

  /** log|Gamma(x)| for any real x that is not a non-positive integer (reflection for x < 0). */
  static double logAbsGamma(double x) {
    if (x > 0) {
      return Gamma.logGamma(x);
    }
    // Gamma(x) Gamma(1 - x) = pi / sin(pi x)
    return Math.log(Math.PI / Math.abs(FastMath.sin(Math.PI * x))) - Gamma.logGamma(1 - x);
  }

  /** The sign of Gamma(x): +1 for x > 0, alternating on the negative intervals. */
  static double gammaSign(double x) {
    if (x > 0) {
      return 1;
    }
    double k = Math.floor(x);
    // on (-1, 0) Gamma < 0, on (-2, -1) > 0, ...
    return ((long) -k) % 2 == 1 ? -1 : 1;
  }

  private static void positive(double v, String field) {
    if (!(v > 0) || !Double.isFinite(v)) {
      throw new InvalidValueException(field, v, "a finite number > 0");
    }
  }
}
