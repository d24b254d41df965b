package org.completecrm.analytics.value;

import org.completecrm.core.InvalidValueException;
import org.hipparchus.special.Beta;

/**
 * The expected purchases of an alive BG/NBD-type customer, shared by BG/NBD and MBG/NBD.
 *
 * <p>Given alive, a customer with purchase rate lambda and dropout probability p makes {@code (1
 * - exp(-lambda p t)) / p} purchases in expectation over the next t periods (Fader, Hardie and
 * Lee 2005a, eq. 7). With the posterior {@code lambda ~ Gamma(m, alpha + T)} and {@code p ~
 * Beta(a, b')}, the lambda-expectation is {@code (1 - (1 + k p)^-m) / p} with {@code k = t /
 * (alpha + T)}, and the p-expectation is the paper's {@code (c / (a - 1)) [1 - (1 -
 * z)^m 2F1(m, b'; c; z)]} with {@code c = a + b' - 1}, {@code z = k / (1 + k)} (their eq. 10).
 * That form divides by {@code a - 1} and breaks for {@code c <= 0} (x = 0 and a + b < 1: the NaN
 * of other packages). Applying Pfaff's transformation to the other numerator parameter (A&S
 * 15.3.5) instead gives {@code (c / (a - 1)) [1 - (1 - z)^(a-1) 2F1(c - m, a - 1; c; z)]}, and
 * expanding the series cancels both singular factors exactly:
 *
 * <pre>
 *   E = c [1 - (1 - z)^(a-1)] / (a - 1)
 *       - (1 - z)^(a-1) sum_{n>=1} (c - m)_n (a)_(n-1) z^n / ((c + 1)_(n-1) n!)
 * </pre>
 *
 * where {@code (c + 1)_(n-1) > 0} because {@code c > -1} always, and the first term has a
 * removable limit at {@code a = 1}. This form is finite for every {@code a, b' > 0}.
 *
 * <p>Cost: the terms of this series peak near {@code n = ((a - 1) z - 1) / (1 - z)}, so a large
 * {@code a} with {@code z} near 1 needs millions of terms. There the paper's own form, whose
 * terms peak near {@code ((m - 1) z - 1) / (1 - z)}, is summed instead when it is the cheaper (it
 * needs {@code a > 1}; its bracket {@code 1 - exp(...)} is taken with {@code expm1}). No series
 * sums more than {@link #MAX_TERMS} terms: beyond, the value is the limit at {@code z -> 1}
 * (for the Pfaff form, {@code [c - m B(a, m + 1 - a) / B(a, b') (1 - z)^(a-1)] / (a - 1)}, from
 * Gauss's sum of its series at {@code z = 1}; see {@code nearOne}), whose relative error is of the
 * order of {@code (1 - z)^q}; when that bound exceeds {@link #LIMIT_TOLERANCE} the horizon is
 * refused with a typed error, never answered with a truncated sum.
 *
 * <p>Both forms subtract nearly equal quantities when {@code b'} is huge (a dropout probability
 * near 0, {@code b} of the order of 1e10): they then keep about {@code 16 - log10(b' / E)}
 * digits.
 */
final class BetaGeometric {
  /** Most terms one expectation sums; beyond, the limit at z -> 1 or a refusal. */
  static final int MAX_TERMS = 1_000_000;
  /** Largest relative error accepted from the limit at z -> 1 (twice its (1 - z)^q estimate). */
  static final double LIMIT_TOLERANCE = 1e-6;
  /** Peak index beyond which the cheaper of the two series forms is chosen. */
  private static final double SWITCH_PEAK = 20_000;
  private static final double RESCALE = 1e250;

  private BetaGeometric() {}

  /**
   * The same over {@code horizon} periods with {@code z = horizon / (scale + horizon)}, {@code 1 -
   * z} kept exact in log space: a horizon of 1e20 gives the long-run value, not the 0 of a {@code z}
   * rounded to 1.
   */
  static double alivePurchasesOver(double a, double bPrime, double m, double horizon, double scale) {
    if (horizon <= 0) {
      return 0;
    }
    return alivePurchases(a, bPrime, m, horizon / (scale + horizon), -Math.log1p(horizon / scale));
  }

  /** E over p ~ Beta(a, bPrime) of (1 - (1 - z)^m... ): see the class comment. */
  static double alivePurchases(double a, double bPrime, double m, double z) {
    return z <= 0 ? 0 : alivePurchases(a, bPrime, m, z, Math.log1p(-z));
  }

  private static double alivePurchases(double a, double bPrime, double m, double z, double logOneMinusZ) {
    if (z <= 0) {
      return 0;
    }
    double oneMinusZ = Math.exp(logOneMinusZ);
    double pfaffPeak = ((a - 1) * z - 1) / oneMinusZ;
    double gaussPeak = a > 1 ? ((m - 1) * z - 1) / oneMinusZ : Double.POSITIVE_INFINITY;
    boolean gauss = pfaffPeak > SWITCH_PEAK && gaussPeak < pfaffPeak;
    // At least 1 / (1 - z) terms before z^n has fallen by a factor e: beyond the budget, go straight to the limit.
    double leastTerms = Math.max(0, Math.min(pfaffPeak, gaussPeak)) + 1 / oneMinusZ;
    double e = leastTerms > MAX_TERMS ? Double.NaN
        : gauss ? gaussForm(a, bPrime, m, z, logOneMinusZ) : pfaffForm(a, bPrime, m, z, logOneMinusZ);
    return Double.isNaN(e) ? nearOne(a, bPrime, m, logOneMinusZ) : e;
  }

