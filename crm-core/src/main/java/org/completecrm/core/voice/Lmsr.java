package org.completecrm.core.voice;

import org.completecrm.core.InvalidValueException;

/**
 * The logarithmic market scoring rule market maker (Hanson 2003, 2007) as plain functions of the
 * outstanding shares {@code q} and the liquidity parameter {@code b}.
 *
 * <ul>
 *   <li>cost function {@code C(q) = b ln Σ_i exp(q_i / b)};
 *   <li>price of outcome {@code i}: {@code p_i = exp(q_i / b) / Σ_j exp(q_j / b)} (a softmax: every
 *       price is in (0, 1) and they sum to one);
 *   <li>a trader who moves the shares from {@code q} to {@code q'} pays {@code C(q') - C(q)};
 *   <li>the market maker's loss is at most {@code b ln n} for {@code n} outcomes, whatever the
 *       trades (Hanson 2007, section 3).
 * </ul>
 *
 * <p>References: R. Hanson, "Combinatorial Information Market Design", Information Systems
 * Frontiers 5(1):107-119, 2003; R. Hanson, "Logarithmic Market Scoring Rules for Modular
 * Combinatorial Information Aggregation", Journal of Prediction Markets 1(1):3-15, 2007.
 */
public final class Lmsr {
  private Lmsr() {}

  /*
   * Numerics. Every sum of exponentials is taken after subtracting the largest exponent
   * (log-sum-exp: ln Σ exp(x_i) = m + ln Σ exp(x_i - m), m = max x_i), so no exp overflows and the
   * largest term is exactly 1. The cost of a trade on one outcome is computed from one shared
   * shift as b ln(S'/S). When S'/S is near one (|S'/S - 1| <= 1/2) it is b log1p((S' - S) / S)
   * with S' - S = exp(x_i - m) expm1(δ/b), so that small trades keep full relative precision
   * instead of subtracting two nearly equal costs; otherwise S' is summed directly and the two
   * logarithms subtracted. A trade so large that exp(δ/b) would overflow (or a sale so large that
   * S' underflows) falls back to the difference of two log-sum-exp costs, whose absolute error is
   * then negligible against the trade's size.
   */

  /** {@code ln Σ exp(x_i)}, computed without overflow; fails on an empty or non-finite input. */
  public static double logSumExp(double[] x) {
    requireFinite(x, "Lmsr.logSumExp.x");
    double m = max(x);
    double s = 0;
    for (double v : x) {
      s += Math.exp(v - m);
    }
    return m + Math.log(s);
  }

  /** The cost function {@code C(q) = b ln Σ exp(q_i / b)}. */
  public static double cost(double[] q, double b) {
    requireLiquidity(b);
    requireFinite(q, "Lmsr.cost.q");
    double[] x = new double[q.length];
    for (int i = 0; i < q.length; i++) {
      x[i] = q[i] / b;
    }
    return b * logSumExp(x);
  }

  /** The prices {@code p_i = exp(q_i / b) / Σ exp(q_j / b)}: each in [0, 1], summing to one. */
  public static double[] prices(double[] q, double b) {
    requireLiquidity(b);
    requireFinite(q, "Lmsr.prices.q");
    double m = max(q) / b;
    double[] p = new double[q.length];
    double s = 0;
    for (int i = 0; i < q.length; i++) {
      p[i] = Math.exp(q[i] / b - m);
      s += p[i];
    }
    for (int i = 0; i < q.length; i++) {
      p[i] /= s;
    }
    return p;
  }

  /**
   * What a trader pays for {@code shares} more shares of outcome {@code outcome}: {@code C(q +
   * shares e_i) - C(q)}; negative when {@code shares} is negative (a sale, which pays the trader).
   */
  public static double tradeCost(double[] q, double b, int outcome, double shares) {
    requireLiquidity(b);
    requireFinite(q, "Lmsr.tradeCost.q");
    if (outcome < 0 || outcome >= q.length) {
      throw new InvalidValueException("Lmsr.tradeCost.outcome", outcome, "an outcome index from 0 to " + (q.length - 1));
    }
    if (!Double.isFinite(shares)) {
      throw new InvalidValueException("Lmsr.tradeCost.shares", shares, "a finite number of shares");
    }
    double xi = q[outcome] / b;
    double dx = shares / b;
    if (dx <= 700) {
      // S = Σ exp(x_j - m) with m = max x_j, so 1 <= S <= n; S' - S = exp(x_i - m) expm1(dx).
      double m = max(q) / b;
      double s = 0;
      double others = 0;
      for (int j = 0; j < q.length; j++) {
        double term = Math.exp(q[j] / b - m);
        s += term;
        if (j != outcome) {
          others += term;
        }
      }
      double ratio = Math.exp(xi - m) * Math.expm1(dx) / s;
      double c;
      if (Math.abs(ratio) <= 0.5) {
        c = b * Math.log1p(ratio);
      } else {
        // Far from 1, S' is summed directly (no cancellation) and the logarithms subtracted.
        double sAfter = others + Math.exp(xi + dx - m);
        c = b * (Math.log(sAfter) - Math.log(s));
      }
      if (Double.isFinite(c)) {
        return c;
      }
    }
    double[] after = q.clone();
    after[outcome] += shares;
    return cost(after, b) - cost(q, b);
  }

  /** The market maker's worst-case loss {@code b ln n}. */
  public static double worstCaseLoss(double b, int outcomes) {
    requireLiquidity(b);
    if (outcomes < 1) {
      throw new InvalidValueException("Lmsr.worstCaseLoss.outcomes", outcomes, "at least one outcome");
    }
    return b * Math.log(outcomes);
  }

  private static void requireLiquidity(double b) {
    if (!Double.isFinite(b) || b <= 0) {
      throw new InvalidValueException("Lmsr.b", b, "a finite liquidity parameter > 0");
    }
  }

  private static void requireFinite(double[] x, String field) {
    if (x == null || x.length == 0) {
      throw new InvalidValueException(field, x == null ? "null" : "[]", "at least one finite number");
    }
    for (int i = 0; i < x.length; i++) {
      if (!Double.isFinite(x[i])) {
        throw new InvalidValueException(field + "[" + i + "]", x[i], "a finite number");
      }
    }
  }

  private static double max(double[] x) {
    double m = Double.NEGATIVE_INFINITY;
    for (double v : x) {
      m = Math.max(m, v);
    }
    return m;
  }
}
