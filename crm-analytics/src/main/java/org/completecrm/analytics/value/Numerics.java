package org.completecrm.analytics.value;

import org.completecrm.core.InvalidValueException;

/** Small numerical helpers shared by the models: stable log-sum-exp and removable limits. */
final class Numerics {
  private Numerics() {}

  /**
   * log(exp(x) + exp(y)) without overflow, to an absolute error of about 1e-16 (log(1 + e) with
   * the intrinsic Math.log instead of log1p: it is the inner loop of every fit, and the
   * log-likelihood needs absolute, not relative, accuracy of this term).
   */
  static double logAddExp(double x, double y) {
    if (x == Double.NEGATIVE_INFINITY) {
      return y;
    }
    if (y == Double.NEGATIVE_INFINITY) {
      return x;
    }
    double hi = Math.max(x, y);
    return hi + Math.log(1 + Math.exp(Math.min(x, y) - hi));
  }

  /** log(exp(x) - exp(y)) for x > y, without overflow. */
  static double logSubExp(double x, double y) {
    if (y == Double.NEGATIVE_INFINITY) {
      return x;
    }
    double d = y - x;
    // log(1 - e^d): choose the accurate branch (Maechler 2012, "Accurately computing log(1-exp(-|a|))")
    return x + (d > -0.693 ? Math.log(-Math.expm1(d)) : Math.log1p(-Math.exp(d)));
  }

  /** (1 - exp(-y L)) / y, continuous at y = 0 (value L): the removable limit of a power ratio. */
  static double oneMinusExpOver(double y, double logBase) {
    double u = y * logBase;
    if (Math.abs(u) < 1e-10) {
      return logBase * (1 - u / 2);
    }
    return -Math.expm1(-u) / y;
  }

  /** 1 / (1 + exp(u)) with the limits 0 and 1 reached without NaN. */
  static double logistic(double u) {
    if (u > 0) {
      double e = Math.exp(-u);
      return e / (1 + e);
    }
    return 1 / (1 + Math.exp(u));
  }

  /** Validates raw summary statistics as {@code CustomerSummary} does. */
  static void summary(int x, double tx, double t) {
    if (x < 0 || !(t >= 0) || !(tx >= 0) || tx > t || t == Double.POSITIVE_INFINITY
        || (x == 0 && tx != 0)) {
      throw new InvalidValueException("summary", "x=" + x + ", t_x=" + tx + ", T=" + t,
          "x >= 0, 0 <= t_x <= T finite, t_x = 0 when x = 0");
    }
  }

  static double positive(double v, String field) {
    if (!(v > 0) || !Double.isFinite(v)) {
      throw new InvalidValueException(field, v, "a finite number > 0");
    }
    return v;
  }

  /**
   * A model parameter: within [{@link ValueModel#MIN_PARAMETER}, {@link ValueModel#MAX_PARAMETER}],
   * the range the fits search and the one over which every prediction is checked to be finite.
   */
  static double parameter(double v, String field) {
    if (!(v >= ValueModel.MIN_PARAMETER && v <= ValueModel.MAX_PARAMETER)) {
      throw new InvalidValueException(field, v, "a number in [1e-12, 1e12]");
    }
    return v;
  }

  static double nonNegative(double v, String field) {
    if (!(v >= 0) || !Double.isFinite(v)) {
      throw new InvalidValueException(field, v, "a finite number >= 0");
    }
    return v;
  }
}
