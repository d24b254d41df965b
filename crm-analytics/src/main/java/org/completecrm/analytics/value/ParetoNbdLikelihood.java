package org.completecrm.analytics.value;

import org.completecrm.analytics.internal.Chunks;
import org.hipparchus.special.Gamma;

/**
 * The Pareto/NBD log-likelihood of grouped summaries with its analytic gradient in {@code (r,
 * alpha, s, beta)}, for Newton's method.
 *
 * <p>The likelihood (Fader and Hardie 2005, "A note on deriving the Pareto/NBD model and related
 * expressions", eq. 19; Schmittlein, Morrison and Colombo 1987) is {@code L = Gamma(r+x) alpha^r
 * beta^s / Gamma(r) [(alpha+T)^-(r+x) (beta+T)^-s + s I]} with {@code I = J(t_x) - J(T)} and
 * {@code J(t) = int_t^inf (alpha+tau)^-(r+x) (beta+tau)^-(s+1) dtau}. Writing {@code beta + tau =
 * (alpha + tau)(1 - z)}, {@code z = (alpha - beta)/(alpha + tau)} (for {@code alpha >= beta};
 * the other case swaps the roles), and expanding {@code (1 - z)^-(s+1)} binomially gives, term by
 * term, the note's 2F1 expression divided by {@code a = r + s + x}:
 *
 * <pre>J(t) = (alpha + t)^-a sum_k c_k z^k / (a + k),   c_k = (s + 1)_k / k!,   z = (alpha - beta) / (alpha + t)</pre>
 *
 * <p>({@code c_k = (r + x)_k / k!}, {@code z = (beta - alpha)/(beta + t)} and {@code beta + t}
 * for {@code beta > alpha}). Its derivatives are sums of the same terms: {@code d/da} brings
 * {@code -1/(a + k)}, {@code d/db} of {@code log c_k} is {@code h_k = sum_{j<k} 1/(b + j)}, and
 * {@code dz} brings {@code k/z}. So one pass over the series gives {@code log J} and its four
 * derivatives, once per distinct {@code (x, t)} pair. Where the two J are within 1% of each other
 * (a last purchase just before T) or a series does not converge within {@link #MAX_TERMS} terms,
 * I and its derivatives ({@code -int log(alpha + tau) f}, {@code -(r + x) int f / (alpha + tau)},
 * ...) are integrated by composite Gauss-Legendre quadrature instead ({@link
 * ParetoNbdIntegral}). The terms of the frequency alone are computed once per distinct x.
 *
 * <p>Buffers for the pair terms are allocated once per likelihood, so an evaluation allocates
 * only per-chunk sums. Results do not depend on the number of threads.
 */
final class ParetoNbdLikelihood implements Newton.Objective {
  /** Most series terms per pair before the quadrature is used instead (bounds the time). */
  static final int MAX_TERMS = ParetoNbdIntegral.MAX_TERMS;
  /** Below this difference of log J the difference would lose more than two digits. */
  static final double CANCELLATION = 0.01;
  private static final double EPS = 1e-17;
  private static final double OVERFLOW = 1e250;
  /** Values per pair: log J and its derivatives in r, alpha, s, beta. */
  private static final int STRIDE = 5;

  private final Grouped g;
  private final Chunks chunks;
  private final Grouped.TimeIndex ti;
  private final double[] atT;
  private final double[] atTx;
  /** Per pair: the index of its frequency in {@code g.xs}. */
  private final int[] xiT;
  private final int[] xiTx;
  private final ParetoNbdSeries series;

  ParetoNbdLikelihood(Grouped g, Chunks chunks) {
    this.g = g;
    this.chunks = chunks;
    this.ti = g.times();
    this.atT = new double[STRIDE * ti.xOfPairT.length];
    this.atTx = new double[STRIDE * ti.xOfPairTx.length];
    double[] tMin = new double[g.xs.length];
    java.util.Arrays.fill(tMin, Double.POSITIVE_INFINITY);
    xiT = indexPairs(g.xs, ti.xOfPairT, ti.tOfPairT, tMin);
    xiTx = indexPairs(g.xs, ti.xOfPairTx, ti.tOfPairTx, tMin);
    series = new ParetoNbdSeries(g.xs, tMin);
  }

