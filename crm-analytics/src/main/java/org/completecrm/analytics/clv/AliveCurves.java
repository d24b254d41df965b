package org.completecrm.analytics.clv;

import org.completecrm.analytics.value.TransactionModel;
import org.jspecify.annotations.Nullable;

/**
 * The alive customer's expected purchases over the horizon and their discounted sum, as
 * functions of the age T for each frequency x of a customer base, by piecewise Chebyshev
 * interpolation: scoring a real base, where nearly every customer has their own T, then costs a
 * polynomial per customer instead of a hypergeometric series (or one per period for a
 * discounted CLV).
 *
 * <p>Design note. For each distinct x, the range of T in the base is cut into 2^k equal pieces,
 * k = 0, 1, ..., and on each piece the two functions are interpolated at {@link #NODES}
 * Chebyshev points; a piece is accepted when the interpolant agrees with the exact functions to
 * {@link #TOLERANCE} relative at {@link #CHECKS} further points between the nodes. The functions
 * are analytic in T on [0, inf) (their nearest singularity lies at T = -alpha - horizon), so a
 * few pieces suffice; an x whose range needs more than {@link #MAX_PIECES} pieces is computed
 * exactly per customer instead. Nothing depends on the number of threads: the curves are built
 * once, before the rows are scored.
 */
final class AliveCurves {
  static final int NODES = 16;
  static final int CHECKS = 15;
  static final double TOLERANCE = 1e-12;
  static final int MAX_PIECES = 256;

  private final int[] curveOfX;
  private final double[] lo;
  private final double[] invWidth;
  private final int[] pieces;
  /** Per curve, per piece, per function: NODES Chebyshev coefficients. */
  private final double[][] coefficients;

  private AliveCurves(int[] curveOfX, double[] lo, double[] invWidth, int[] pieces,
      double[][] coefficients) {
    this.curveOfX = curveOfX;
    this.lo = lo;
    this.invWidth = invWidth;
    this.pieces = pieces;
    this.coefficients = coefficients;
  }

  /** The curves of the given frequencies over their ages' ranges. */
  static AliveCurves build(TransactionModel model, int[] frequency, double[] minAge,
      double[] maxAge, double horizon, double discountRate) {
    int maxX = -1;
    for (int i = 0; i < frequency.length; i++) {
      maxX = Math.max(maxX, frequency[i]);
    }
    int[] curveOfX = new int[maxX + 1];
    java.util.Arrays.fill(curveOfX, -1);
    int n = frequency.length;
    double[] lo = new double[n];
    double[] invWidth = new double[n];
    int[] pieces = new int[n];
    double[][] coefficients = new double[n][];
    for (int c = 0; c < n; c++) {
      int x = frequency[c];
      lo[c] = minAge[c];
      for (int k = 1; k <= MAX_PIECES; k *= 2) {
        double width = (maxAge[c] - minAge[c]) / k;
        double[] coef = fit(model, x, minAge[c], width, k, horizon, discountRate);
        if (coef != null) {
          pieces[c] = k;
          invWidth[c] = width > 0 ? 1 / width : 0;
          coefficients[c] = coef;
          curveOfX[x] = c;
          break;
        }
      }
    }
    return new AliveCurves(curveOfX, lo, invWidth, pieces, coefficients);
  }

  /** Whether frequency x has a curve (else its customers are computed exactly). */
  boolean covers(int x) {
    return x < curveOfX.length && curveOfX[x] >= 0;
  }

  /** {E[Y(H)] if alive, the discounted sum} at age t for frequency x (which it covers). */
  void at(int x, double t, double[] out) {
    int c = curveOfX[x];
    int k = pieces[c];
    double s = (t - lo[c]) * invWidth[c];
    int piece = Math.min(k - 1, Math.max(0, (int) s));
    double u = 2 * (s - piece) - 1;
    double[] coef = coefficients[c];
    int base = piece * 2 * NODES;
    out[0] = clenshaw(coef, base, u);
    out[1] = clenshaw(coef, base + NODES, u);
  }

  private static double clenshaw(double[] c, int base, double u) {
    double b1 = 0;
    double b2 = 0;
    double u2 = 2 * u;
    for (int j = NODES - 1; j >= 1; j--) {
      double b = c[base + j] + u2 * b1 - b2;
      b2 = b1;
      b1 = b;
    }
    return c[base] + u * b1 - b2;
  }

  /** The coefficients of k pieces, or null when one misses the tolerance. */
  private static double @Nullable [] fit(TransactionModel model, int x, double from, double width, int k,
      double horizon, double discountRate) {
    double[] coef = new double[k * 2 * NODES];
    double[] values = new double[2 * NODES];
    double[] probe = new double[2];
    for (int p = 0; p < k; p++) {
      double a = from + p * width;
      for (int j = 0; j < NODES; j++) {
        double u = Math.cos(Math.PI * (j + 0.5) / NODES);
        double[] v = CustomerValues.aliveCurve(model, x, a + (u + 1) / 2 * width, horizon,
            discountRate);
        values[j] = v[0];
        values[NODES + j] = v[1];
      }
      int base = p * 2 * NODES;
      for (int f = 0; f < 2; f++) {
        for (int m = 0; m < NODES; m++) {
          double sum = 0;
          for (int j = 0; j < NODES; j++) {
            sum += values[f * NODES + j] * Math.cos(Math.PI * m * (j + 0.5) / NODES);
          }
          coef[base + f * NODES + m] = (m == 0 ? 1.0 : 2.0) / NODES * sum;
        }
      }
      if (width == 0) {
        continue;
      }
      for (int j = 0; j < CHECKS; j++) {
        double u = Math.cos(Math.PI * (j + 0.5) / CHECKS) * 0.999;
        double[] exact = CustomerValues.aliveCurve(model, x, a + (u + 1) / 2 * width, horizon,
            discountRate);
        probe[0] = clenshaw(coef, base, u);
        probe[1] = clenshaw(coef, base + NODES, u);
        for (int f = 0; f < 2; f++) {
          if (Math.abs(probe[f] - exact[f]) > TOLERANCE * Math.abs(exact[f]) + Double.MIN_NORMAL
              || !Double.isFinite(probe[f])) {
            return null;
          }
        }
      }
    }
    return coef;
  }
}