  /** The series of the class comment; NaN when it has not converged within {@link #MAX_TERMS}. */
  static double pfaffForm(double a, double bPrime, double m, double z, double logOneMinusZ) {
    double c = a + bPrime - 1;
    double first = c * Numerics.oneMinusExpOver(a - 1, -logOneMinusZ);
    double term = (c - m) * z;
    double sum = term;
    double logScale = 0;
    boolean converged = term == 0;
    for (int n = 1; n < MAX_TERMS && !converged; n++) {
      double ratio = (c - m + n) * (a + n - 1) * z / ((c + n) * (n + 1));
      term *= ratio;
      sum += term;
      if (Math.abs(sum) > RESCALE || Math.abs(term) > RESCALE) {
        sum /= RESCALE;
        term /= RESCALE;
        logScale += Math.log(RESCALE);
      }
      converged = term == 0 || (Math.abs(term) <= 1e-17 * Math.abs(sum) && Math.abs(ratio) < 1);
    }
    if (!converged) {
      return Double.NaN;
    }
    if (sum == 0) {
      return Math.max(0, first);
    }
    double second = Math.signum(sum) * Math.exp((a - 1) * logOneMinusZ + logScale + Math.log(Math.abs(sum)));
    double e = first - second;
    return e > 0 && Double.isFinite(e) ? e : Math.max(0, Double.isFinite(e) ? e : 0);
  }

  /**
   * The paper's form {@code c / (a - 1) [1 - (1 - z)^m 2F1(m, b'; c; z)]} for {@code a > 1}, every
   * term of its series positive and summed in log space; NaN when not converged.
   */
  static double gaussForm(double a, double bPrime, double m, double z, double logOneMinusZ) {
    double c = a + bPrime - 1;
    double term = 1;
    double sum = 1;
    double logScale = 0;
    boolean converged = false;
    for (int n = 0; n < MAX_TERMS && !converged; n++) {
      double ratio = (m + n) * (bPrime + n) * z / ((c + n) * (n + 1));
      term *= ratio;
      sum += term;
      if (sum > RESCALE) {
        sum /= RESCALE;
        term /= RESCALE;
        logScale += Math.log(RESCALE);
      }
      converged = term <= 1e-17 * sum && ratio < 1;
    }
    if (!converged) {
      return Double.NaN;
    }
    double e = c / (a - 1) * -Math.expm1(m * logOneMinusZ + logScale + Math.log(sum));
    return Double.isFinite(e) ? Math.max(0, e) : Double.NaN;
  }

  /**
   * The limit at z -> 1 of the class comment, or a typed refusal where it is not accurate. Two
   * limits, each from Gauss's sum of one form's series at z = 1 (A&S 15.1.20): the Pfaff form's for
   * {@code m > a - 1}, error of order {@code (1 - z)^(min(1, m + 1 - a) + max(0, a - 1))}; the
   * paper's form's, {@code c / (a - 1) [1 - (1 - z)^m B(a - 1 - m, b') / B(a - 1, b')]}, for {@code
   * a - 1 > m}, error of order {@code (1 - z)^(m + min(1, a - 1 - m))}.
   */
  private static double nearOne(double a, double bPrime, double m, double logOneMinusZ) {
    double c = a + bPrime - 1;
    double pfaffOrder = m + 1 - a > 0 && Math.abs(a - 1) > 1e-6
        ? Math.min(1, m + 1 - a) + Math.max(0, a - 1) : Double.NEGATIVE_INFINITY;
    double gaussOrder = a - 1 - m > 0 ? m + Math.min(1, a - 1 - m) : Double.NEGATIVE_INFINITY;
    double order = Math.max(pfaffOrder, gaussOrder);
    if (order > 0 && Math.log(2) + order * logOneMinusZ <= Math.log(LIMIT_TOLERANCE)) {
      double e;
      if (pfaffOrder >= gaussOrder) {
        double logMr = Math.log(m) + Beta.logBeta(a, m + 1 - a) - Beta.logBeta(a, bPrime);
        e = (c - Math.exp(logMr + (a - 1) * logOneMinusZ)) / (a - 1);
      } else {
        double logG = Beta.logBeta(a - 1 - m, bPrime) - Beta.logBeta(a - 1, bPrime);
        e = c / (a - 1) * -Math.expm1(m * logOneMinusZ + logG);
      }
      if (Double.isFinite(e) && e >= 0) {
        return e;
      }
    }
    throw new InvalidValueException("horizon / (alpha + T)", Math.expm1(-logOneMinusZ),
        "a horizon whose expected purchases converge within " + MAX_TERMS
            + " series terms for these parameters, or one long enough for the long-run limit");
  }
}
