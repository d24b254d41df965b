package org.completecrm.analytics.value;

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
 */
final class BetaGeometric {
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
    double c = a + bPrime - 1;
    double first = c * Numerics.oneMinusExpOver(a - 1, -logOneMinusZ);
    double term = (c - m) * z;
    double sum = term;
    double logScale = 0;
    for (int n = 1; n < 2_000_000; n++) {
      double ratio = (c - m + n) * (a + n - 1) * z / ((c + n) * (n + 1));
      term *= ratio;
      sum += term;
      if (Math.abs(sum) > RESCALE || Math.abs(term) > RESCALE) {
        sum /= RESCALE;
        term /= RESCALE;
        logScale += Math.log(RESCALE);
      }
      if (term == 0 || (Math.abs(term) <= 1e-17 * Math.abs(sum) && Math.abs(ratio) < 1)) {
        break;
      }
    }
    if (sum == 0) {
      return Math.max(0, first);
    }
    double second = Math.signum(sum) * Math.exp((a - 1) * logOneMinusZ + logScale + Math.log(Math.abs(sum)));
    double e = first - second;
    return e > 0 && Double.isFinite(e) ? e : Math.max(0, Double.isFinite(e) ? e : 0);
  }
}
