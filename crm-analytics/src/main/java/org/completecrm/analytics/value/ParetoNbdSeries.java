package org.completecrm.analytics.value;

/**
 * The series of {@link ParetoNbdLikelihood}'s {@code J(t) = big^-a sum_k c_k z^k / (a + k)} and
 * of the three sums its derivatives need, as polynomials in z: their coefficients depend on the
 * frequency alone, so they are built once per distinct frequency per evaluation, and each
 * distinct {@code (x, t)} pair costs one Horner pass (four multiply-adds a term) instead of a
 * series with three divisions a term.
 *
 * <p>A frequency's polynomials are cut where the tail is below {@code 1e-17} of each sum's first
 * term at the largest z of its pairs (capped at {@link #Z_LIMIT}); since every tail relative to
 * its first term grows with z, that bound holds at every smaller z. Pairs beyond the cap, and
 * frequencies whose coefficients would need more than {@link #MAX_DEGREE} terms or overflow, are
 * summed term by term by {@link ParetoNbdLikelihood#logJ}.
 */
final class ParetoNbdSeries {
  /** Pairs with a larger z are summed term by term (they need many terms). */
  static final double Z_LIMIT = 0.5;
  static final int MAX_DEGREE = 1000;
  private static final double EPS = 1e-17;
  private static final double OVERFLOW = 1e250;
  /** Coefficients per term: of the sum, of the r- or s-derivative, of h_k, and of d/dz. */
  private static final int PER_TERM = 4;

  private final int[] xs;
  private final double[] tMin;
  private final int[] offset;
  private final int[] degree;
  private final double[] zLimit;
  private double[] coef = new double[256];
  /** Per frequency and piece of {@link ParetoNbdPieces}: offset into pieceCoef and degree. */
  private final int[] pieceOffset;
  private final int[] pieceDegree;
  private double[] pieceCoef = new double[1024];

  /**
   * Polynomials for the distinct frequencies {@code xs}, whose pairs' smallest times are {@code
   * tMin}.
   */
  ParetoNbdSeries(int[] xs, double[] tMin) {
    this.xs = xs;
    this.tMin = tMin;
    offset = new int[xs.length];
    degree = new int[xs.length];
    zLimit = new double[xs.length];
    pieceOffset = new int[xs.length * ParetoNbdPieces.count()];
    pieceDegree = new int[xs.length * ParetoNbdPieces.count()];
  }

  /** Builds every frequency's coefficients at the parameters (single-threaded, cheap). */
  void prepare(double r, double alpha, double s, double beta) {
    boolean alphaLarger = alpha >= beta;
    double diff = alphaLarger ? alpha - beta : beta - alpha;
    double top = alphaLarger ? alpha : beta;
    int used = 0;
    int usedPieces = 0;
    int pieces = ParetoNbdPieces.count();
    for (int i = 0; i < xs.length; i++) {
      double yTop = 1 - diff / (top + tMin[i]);
      for (int j = 0; j < pieces; j++) {
        int p = i * pieces + j;
        pieceDegree[p] = -1;
        if (ParetoNbdPieces.Y[j] > yTop) {
          int need = usedPieces + ParetoNbdPieces.PER_TERM * (ParetoNbdPieces.MAX_DEGREE + 2);
          if (need > pieceCoef.length) {
            pieceCoef = java.util.Arrays.copyOf(pieceCoef, Math.max(need, 2 * pieceCoef.length));
          }
          int n = ParetoNbdPieces.build(r + s + xs[i], alphaLarger ? s + 1 : r + xs[i], j,
              pieceCoef, usedPieces);
          pieceOffset[p] = usedPieces;
          pieceDegree[p] = n;
          usedPieces += n < 0 ? 0 : ParetoNbdPieces.PER_TERM * (n + 1);
        }
      }
      int x = xs[i];
      double a = r + s + x;
      double b = alphaLarger ? s + 1 : r + x;
      double zl = Math.min(diff / (top + tMin[i]), Z_LIMIT);
      zLimit[i] = zl;
      offset[i] = used;
      degree[i] = -1;
      // term 0, then terms until the tail at zl is negligible; the d/dz coefficient of term k
      // is (k + 1) A_{k+1}, written when A_{k+1} is known
      double first = Math.min(1 / a, zl * Math.min(1, b) / (a + 1));
      double c = 1;
      double h = 0;
      double zk = 1;
      boolean done = false;
      used = put(used, 1 / a, 1 / (a * a), 0);
      for (int k = 1; k <= MAX_DEGREE + 1; k++) {
        h += 1 / (b + k - 1);
        c *= (b + k - 1) / k;
        double ak = c / (a + k);
        if (!(ak <= OVERFLOW)) {
          break;
        }
        coef[used - PER_TERM + 3] = k * ak;
        if (done) {
          degree[i] = k - 1;
          break;
        }
        used = put(used, ak, ak / (a + k), ak * h);
        zk *= zl;
        double rho = Math.max((b + k) / (k + 1) * zl, zl) * (k + 2) / (k + 1);
        done = rho < 1
            && ak * zk * rho / (1 - rho) * (k + 1) * (h + 1 / (b + k) + 1) <= EPS * first;
      }
      if (degree[i] < 0) {
        used = offset[i];
      }
    }
  }

