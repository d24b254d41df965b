package org.completecrm.analytics.value;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.completecrm.analytics.summary.DiscreteSummary;
import org.completecrm.core.InvalidValueException;
import org.hipparchus.special.Beta;
import org.hipparchus.special.Gamma;

/**
 * The BG/BB model for discrete transaction opportunities (Fader, Hardie and Shang 2010,
 * "Customer-base analysis in a discrete-time noncontractual setting", Marketing Science 29(6)):
 * while alive a customer transacts at each opportunity with probability p ~ Beta(alpha, beta),
 * and becomes inactive at the start of an opportunity with probability theta ~ Beta(gamma, delta).
 *
 * @param alpha first shape of the transaction probability
 * @param beta second shape of the transaction probability
 * @param gamma first shape of the dropout probability
 * @param delta second shape of the dropout probability
 */
public record BgBbModel(double alpha, double beta, double gamma, double delta)
    implements ValueModel {
  /** The model's name on the command line. */
  public static final String NAME = "bg-bb";

  /** Validates: every parameter finite and {@code > 0}. */
  public BgBbModel {
    Numerics.parameter(alpha, "BgBbModel.alpha");
    Numerics.parameter(beta, "BgBbModel.beta");
    Numerics.parameter(gamma, "BgBbModel.gamma");
    Numerics.parameter(delta, "BgBbModel.delta");
  }

  /**
   * Fits the model by maximum likelihood over grouped {@code (x, t_x, n)} patterns.
   *
   * @throws UnidentifiedModelException when no customer transacted
   */
  public static ModelFit<BgBbModel> fit(List<DiscreteSummary> summaries) {
    if (summaries == null) {
      throw new InvalidValueException("summaries", "null", "a list of discrete summaries");
    }
    Map<List<Integer>, Double> groups = new HashMap<>();
    long customers = 0;
    long buyers = 0;
    for (DiscreteSummary s : summaries) {
      groups.merge(List.of(s.frequency(), s.recency(), s.periods()), (double) s.weight(),
          Double::sum);
      customers += s.weight();
      if (s.frequency() > 0) {
        buyers += s.weight();
      }
    }
    if (buyers == 0 || groups.size() < 2) {
      throw new UnidentifiedModelException(NAME,
          "fewer than two distinct patterns or no customer with a transaction");
    }
    int n = groups.size();
    int[][] pat = new int[n][];
    double[] w = new double[n];
    int k = 0;
    for (Map.Entry<List<Integer>, Double> e : groups.entrySet()) {
      pat[k] = new int[] {e.getKey().get(0), e.getKey().get(1), e.getKey().get(2)};
      w[k] = e.getValue();
      k++;
    }
    MaximumLikelihood.Estimate est = Newton.maximise(
        (t, gradient) -> logLikelihood(pat, w, t[0], t[1], t[2], t[3], gradient), null,
        new double[] {1, 1, 1, 1}, new String[] {"alpha", "beta", "gamma", "delta"}, customers, 0);
    double[] t = est.theta();
    return new ModelFit<>(new BgBbModel(t[0], t[1], t[2], t[3]), est.logLikelihood(),
        est.standardErrors(), customers, est.diagnostics(), est.warnings());
  }

  /**
   * The summed log-likelihood of weighted patterns {@code (x, t_x, n)} and its gradient: each
   * pattern's likelihood is a sum of products of beta-function ratios (Fader, Hardie and Shang
   * 2010, eq. 5), so its log-gradient is the softmax-weighted mean of the terms' digamma
   * differences.
   */
  static double logLikelihood(int[][] patterns, double[] weights, double alpha, double beta,
      double gamma, double delta, double[] gradient) {
    double lbAb = Beta.logBeta(alpha, beta);
    double lbGd = Beta.logBeta(gamma, delta);
    double psiAb = Gamma.digamma(alpha + beta);
    double psiGd = Gamma.digamma(gamma + delta);
    double[] common = {psiAb - Gamma.digamma(alpha), psiAb - Gamma.digamma(beta),
        psiGd - Gamma.digamma(gamma), psiGd - Gamma.digamma(delta)};
    double sum = 0;
    java.util.Arrays.fill(gradient, 0);
    for (int p = 0; p < patterns.length; p++) {
      int x = patterns[p][0];
      int tx = patterns[p][1];
      int n = patterns[p][2];
      int terms = Math.max(0, n - tx) + 1;
      double[] logs = new double[terms];
      double[][] d = new double[terms][4];
      // k = 0: alive through n; k = 1 + i: dropped out at tx + i + 1
      for (int k = 0; k < terms; k++) {
        double y = k == 0 ? n - x : tx - x + (k - 1);
        double c = k == 0 ? 0 : 1;
        double e = k == 0 ? n : tx + (k - 1);
        logs[k] = Beta.logBeta(alpha + x, beta + y) - lbAb
            + Beta.logBeta(gamma + c, delta + e) - lbGd;
        double psiXy = Gamma.digamma(alpha + beta + x + y);
        double psiCe = Gamma.digamma(gamma + delta + c + e);
        d[k][0] = Gamma.digamma(alpha + x) - psiXy;
        d[k][1] = Gamma.digamma(beta + y) - psiXy;
        d[k][2] = Gamma.digamma(gamma + c) - psiCe;
        d[k][3] = Gamma.digamma(delta + e) - psiCe;
      }
      double max = Double.NEGATIVE_INFINITY;
      for (double l : logs) {
        max = Math.max(max, l);
      }
      double total = 0;
      double[] weighted = new double[4];
      for (int k = 0; k < terms; k++) {
        double e = Math.exp(logs[k] - max);
        total += e;
        for (int j = 0; j < 4; j++) {
          weighted[j] += e * d[k][j];
        }
      }
      sum += weights[p] * (max + Math.log(total));
      for (int j = 0; j < 4; j++) {
        gradient[j] += weights[p] * (common[j] + weighted[j] / total);
      }
    }
    return sum;
  }

  /** The log-likelihood of one pattern (Fader, Hardie and Shang 2010, eq. 5). */
  public double logLikelihood(DiscreteSummary s) {
    return logLikelihood(s.frequency(), s.recency(), s.periods());
  }

  double logLikelihood(int x, int tx, int n) {
    double lbAb = Beta.logBeta(alpha, beta);
    double lbGd = Beta.logBeta(gamma, delta);
    double alive = Beta.logBeta(alpha + x, beta + n - x) - lbAb + Beta.logBeta(gamma, delta + n)
        - lbGd;
    int count = n - tx;
    if (count <= 0) {
      return alive;
    }
    // The terms of the sum over i (dropped out after opportunity tx + i) by the recurrence
    // B(a, b + 1) = B(a, b) b / (a + b) in both betas: each is the one before times a ratio below
    // 1, so they decrease, and the sum stops once the rest cannot reach 1e-17 of it (O(n - tx) at
    // most, usually far fewer: 10,000,000 periods summed by log-beta calls took seconds).
    double first = Beta.logBeta(alpha + x, beta + tx - x) - lbAb + Beta.logBeta(gamma + 1, delta + tx) - lbGd;
    double sum = 0;
    double term = 1;
    for (int i = 0; i < count && term > 0; i++) {
      sum += term;
      if (term * (count - i - 1.0) <= 1e-17 * sum) {
        break;
      }
      term *= (beta + tx - x + i) / (alpha + beta + tx + i) * ((delta + tx + i) / (gamma + 1 + delta + tx + i));
    }
    return Numerics.logAddExp(alive, first + Math.log(sum));
  }

  /** P(alive at opportunity n + 1 | x, t_x, n) (Fader, Hardie and Shang 2010, eq. 11). */
  public double probabilityAlive(DiscreteSummary s) {
    int x = s.frequency();
    int n = s.periods();
    double num = Beta.logBeta(alpha + x, beta + n - x) - Beta.logBeta(alpha, beta)
        + Beta.logBeta(gamma, delta + n + 1) - Beta.logBeta(gamma, delta);
    return Math.min(1, Math.exp(num - logLikelihood(s)));
  }

  /**
   * The expected number of transactions in the next {@code opportunities} opportunities given
   * the pattern: {@code sum_k E[p 1{alive at n + k}]} over the joint posterior, the summed form
   * of Fader, Hardie and Shang (2010, eq. 13), which has no removable singularity at gamma = 1.
   */
  public double expectedPurchases(DiscreteSummary s, int opportunities) {
    if (opportunities < 0 || opportunities > DiscreteSummary.MAX_PERIODS) {
      throw new InvalidValueException("BgBbModel.opportunities", opportunities, "a count in [0, 10,000,000]");
    }
    int x = s.frequency();
    int n = s.periods();
    double logL = logLikelihood(s);
    double lead = Beta.logBeta(alpha + x + 1, beta + n - x) - Beta.logBeta(alpha, beta)
        - Beta.logBeta(gamma, delta);
    double sum = 0;
    // B(gamma, delta + n + k) by the recurrence B(g, d + 1) = B(g, d) d / (g + d)
    double logB = Beta.logBeta(gamma, delta + n);
    for (int k = 1; k <= opportunities; k++) {
      double d = delta + n + k - 1;
      logB += Math.log(d / (gamma + d));
      sum += Math.exp(lead + logB - logL);
    }
    return sum;
  }

  /** The expected number of transactions of a new customer in {@code opportunities} opportunities. */
  public double expectedPurchasesOfNewCustomer(int opportunities) {
    return expectedPurchases(
        new DiscreteSummary(org.completecrm.core.CustomerId.of("new"), 0, 0, 0, 1), opportunities);
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Map<String, Double> parameters() {
    Map<String, Double> m = new LinkedHashMap<>();
    m.put("alpha", alpha);
    m.put("beta", beta);
    m.put("gamma", gamma);
    m.put("delta", delta);
    return m;
  }
}
