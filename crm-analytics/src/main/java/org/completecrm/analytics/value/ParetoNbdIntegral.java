package org.completecrm.analytics.value;

import org.hipparchus.analysis.integration.gauss.GaussIntegrator;
import org.hipparchus.analysis.integration.gauss.GaussIntegratorFactory;

/**
 * The Pareto/NBD likelihood's integral {@code I = int_{t_x}^{T} f}, {@code f(tau) = (alpha +
 * tau)^-(r+x) (beta + tau)^-(s+1)}, in log space, by two bounded methods (see {@link
 * ParetoNbdLikelihood} for the series): {@code I = J(t_x) - J(T)} with {@code J(t) = int_t^inf
 * f} summed as its series, or composite Gauss-Legendre quadrature of f. Neither runs longer than
 * a fixed number of steps for any accepted parameters and summary, and neither gives NaN where
 * the other is used: a series that does not converge within {@link #MAX_TERMS} terms (z near or
 * rounded to 1) or would overflow gives NaN, and the caller integrates.
 */
final class ParetoNbdIntegral {
  /** Most terms of a series before the quadrature is used instead. */
  static final int MAX_TERMS = 400;
  private static final double EPS = 1e-17;
  private static final double OVERFLOW = 1e250;
  /** The rest of the integral is dropped below e^-41 (1.6e-18) of the part summed. */
  private static final double NEGLIGIBLE = 41;
  /** The nodes of the 16-point Gauss-Legendre rule on [-1, 1] and the logs of its weights. */
  private static final double[] NODES;
  private static final double[] LOG_WEIGHTS;

  static {
    GaussIntegrator gl = new GaussIntegratorFactory().legendre(16, -1, 1);
    NODES = new double[gl.getNumberOfPoints()];
    LOG_WEIGHTS = new double[gl.getNumberOfPoints()];
    for (int i = 0; i < NODES.length; i++) {
      NODES[i] = gl.getPoint(i);
      LOG_WEIGHTS[i] = Math.log(gl.getWeight(i));
    }
  }

  private ParetoNbdIntegral() {}

  /**
   * {@code log J(t) = -a log(big) + log sum_k c_k z^k / (a + k)} (value only); NaN where the
   * series does not converge within {@link #MAX_TERMS} terms or would overflow.
   */
  static double logJ(double r, double alpha, double s, double beta, int x, double t) {
    double a = r + s + x;
    boolean alphaLarger = alpha >= beta;
    double big = alphaLarger ? alpha + t : beta + t;
    double z = (alphaLarger ? alpha - beta : beta - alpha) / big;
    double b = alphaLarger ? s + 1 : r + x;
    double s0 = 1 / a;
    double q = 1;
    for (int k = 1; k <= MAX_TERMS && z > 0; k++) {
      q *= (b + k - 1) / k * z;
      double term = q / (a + k);
      s0 += term;
      if (!(s0 <= OVERFLOW)) {
        return Double.NaN;
      }
      double rho = Math.max((b + k) / (k + 1) * z, z);
      if (rho < 1 && term * rho / (1 - rho) <= EPS * s0) {
        return -a * Math.log(big) + Math.log(s0);
      }
    }
    return z > 0 ? Double.NaN : -a * Math.log(big) + Math.log(s0);
  }

  /**
   * log I by composite 16-point Gauss-Legendre quadrature on {@code [t_x, T]}, with {@code d log
   * I / d(r, alpha, s, beta)} into {@code grad[1..4]} unless grad is null.
   *
   * <p>Pieces are no longer than half their start's distance to the integrand's nearest
   * singularity ({@code -min(alpha, beta)}), so that f is analytic well beyond each, nor than
   * lets {@code log f} fall by more than 2 across one, so that a steep f is resolved. f falls
   * monotonically, so the integration stops where {@code f(from) (T - from)}, a bound of the
   * rest, is below e^-41 of the part summed. Either kind of piece advances the start by a factor
   * or cuts f by one, so the pieces are bounded (a few hundred at the ends of the accepted
   * parameters, one for a short interval).
   */
  static double logByQuadrature(double r, double alpha, double s, double beta, int x, double tx,
      double t, double[] grad) {
    if (!(t > tx)) {
      return Double.NEGATIVE_INFINITY;
    }
    double m = Math.min(alpha, beta);
    double e1 = r + x;
    double e2 = s + 1;
    double max = Double.NEGATIVE_INFINITY;
    double sum = 0;
    double sr = 0;
    double sa = 0;
    double ss = 0;
    double sb = 0;
    double from = tx;
    while (from < t) {
      double len = Math.min(0.5 * (m + from), 2 / (e1 / (alpha + from) + e2 / (beta + from)));
      double to = Math.min(t, Math.max(from + len, Math.nextUp(from)));
      double half = (to - from) / 2;
      double mid = (to + from) / 2;
      double logHalf = Math.log(half);
      for (int i = 0; i < NODES.length; i++) {
        double tau = mid + half * NODES[i];
        double la = Math.log(alpha + tau);
        double lb = Math.log(beta + tau);
        double l = LOG_WEIGHTS[i] + logHalf - e1 * la - e2 * lb;
        if (l > max) {
          double scale = Math.exp(max - l);
          sum *= scale;
          sr *= scale;
          sa *= scale;
          ss *= scale;
          sb *= scale;
          max = l;
        }
        double f = Math.exp(l - max);
        sum += f;
        if (grad != null) {
          sr += f * la;
          sa += f / (alpha + tau);
          ss += f * lb;
          sb += f / (beta + tau);
        }
      }
      from = to;
      if (from < t && -e1 * Math.log(alpha + from) - e2 * Math.log(beta + from)
          + Math.log(t - from) < max + Math.log(sum) - NEGLIGIBLE) {
        break;
      }
    }
    if (grad != null) {
      grad[1] = -sr / sum;
      grad[2] = -e1 * sa / sum;
      grad[3] = -ss / sum;
      grad[4] = -e2 * sb / sum;
    }
    return max + Math.log(sum);
  }
}
