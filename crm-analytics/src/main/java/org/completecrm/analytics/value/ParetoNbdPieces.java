package org.completecrm.analytics.value;

/**
 * {@link ParetoNbdSeries}'s sums for {@code z} beyond {@link ParetoNbdSeries#Z_LIMIT}, where the
 * power series in z needs hundreds of terms: Taylor polynomials about the centres of fixed pieces
 * of {@code (Z_LIMIT, Z_MAX]}, built once per frequency per evaluation, so that each such pair
 * costs one short Horner pass instead of a long series (or the quadrature).
 *
 * <p>The sum {@code S(z) = sum_k c_k z^k / (a + k)}, {@code c_k = (b)_k / k!}, solves {@code z S'
 * + a S = (1 - z)^-b}; its derivative in a, {@code -S1} with {@code S1 = sum_k c_k z^k / (a +
 * k)^2}, solves {@code z S1' + a S1 = S}, and its derivative in b, {@code S2 = sum_k c_k h_k z^k
 * / (a + k)}, solves {@code z S2' + a S2 = -log(1 - z) (1 - z)^-b}. About a centre {@code c},
 * with {@code z = c + R u}, each equation gives the next Taylor coefficient from the previous
 * ones, {@code sigma_{m+1} = (e_m - (a + m) sigma_m) / (c (m + 1))} with {@code e_m} the
 * right-hand side's coefficient, from the sums' values at c (summed term by term, once per piece).
 * The only singularity of the sums is at {@code z = 1}, so about c they converge with ratio
 * {@code R / (1 - c)}: the pieces are {@code 1 - z} in {@code [y_{j+1}, y_j]}, {@code y_j = 0.5 /
 * 1.1^j}, which makes that ratio 1/21, and each polynomial is cut where its tail is below {@code
 * 1e-17} of each sum's smallest value on the piece (at its left end; the sums grow with z).
 * Where the sums vary so fast across a piece (large frequencies) that its polynomial would lose
 * more than two digits to cancellation, the piece is not used.
 */
final class ParetoNbdPieces {
  /** Pairs with a larger z are left to the term-by-term series or the quadrature. */
  static final double Z_MAX = 0.98;
  /** The ends of the pieces in {@code y = 1 - z}, descending from {@code 1 - Z_LIMIT}. */
  static final double[] Y;
  /** The ratio of the ends of a piece in y: 1.1 makes the ratio of convergence 1/21. */
  private static final double RATIO = 1.1;
  /** A polynomial whose terms sum (in magnitude) to more than this times the sum's value loses
   * more than two digits to cancellation, and is not used. */
  private static final double CONDITION = 100;
  private static final double EPS = 1e-17;
  private static final double OVERFLOW = 1e250;
  static final int MAX_DEGREE = 200;
  /** Most terms of a series summed at a centre or a left end. */
  private static final int MAX_TERMS = 20_000;
  /** Coefficients per term, as {@link ParetoNbdSeries}. */
  static final int PER_TERM = 4;

  static {
    int n = 0;
    for (double y = 1 - ParetoNbdSeries.Z_LIMIT; y > 1 - Z_MAX; y /= RATIO) {
      n++;
    }
    Y = new double[n + 1];
    Y[0] = 1 - ParetoNbdSeries.Z_LIMIT;
    for (int j = 1; j <= n; j++) {
      Y[j] = Y[j - 1] / RATIO;
    }
  }

  private ParetoNbdPieces() {}

  /** The number of pieces. */
  static int count() {
    return Y.length - 1;
  }

  /** The piece of z ({@code z > Z_LIMIT}), or -1 beyond the last piece. */
  static int pieceOf(double z) {
    double y = 1 - z;
    for (int j = 0; j < Y.length - 1; j++) {
      if (y >= Y[j + 1]) {
        return j;
      }
    }
    return -1;
  }

  /** The centre of piece j in z. */
  static double centre(int j) {
    return 1 - (Y[j] + Y[j + 1]) / 2;
  }

  /** The half-width of piece j. */
  static double radius(int j) {
    return (Y[j] - Y[j + 1]) / 2;
  }