  /** Each pair's frequency index; the smallest time per frequency into tMin. */
  private static int[] indexPairs(int[] xs, int[] xOfPair, double[] tOfPair, double[] tMin) {
    int[] index = new int[xOfPair.length];
    for (int k = 0; k < index.length; k++) {
      int i = java.util.Arrays.binarySearch(xs, xOfPair[k]);
      index[k] = i;
      tMin[i] = Math.min(tMin[i], tOfPair[k]);
    }
    return index;
  }

  /** The summed log-likelihood at {@code theta = (r, alpha, s, beta)}, its gradient into g. */
  @Override
  public double value(double[] theta, double[] gradient) {
    double r = theta[0];
    double alpha = theta[1];
    double s = theta[2];
    double beta = theta[3];
    series.prepare(r, alpha, s, beta);
    chunks.forEach(ti.xOfPairT.length, (from, to) -> {
      for (int k = from; k < to; k++) {
        series.logJ(r, alpha, s, beta, xiT[k], ti.tOfPairT[k], atT, STRIDE * k);
      }
    });
    chunks.forEach(ti.xOfPairTx.length, (from, to) -> {
      for (int k = from; k < to; k++) {
        series.logJ(r, alpha, s, beta, xiTx[k], ti.tOfPairTx[k], atTx, STRIDE * k);
      }
    });
    double logAlpha = Math.log(alpha);
    double logBeta = Math.log(beta);
    double common = -Gamma.logGamma(r) + r * logAlpha + s * logBeta;
    double psiR = Gamma.digamma(r);
    double sum = 0;
    double dr = 0;
    double weight = 0;
    for (int i = 0; i < g.xs.length; i++) {
      double wx = g.weightOfX[i];
      sum += wx * (common + Gamma.logGamma(r + g.xs[i]));
      dr += wx * (Gamma.digamma(r + g.xs[i]) - psiR + logAlpha);
      weight += wx;
    }
    double logS = Math.log(s);
    double[] tot = chunks.sum(g.size, STRIDE, (from, to, acc) -> {
      double[] q = new double[STRIDE];
      for (int i = from; i < to; i++) {
        addGroup(i, r, alpha, s, beta, logS, q, acc);
      }
    });
    gradient[0] = dr + tot[1];
    gradient[1] = weight * r / alpha + tot[2];
    gradient[2] = weight * logBeta + tot[3];
    gradient[3] = weight * s / beta + tot[4];
    return sum + tot[0];
  }

  /** Adds group i's weighted continuous terms and their derivatives into acc. */
  private void addGroup(int i, double r, double alpha, double s, double beta, double logS,
      double[] q, double[] acc) {
    int x = g.x[i];
    double tx = g.tx[i];
    double t = g.t[i];
    double w = g.w[i];
    double rx = r + x;
    double la = Math.log(alpha + t);
    double lb = Math.log(beta + t);
    double first = -rx * la - s * lb;
    double fr = -la;
    double fAlpha = -rx / (alpha + t);
    double fs = -lb;
    double fBeta = -s / (beta + t);
    if (!(t > tx)) {
      acc[0] += w * first;
      acc[1] += w * fr;
      acc[2] += w * fAlpha;
      acc[3] += w * fs;
      acc[4] += w * fBeta;
      return;
    }
    int kx = STRIDE * ti.pairTx[i];
    int kt = STRIDE * ti.pairT[i];
    double hi = atTx[kx];
    double lo = atT[kt];
    double logI;
    if (hi - lo >= CANCELLATION) {
      double rho = Math.exp(lo - hi);
      double d = lo - hi;
      logI = hi + (d > -0.693 ? Math.log(-Math.expm1(d)) : Math.log1p(-rho));
      double inv = 1 / (1 - rho);
      for (int j = 1; j < STRIDE; j++) {
        q[j] = (atTx[kx + j] - rho * atT[kt + j]) * inv;
      }
    } else {
      logI = ParetoNbdIntegral.logByQuadrature(r, alpha, s, beta, x, tx, t, q);
    }
    double second = logS + logI;
    double hiTerm = Math.max(first, second);
    double e = Math.exp(Math.min(first, second) - hiTerm);
    double p = (second >= first ? 1 : e) / (1 + e);
    acc[0] += w * (hiTerm + Math.log(1 + e));
    acc[1] += w * ((1 - p) * fr + p * q[1]);
    acc[2] += w * ((1 - p) * fAlpha + p * q[2]);
    acc[3] += w * ((1 - p) * fs + p * (1 / s + q[3]));
    acc[4] += w * ((1 - p) * fBeta + p * q[4]);
  }

