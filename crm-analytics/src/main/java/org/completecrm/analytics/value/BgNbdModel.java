package org.completecrm.analytics.value;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.completecrm.analytics.summary.CustomerSummary;
import org.hipparchus.special.Gamma;

/**
 * The BG/NBD model (Fader, Hardie and Lee 2005a, "Counting your customers the easy way", Marketing
 * Science 24(2)): purchases at rate lambda ~ Gamma(r, alpha) while alive, dropout with
 * probability p ~ Beta(a, b) after each repeat purchase.
 *
 * @param r shape of the purchase-rate distribution
 * @param alpha scale (rate) of the purchase-rate distribution, in the summaries' time unit
 * @param a first shape of the dropout-probability distribution
 * @param b second shape of the dropout-probability distribution
 */
public record BgNbdModel(double r, double alpha, double a, double b) implements TransactionModel {
  /** The model's name on the command line. */
  public static final String NAME = "bg-nbd";

  /** Validates: every parameter finite and {@code > 0}. */
  public BgNbdModel {
    Numerics.parameter(r, "BgNbdModel.r");
    Numerics.parameter(alpha, "BgNbdModel.alpha");
    Numerics.parameter(a, "BgNbdModel.a");
    Numerics.parameter(b, "BgNbdModel.b");
  }

  /**
   * Fits the model by maximum likelihood; identical summaries are grouped first.
   *
   * @throws UnidentifiedModelException when no customer made a repeat purchase
   */
  public static ModelFit<BgNbdModel> fit(List<CustomerSummary> summaries) {
    Grouped g = Grouped.of(summaries);
    requireRepeatBuyers(NAME, g);
    double[] start = {1, Math.max(g.meanAge, 1e-3), 1, 1};
    Grouped sample = g.size > Grouped.WARM_START_GROUPS ? g.sample(10) : null;
    MaximumLikelihood.Estimate e =
        MaximumLikelihood.maximise(
            p -> logLikelihood(g, p[0], p[1], p[2], p[3], false),
            sample == null ? null : p -> logLikelihood(sample, p[0], p[1], p[2], p[3], false),
            start, new String[] {"r", "alpha", "a", "b"}, g.customers);
    double[] t = e.theta();
    return new ModelFit<>(new BgNbdModel(t[0], t[1], t[2], t[3]), e.logLikelihood(),
        e.standardErrors(), g.customers, e.diagnostics(), e.warnings());
  }

  static void requireRepeatBuyers(String model, Grouped g) {
    if (g.customers == 0) {
      throw new UnidentifiedModelException(model, "there are no customers");
    }
    if (g.repeatBuyers == 0) {
      throw new UnidentifiedModelException(model,
          "no customer made a repeat purchase, so the purchase rate and the dropout are confounded");
    }
    if (g.repeatBuyers == g.customers && g.size == 1) {
      throw new UnidentifiedModelException(model, "all customers have the same summary");
    }
  }

  /** The summed log-likelihood over grouped summaries (modified = MBG/NBD). */
  static double logLikelihood(Grouped g, double r, double alpha, double a, double b,
      boolean modified) {
    int nx = g.xs.length;
    double[] base = new double[nx];
    double[] logRatio = new double[nx];
    double lgR = Gamma.logGamma(r);
    double lgAb = Gamma.logGamma(a + b);
    double lgB = Gamma.logGamma(b);
    double la = Math.log(a);
    double common = -lgR + r * Math.log(alpha) + lgAb - lgB;
    for (int i = 0; i < nx; i++) {
      int x = g.xs[i];
      int shift = modified ? 1 : 0;
      base[i] = common + Gamma.logGamma(r + x) + Gamma.logGamma(b + x + shift)
          - Gamma.logGamma(a + b + x + shift);
      logRatio[i] = modified ? la - Math.log(b + x) : (x > 0 ? la - Math.log(b + x - 1) : 0);
    }
    double[] lt = new double[g.ts.length];
    for (int j = 0; j < lt.length; j++) {
      lt[j] = Math.log(alpha + g.ts[j]);
    }
    double[] ltx = new double[g.txs.length];
    for (int k = 0; k < ltx.length; k++) {
      ltx[k] = Math.log(alpha + g.txs[k]);
    }
    return g.sum((from, to) -> {
      double sum = 0;
      for (int i = from; i < to; i++) {
        int x = g.x[i];
        int xi = g.xIdx[i];
        double a3 = -(r + x) * lt[g.tIdx[i]];
        double ll;
        if (x > 0 || modified) {
          double a4 = logRatio[xi] - (r + x) * ltx[g.txIdx[i]];
          ll = base[xi] + Numerics.logAddExp(a3, a4);
        } else {
          ll = base[xi] + a3;
        }
        sum += g.w[i] * ll;
      }
      return sum;
    });
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

  /** The log-likelihood of one summary (Fader, Hardie and Lee 2005a, eq. 6). */
  @Override
  public double logLikelihood(CustomerSummary s) {
    int x = s.frequency();
    double base = Gamma.logGamma(r + x) - Gamma.logGamma(r) + r * Math.log(alpha)
        + Gamma.logGamma(a + b) + Gamma.logGamma(b + x) - Gamma.logGamma(b)
        - Gamma.logGamma(a + b + x);
    double a3 = -(r + x) * Math.log(alpha + s.age());
    if (x == 0) {
      return base + a3;
    }
    double a4 = Math.log(a) - Math.log(b + x - 1) - (r + x) * Math.log(alpha + s.recency());
    return base + Numerics.logAddExp(a3, a4);
  }

  /** P(alive | x, t_x, T) (Fader, Hardie and Lee 2008 note, eq. 3): 1 for x = 0. */
  @Override
  public double probabilityAlive(int x, double recency, double age) {
    Numerics.summary(x, recency, age);
    if (x == 0) {
      return 1;
    }
    double u = Math.log(a) - Math.log(b + x - 1)
        + (r + x) * (Math.log(alpha + age) - Math.log(alpha + recency));
    return Numerics.logistic(u);
  }

  /**
   * E[Y(t) | x, t_x, T] / P(alive): eq. 10 of Fader, Hardie and Lee (2005a) without its P(alive)
   * denominator, in the form of {@code BetaGeometric} that is finite for all a, b > 0.
   */
  @Override
  public double expectedPurchasesIfAlive(int x, double age, double horizon) {
    Numerics.summary(x, 0, age);
    Numerics.nonNegative(horizon, "horizon");
    return BetaGeometric.alivePurchasesOver(a, b + x, r + x, horizon, alpha + age);
  }

  /** E[X(t)] for a new customer (Fader, Hardie and Lee 2005a, eq. 9). */
  @Override
  public double expectedPurchasesOfNewCustomer(double horizon) {
    Numerics.nonNegative(horizon, "horizon");
    return BetaGeometric.alivePurchasesOver(a, b, r, horizon, alpha);
  }
}