  /**
   * Writes piece j's coefficients for {@code (a, b)} into {@code coef} from {@code at}, in u =
   * (z - centre) / radius, {@link #PER_TERM} a term (S, S1, S2 and dS/dz); returns the degree, or
   * -1 where a series does not converge, a value would overflow or the degree would exceed its
   * bound. {@code coef} must hold {@code PER_TERM * (MAX_DEGREE + 2)} values from {@code at}.
   */
  static int build(double a, double b, int j, double[] coef, int at) {
    double c = centre(j);
    double rad = radius(j);
    double[] mid = new double[4];
    double[] low = new double[4];
    if (!sums(a, b, c, mid) || !sums(a, b, c - rad, low)) {
      return -1;
    }
    double y = 1 - c;
    double e = Math.exp(-b * Math.log(y));
    double logY = -Math.log(y);
    double h = 0;
    double sigma = mid[0];
    double tau = mid[1];
    double ups = mid[2];
    double rm = 1;
    double rho = rad / y;
    for (int m = 0; m <= MAX_DEGREE; m++) {
      int k = at + PER_TERM * m;
      coef[k] = sigma * rm;
      coef[k + 1] = tau * rm;
      coef[k + 2] = ups * rm;
      double f = e * (logY + h);
      double inv = 1 / (c * (m + 1));
      double sigmaNext = (e - (a + m) * sigma) * inv;
      double tauNext = (sigma - (a + m) * tau) * inv;
      double upsNext = (f - (a + m) * ups) * inv;
      coef[k + 3] = (m + 1) * sigmaNext * rm;
      if (!(Math.abs(sigmaNext * rm) <= OVERFLOW && Math.abs(upsNext * rm) <= OVERFLOW)) {
        return -1;
      }
      // the terms shrink by about rho (1 + B / m) each from here: a bound of the tail
      double grow = rho * (1 + (Math.max(a, b) + 2) / (m + 1));
      if (m >= 2 && grow < 1) {
        double tail = grow / (1 - grow) * (m + 2) * (h + 1 / (b + m) + 1 + logY);
        if (tail * Math.abs(coef[k]) <= EPS * low[0]
            && tail * Math.abs(coef[k + 1]) <= EPS * low[1]
            && tail * Math.abs(coef[k + 2]) <= EPS * low[2]
            && tail * Math.abs(coef[k + 3]) <= EPS * low[3]) {
          return wellConditioned(coef, at, m, low) ? m : -1;
        }
      }
      h += 1 / (b + m);
      e *= (b + m) / ((m + 1) * y);
      sigma = sigmaNext;
      tau = tauNext;
      ups = upsNext;
      rm *= rad;
    }
    return -1;
  }

  /** Whether the magnitudes of each polynomial's terms sum to at most CONDITION its least value. */
  private static boolean wellConditioned(double[] coef, int at, int degree, double[] low) {
    for (int col = 0; col < PER_TERM; col++) {
      double total = 0;
      for (int m = 0; m <= degree; m++) {
        total += Math.abs(coef[at + PER_TERM * m + col]);
      }
      if (!(total <= CONDITION * low[col])) {
        return false;
      }
    }
    return true;
  }

  /**
   * The sums S, S1, S2 and dS/dz at z (0 < z < 1) into out, term by term; false where they do
   * not converge within {@link #MAX_TERMS} terms or would overflow.
   */
  static boolean sums(double a, double b, double z, double[] out) {
    double s0 = 1 / a;
    double s1 = s0 / a;
    double s2 = 0;
    double s3 = 0;
    double q = 1;
    double h = 0;
    for (int k = 1; k <= MAX_TERMS; k++) {
      h += 1 / (b + k - 1);
      q *= (b + k - 1) / k * z;
      double inv = 1 / (a + k);
      double term = q * inv;
      s0 += term;
      s1 += term * inv;
      s2 += term * h;
      s3 += term * k;
      if (!(s0 <= OVERFLOW && s3 <= OVERFLOW)) {
        return false;
      }
      double rho = Math.max((b + k) / (k + 1) * z, z) * (k + 2) / (k + 1);
      if (rho < 1) {
        double tail = term * rho / (1 - rho) * (k + 1) * (h + 1 / (b + k) + 1);
        if (tail <= EPS * Math.min(Math.min(s0, s1 * (a + k)), Math.min(s2, s3))) {
          out[0] = s0;
          out[1] = s1;
          out[2] = s2;
          out[3] = s3 / z;
          return true;
        }
      }
    }
    return false;
  }
}
