package org.completecrm.analytics.value;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.completecrm.analytics.internal.Chunks;
import org.completecrm.analytics.summary.CustomerSummary;
import org.completecrm.analytics.summary.SummaryColumns;
import org.hipparchus.special.Gamma;

/**
 * The MBG/NBD model (Batislam, Denizel and Filiztekin 2007, "Empirical validation and comparison
 * of models for customer base analysis", IJRM 24(3)): as BG/NBD, but a customer may also drop
 * out right after the first purchase, so a customer without repeat purchases need not be alive.
 *
 * @param r shape of the purchase-rate distribution
 * @param alpha scale (rate) of the purchase-rate distribution
 * @param a first shape of the dropout-probability distribution
 * @param b second shape of the dropout-probability distribution
 */
public record MbgNbdModel(double r, double alpha, double a, double b) implements TransactionModel {
  /** The model's name on the command line. */
  public static final String NAME = "mbg-nbd";

  /** Validates: every parameter finite and {@code > 0}. */
  public MbgNbdModel {
    Numerics.parameter(r, "MbgNbdModel.r");
    Numerics.parameter(alpha, "MbgNbdModel.alpha");
    Numerics.parameter(a, "MbgNbdModel.a");
    Numerics.parameter(b, "MbgNbdModel.b");
  }

  /**
   * Fits the model by maximum likelihood; identical summaries are grouped first. Runs on as
   * many threads as the machine has cores.
   *
   * @throws UnidentifiedModelException when no customer made a repeat purchase
   */
  public static ModelFit<MbgNbdModel> fit(List<CustomerSummary> summaries) {
    return fit(SummaryColumns.of(summaries), Chunks.defaultThreads());
  }

  /**
   * Fits the model on columnar summaries with {@code threads} threads (1 is valid); the result
   * is the same to the last bit whatever the number of threads.
   *
   * @throws UnidentifiedModelException when no customer made a repeat purchase
   */
  public static ModelFit<MbgNbdModel> fit(SummaryColumns summaries, int threads) {
    try (Chunks chunks = Chunks.of(threads)) {
      Grouped g = Grouped.of(summaries);
      MaximumLikelihood.Estimate e = BgNbdModel.fitGrouped(NAME, g, chunks, true);
      double[] t = e.theta();
      return new ModelFit<>(new MbgNbdModel(t[0], t[1], t[2], t[3]), e.logLikelihood(),
          e.standardErrors(), g.customers, e.diagnostics(), e.warnings());
    }
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Map<String, Double> parameters() {
    Map<String, Double> m = new LinkedHashMap<>();
    m.put("r", r);
    m.put("alpha", alpha);
    m.put("a", a);
    m.put("b", b);
    return m;
  }

  /** The log-likelihood of one summary (Batislam et al. 2007). */
  @Override
  public double logLikelihood(CustomerSummary s) {
    int x = s.frequency();
    double base = Gamma.logGamma(r + x) - Gamma.logGamma(r) + r * Math.log(alpha)
        + Gamma.logGamma(a + b) + Gamma.logGamma(b + x + 1) - Gamma.logGamma(b)
        - Gamma.logGamma(a + b + x + 1);
    double a3 = -(r + x) * Math.log(alpha + s.age());
    double a4 = Math.log(a) - Math.log(b + x) - (r + x) * Math.log(alpha + s.recency());
    return base + Numerics.logAddExp(a3, a4);
  }

  /** P(alive | x, t_x, T) = 1 / (1 + a / (b + x) ((alpha + T) / (alpha + t_x))^(r + x)). */
  @Override
  public double probabilityAlive(int x, double recency, double age) {
    Numerics.summary(x, recency, age);
    double u = Math.log(a) - Math.log(b + x)
        + (r + x) * (Math.log(alpha + age) - Math.log(alpha + recency));
    return Numerics.logistic(u);
  }

  /** E[Y(t) | x, t_x, T] / P(alive): the alive customer's dropout probability is Beta(a, b + x + 1). */
  @Override
  public double expectedPurchasesIfAlive(int x, double age, double horizon) {
    Numerics.summary(x, 0, age);
    Numerics.nonNegative(horizon, "horizon");
    return BetaGeometric.alivePurchasesOver(a, b + x + 1, r + x, horizon, alpha + age);
  }

  /** E[X(t)] for a new customer, who is alive after the first purchase with probability b / (a + b). */
  @Override
  public double expectedPurchasesOfNewCustomer(double horizon) {
    Numerics.nonNegative(horizon, "horizon");
    return b / (a + b) * BetaGeometric.alivePurchasesOver(a, b + 1, r, horizon, alpha);
  }
}
