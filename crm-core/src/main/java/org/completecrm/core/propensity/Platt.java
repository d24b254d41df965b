package org.completecrm.core.propensity;

/**
 * Platt's scaling fitted to binned outcomes: {@code A, B} maximising {@code sum_k c+_k log
 * sigmoid(A r_k + B) + c-_k log(1 - sigmoid(A r_k + B))} less a ridge {@code ((A - 1)^2 + B^2) /
 * 2} towards no change, by Newton's method (Platt, "Probabilistic outputs for support vector
 * machines", 1999). Without outcomes it is {@code A = 1, B = 0}.
 */
final class Platt {
  private static final double RIDGE = 1.0;

  private Platt() {}

  static double[] fit(double[] r, long[] positives, long[] counts) {
    double a = 1;
    double b = 0;
    for (int iter = 0; iter < 50; iter++) {
      double ga = RIDGE * (a - 1);
      double gb = RIDGE * b;
      double haa = RIDGE;
      double hab = 0;
      double hbb = RIDGE;
      for (int k = 0; k < r.length; k++) {
        if (counts[k] == 0) {
          continue;
        }
        double p = CompiledEvidence.sigmoid(a * r[k] + b);
        double resid = counts[k] * p - positives[k];
        double w = counts[k] * p * (1 - p);
        ga += resid * r[k];
        gb += resid;
        haa += w * r[k] * r[k];
        hab += w * r[k];
        hbb += w;
      }
      double det = haa * hbb - hab * hab;
      if (!(det > 0)) {
        break;
      }
      double da = (hbb * ga - hab * gb) / det;
      double db = (haa * gb - hab * ga) / det;
      double step = 1;
      double size = Math.max(Math.abs(da), Math.abs(db));
      if (size > 2) {
        step = 2 / size;
      }
      a -= step * da;
      b -= step * db;
      if (size < 1e-10) {
        break;
      }
    }
    if (!Double.isFinite(a) || !Double.isFinite(b)) {
      return new double[] {1, 0};
    }
    return new double[] {a, b};
  }
}