  /** Appends one term's first three coefficients (the fourth is set with the next term). */
  private int put(int used, double p0, double p1, double p2) {
    if (used + 2 * PER_TERM > coef.length) {
      coef = java.util.Arrays.copyOf(coef, 2 * coef.length + 2 * PER_TERM);
    }
    coef[used] = p0;
    coef[used + 1] = p1;
    coef[used + 2] = p2;
    coef[used + 3] = 0;
    return used + PER_TERM;
  }

  /**
   * {@code log J(t)} and its derivatives in {@code (r, alpha, s, beta)} into {@code out[off ..
   * off + 4]} for the frequency of index {@code xi}, as {@link ParetoNbdLikelihood#logJ}.
   */
  void logJ(double r, double alpha, double s, double beta, int xi, double t, double[] out,
      int off) {
    boolean alphaLarger = alpha >= beta;
    double big = alphaLarger ? alpha + t : beta + t;
    double z = (alphaLarger ? alpha - beta : beta - alpha) / big;
    int n = degree[xi];
    if (n < 0 || !(z <= zLimit[xi])) {
      if (z > Z_LIMIT) {
        int j = ParetoNbdPieces.pieceOf(z);
        int pieces = ParetoNbdPieces.count();
        if (j >= 0 && pieceDegree[xi * pieces + j] >= 0) {
          piece(r, alpha, s, beta, xi, j, z, t, out, off);
          return;
        }
      }
      ParetoNbdLikelihood.logJ(r, alpha, s, beta, xs[xi], t, out, off);
      return;
    }
    double s0 = 0;
    double s1 = 0;
    double s2 = 0;
    double dz = 0;
    double[] p = coef;
    for (int k = offset[xi] + PER_TERM * n; k >= offset[xi]; k -= PER_TERM) {
      s0 = s0 * z + p[k];
      s1 = s1 * z + p[k + 1];
      s2 = s2 * z + p[k + 2];
      dz = dz * z + p[k + 3];
    }
    double a = r + s + xs[xi];
    double small = alphaLarger ? beta + t : alpha + t;
    ParetoNbdLikelihood.derivatives(a, big, small, alphaLarger, s0, s1, s2, dz, out, off);
  }

  /** {@link #logJ} by piece j's Taylor polynomial (see {@link ParetoNbdPieces}). */
  private void piece(double r, double alpha, double s, double beta, int xi, int j, double z,
      double t, double[] out, int off) {
    int p = xi * ParetoNbdPieces.count() + j;
    int from = pieceOffset[p];
    double u = (z - ParetoNbdPieces.centre(j)) / ParetoNbdPieces.radius(j);
    double s0 = 0;
    double s1 = 0;
    double s2 = 0;
    double dz = 0;
    double[] q = pieceCoef;
    for (int k = from + ParetoNbdPieces.PER_TERM * pieceDegree[p]; k >= from;
        k -= ParetoNbdPieces.PER_TERM) {
      s0 = s0 * u + q[k];
      s1 = s1 * u + q[k + 1];
      s2 = s2 * u + q[k + 2];
      dz = dz * u + q[k + 3];
    }
    boolean alphaLarger = alpha >= beta;
    double big = alphaLarger ? alpha + t : beta + t;
    double small = alphaLarger ? beta + t : alpha + t;
    ParetoNbdLikelihood.derivatives(r + s + xs[xi], big, small, alphaLarger, s0, s1, s2, dz, out,
        off);
  }
}