  /**
   * {@code log J(t)} and its derivatives in {@code (r, alpha, s, beta)} into {@code out[off ..
   * off + 4]}; NaN in {@code out[off]} where the series does not converge within {@link
   * #MAX_TERMS} terms or would overflow.
   */
  static void logJ(double r, double alpha, double s, double beta, int x, double t, double[] out,
      int off) {
    double a = r + s + x;
    boolean alphaLarger = alpha >= beta;
    double big = alphaLarger ? alpha + t : beta + t;
    double z = (alphaLarger ? alpha - beta : beta - alpha) / big;
    double b = alphaLarger ? s + 1 : r + x;
    double s0 = 1 / a;
    double s1 = s0 / a;
    double s2 = 0;
    double s3 = 0;
    double q = 1;
    double h = 0;
    boolean converged = z == 0;
    for (int k = 1; k <= MAX_TERMS && !converged; k++) {
      h += 1 / (b + k - 1);
      q *= (b + k - 1) / k * z;
      double inv = 1 / (a + k);
      double term = q * inv;
      s0 += term;
      s1 += term * inv;
      s2 += term * h;
      s3 += term * k;
      if (s0 > OVERFLOW) {
        break;
      }
      // the following terms shrink at least by rho each (the weights k and h_k grow slower)
      double rho = Math.max((b + k) / (k + 1) * z, z) * (k + 2) / (k + 1);
      if (rho < 1) {
        double tail = term * rho / (1 - rho) * (k + 1) * (h + 1 / (b + k) + 1);
        converged = tail <= EPS * Math.min(Math.min(s0, s1 * (a + k)), Math.min(s2, s3));
      }
    }
    if (!converged) {
      out[off] = Double.NaN;
      return;
    }
    derivatives(a, big, alphaLarger ? beta + t : alpha + t, alphaLarger, s0, s1, s2,
        z == 0 ? b / (a + 1) : s3 / z, out, off);
  }

  /**
   * log J and its derivatives from the sums {@code s0 = sum A_k z^k}, {@code s1 = sum A_k z^k /
   * (a + k)}, {@code s2 = sum A_k h_k z^k} and {@code dz = sum k A_k z^(k-1)} ({@code A_k = c_k /
   * (a + k)}), where {@code big} is the larger and {@code small} the smaller of {@code alpha + t}
   * and {@code beta + t}.
   */
  static void derivatives(double a, double big, double small, boolean alphaLarger, double s0,
      double s1, double s2, double dz, double[] out, int off) {
    double logBig = Math.log(big);
    double common = -logBig - s1 / s0;
    double byZ = dz / s0;
    double own = -a / big + byZ * small / (big * big);
    double other = -byZ / big;
    double ofB = s2 / s0;
    out[off] = -a * logBig + Math.log(s0);
    out[off + 1] = alphaLarger ? common : common + ofB;
    out[off + 2] = alphaLarger ? own : other;
    out[off + 3] = alphaLarger ? common + ofB : common;
    out[off + 4] = alphaLarger ? other : own;
  }
}
