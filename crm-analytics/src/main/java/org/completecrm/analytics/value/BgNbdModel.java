package org.completecrm.analytics.value;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.completecrm.analytics.internal.Chunks;
import org.completecrm.analytics.summary.CustomerSummary;
import org.completecrm.analytics.summary.SummaryColumns;
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
   * Fits the model by maximum likelihood; identical summaries are grouped first. Runs on as
   * many threads as the machine has cores.
   *
   * @throws UnidentifiedModelException when no customer made a repeat purchase
   */
  public static ModelFit<BgNbdModel> fit(List<CustomerSummary> summaries) {
    return fit(SummaryColumns.of(summaries), Chunks.defaultThreads());
  }

  /**
   * Fits the model on columnar summaries with {@code threads} threads (1 is valid); the result
   * is the same to the last bit whatever the number of threads.
   *
   * @throws UnidentifiedModelException when no customer made a repeat purchase
   */
  public static ModelFit<BgNbdModel> fit(SummaryColumns summaries, int threads) {
    try (Chunks chunks = Chunks.of(threads)) {
      Grouped g = Grouped.of(summaries);
      MaximumLikelihood.Estimate e = fitGrouped(NAME, g, chunks, false);
      double[] t = e.theta();
      return new ModelFit<>(new BgNbdModel(t[0], t[1], t[2], t[3]), e.logLikelihood(),
          e.standardErrors(), g.customers, e.diagnostics(), e.warnings());
    }
  }

  /** The BG/NBD or (modified) MBG/NBD fit of grouped summaries. */
  static MaximumLikelihood.Estimate fitGrouped(String name, Grouped g, Chunks chunks,
      boolean modified) {
    requireRepeatBuyers(name, g);
    double[] start = {1, Math.max(g.meanAge, 1e-3), 1, 1};
    Grouped sample = g.warmStartSample();
    return Newton.maximise(
        (p, grad) -> logLikelihood(g, chunks, p[0], p[1], p[2], p[3], modified, grad),
        sample == null ? null
            : (p, grad) -> logLikelihood(sample, chunks, p[0], p[1], p[2], p[3], modified, grad),
        start, new String[] {"r", "alpha", "a", "b"}, g.customers,
        sample == null ? 0 : sample.customers);
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

  /** The summed log-likelihood over grouped summaries (modified = MBG/NBD), on one thread. */
  static double logLikelihood(Grouped g, double r, double alpha, double a, double b,
      boolean modified) {
    try (Chunks one = Chunks.of(1)) {
      return logLikelihood(g, one, r, alpha, a, b, modified, new double[4]);
    }
  }

  /**
   * The summed log-likelihood over grouped summaries (modified = MBG/NBD, Batislam et al. 2007)
   * and its gradient with respect to {@code (r, alpha, a, b)} into {@code gradient}.
   *
   * <p>The terms of the frequency alone ({@code log Gamma(r + x)}, the beta function of the
   * dropout, their digammas) are computed once per distinct x and weighted by the summed weight
   * of that x; per group remain the two logarithms {@code log(alpha + T)}, {@code log(alpha +
   * t_x)} and the log-sum-exp of the two continuous terms, whose softmax weight {@code p4} (the
   * share of "dropped out after the last purchase") carries every derivative.
   */
  static double logLikelihood(Grouped g, Chunks chunks, double r, double alpha, double a,
      double b, boolean modified, double[] gradient) {
    int nx = g.xs.length;
    int shift = modified ? 1 : 0;
    double lgR = Gamma.logGamma(r);
    double lgAb = Gamma.logGamma(a + b);
    double lgB = Gamma.logGamma(b);
    double psiR = Gamma.digamma(r);
    double psiAb = Gamma.digamma(a + b);
    double psiB = Gamma.digamma(b);
    double logAlpha = Math.log(alpha);
    double la = Math.log(a);
    double common = -lgR + r * logAlpha + lgAb - lgB;
    double[] logRatio = new double[nx];
    double[] invBx = new double[nx];
    double sum = 0;
    double dr = 0;
    double dAlpha = 0;
    double da = 0;
    double db = 0;
    for (int i = 0; i < nx; i++) {
      int x = g.xs[i];
      double wx = g.weightOfX[i];
      double lgAbx = Gamma.logGamma(a + b + x + shift);
      sum += wx * (common + Gamma.logGamma(r + x) + Gamma.logGamma(b + x + shift) - lgAbx);
      double psiAbx = Gamma.digamma(a + b + x + shift);
      dr += wx * (Gamma.digamma(r + x) - psiR + logAlpha);
      dAlpha += wx * r / alpha;
      da += wx * (psiAb - psiAbx);
      db += wx * (psiAb - psiB + Gamma.digamma(b + x + shift) - psiAbx);
      boolean dropout = modified || x > 0;
      double bx = b + x - 1 + shift;
      logRatio[i] = dropout ? la - Math.log(bx) : 0;
      invBx[i] = dropout ? 1 / bx : 0;
    }
    double[] s = chunks.sum(g.size, 5, (from, to, acc) -> {
      double ll = 0;
      double sr = 0;
      double sAlpha = 0;
      double sp4 = 0;
      double sb = 0;
      for (int i = from; i < to; i++) {
        int x = g.x[i];
        int xi = g.xIdx[i];
        double w = g.w[i];
        double rx = r + x;
        double aT = alpha + g.t[i];
        double lt = Math.log(aT);
        double a3 = -rx * lt;
        if (x > 0 || modified) {
          double aTx = alpha + g.tx[i];
          double ltx = Math.log(aTx);
          double a4 = logRatio[xi] - rx * ltx;
          double hi = Math.max(a3, a4);
          double e = Math.exp(Math.min(a3, a4) - hi);
          double p4 = (a4 >= a3 ? 1 : e) / (1 + e);
          ll += w * (hi + Math.log(1 + e));
          sr -= w * (lt + p4 * (ltx - lt));
          sAlpha -= w * rx * ((1 - p4) / aT + p4 / aTx);
          sp4 += w * p4;
          sb += w * p4 * invBx[xi];
        } else {
          ll += w * a3;
          sr -= w * lt;
          sAlpha -= w * rx / aT;
        }
      }
      acc[0] = ll;
      acc[1] = sr;
      acc[2] = sAlpha;
      acc[3] = sp4;
      acc[4] = sb;
    });
    gradient[0] = dr + s[1];
    gradient[1] = dAlpha + s[2];
    gradient[2] = da + s[3] / a;
    gradient[3] = db - s[4];
    return sum + s[0];
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
