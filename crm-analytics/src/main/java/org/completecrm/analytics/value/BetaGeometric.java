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
 * <p>Cost: the terms of this series peak near {@code n = ((a - 1) z - 1) / (1 - z)} and then fall
 * about as {@code z^n}, so near {@code z = 1} (a horizon long against {@code alpha + T}) it needs
 * hundreds of thousands of terms, and a discounted CLV evaluates it once per period. Beyond 20,000
 * estimated terms the closed forms are evaluated through {@link Hypergeometric#log2F1}, whose
 * transformation to {@code 1 - z} converges fast there. The series is not summed when its terms
 * still grow at {@link #PEAK_LIMIT}, and never beyond {@link #MAX_TERMS} terms: beyond, the value is the limit at {@code z -> 1} (for the Pfaff form, {@code [c
 * - m B(a, m + 1 - a) / B(a, b') (1 - z)^(a-1)] / (a - 1)}, from Gauss's sum of its series at {@code
 * z = 1}; see {@code nearOne}), whose relative error is of the order of {@code (1 - z)^q}; when that
 * bound exceeds {@link #LIMIT_TOLERANCE} the horizon is refused with a typed error, never answered
 * with a truncated sum.
 *
 * <p>Both forms subtract nearly equal quantities when {@code b'} is huge (a dropout probability
 * near 0, {@code b} of the order of 1e10): they then keep about {@code 16 - log10(b' / E)}
 * digits.
 */
final class BetaGeometric {
  /** Most terms the series sums; beyond, the limit at z -> 1 or a refusal, never a truncated sum. */
  static final int MAX_TERMS = 2_000_000;
  /**
   * Latest index at which the series' terms may still grow: a later peak (a rate or a horizon
   * enormous against the other parameters) is not summed, since a discounted CLV would sum it
   * once per period; the limit or a refusal answers at once.
   */
  static final int PEAK_LIMIT = 200_000;
  /** Largest relative error accepted from the limit at z -> 1 (twice its (1 - z)^q estimate). */
  static final double LIMIT_TOLERANCE = 1e-6;
  /** Terms beyond which the closed forms through {@link Hypergeometric} are tried first. */
  private static final double SERIES_TERMS = 20_000;
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
    // The series' terms grow while their ratio exceeds 1 and then fall about as z^n: ~40 / (1 - z) more to 1e-17.
    double pfaffTerms = lastGrowingTerm(a, bPrime, m, z) + 40 / Math.exp(logOneMinusZ);
    double e = Double.NaN;
    if (pfaffTerms > SERIES_TERMS) {
      e = nearOneByTransformation(a, bPrime, m, z, logOneMinusZ);
    }
    if (Double.isNaN(e) && pfaffTerms <= MAX_TERMS) {
      e = pfaffForm(a, bPrime, m, z, logOneMinusZ);
    }
    return Double.isNaN(e) ? nearOne(a, bPrime, m, logOneMinusZ) : e;
  }

  /**
   * The largest power of two below {@link #PEAK_LIMIT} at which the series' terms still grow in size
   * (0 if none), infinity if they still grow at {@code PEAK_LIMIT}: where its peak lies, to within a
   * factor of two, from 18 ratios instead of a sum.
   */
  private static double lastGrowingTerm(double a, double bPrime, double m, double z) {
    double last = 0;
    for (double n = 1; n < PEAK_LIMIT; n *= 2) {
      if (grows(a, bPrime, m, z, n)) {
        last = n;
      }
    }
    return grows(a, bPrime, m, z, PEAK_LIMIT) ? Double.POSITIVE_INFINITY : last;
  }

  private static boolean grows(double a, double bPrime, double m, double z, double n) {
    double c = a + bPrime - 1;
    return Math.abs((c - m + n) * (a + n - 1) * z) >= Math.abs((c + n) * (n + 1));
  }

  /**
   * Either closed form through {@link Hypergeometric#log2F1}, whose transformation to {@code 1 - z}
   * converges fast near {@code z = 1}: the Pfaff form {@code c / (a - 1) [1 - (1 - z)^(a-1) 2F1(c -
   * m, a - 1; c; z)]} (needs {@code a > 1}, {@code c > m}) or the paper's form (needs {@code c > 0});
   * NaN when neither applies ({@code z} rounded to 1 included), converges, or keeps its bracket to
   * 1e-9. Agrees with the series to about 1e-7 relative (the transformation's gamma functions of
   * large arguments): it is used only where the series would need over 20,000 terms.
   */
  static double nearOneByTransformation(double a, double bPrime, double m, double z, double logOneMinusZ) {
    double c = a + bPrime - 1;
    double e = Double.NaN;
    if (z >= 1) {
      return e;
    }
    if (a > 1 && c - m > 0) {
      e = closedForm(c, a, (a - 1) * logOneMinusZ, Hypergeometric.log2F1(c - m, a - 1, c, z));
    }
    if (Double.isNaN(e) && c > 0 && Math.abs(a - 1) > 1e-9) {
      e = closedForm(c, a, m * logOneMinusZ, Hypergeometric.log2F1(m, bPrime, c, z));
    }
    return e;
  }

  /** {@code c / (a - 1) [1 - exp(power + logF)]}, or NaN when not finite or the bracket loses more than 1e-9. */
  private static double closedForm(double c, double a, double power, double logF) {
    double x = power + logF;
    double bracket = -Math.expm1(x);
    double e = c / (a - 1) * bracket;
    boolean accurate = 1e-15 * (Math.abs(power) + Math.abs(logF) + 1) <= 1e-9 * Math.abs(bracket);
    return Double.isFinite(e) && e >= 0 && accurate ? e : Double.NaN;
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
