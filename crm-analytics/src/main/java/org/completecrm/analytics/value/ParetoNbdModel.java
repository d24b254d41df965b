package org.completecrm.analytics.value;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.completecrm.analytics.internal.Chunks;
import org.completecrm.analytics.internal.PairMemo;
import org.completecrm.analytics.summary.CustomerSummary;
import org.completecrm.analytics.summary.SummaryColumns;
import org.hipparchus.special.Gamma;

/**
 * The Pareto/NBD model (Schmittlein, Morrison and Colombo 1987): purchases at rate lambda ~
 * Gamma(r, alpha) while alive, an exponential lifetime with rate mu ~ Gamma(s, beta).
 *
 * <p>Likelihood (Fader and Hardie 2005, "A note on deriving the Pareto/NBD model and related
 * expressions", eq. 19): {@code L = Gamma(r+x) alpha^r beta^s / Gamma(r) * [ (alpha+T)^-(r+x)
 * (beta+T)^-s + s I ]} with {@code I = int_{t_x}^{T} (alpha+tau)^-(r+x) (beta+tau)^-(s+1) dtau},
 * which the note writes as {@code A0 / (r+s+x)} through the Gauss hypergeometric function. Here
 * {@code log I} is computed in log space ({@link ParetoNbdIntegral}): as the difference of the
 * two 2F1 terms, each summed as its series (at most 400 terms), unless their logarithms are
 * within 0.01 of each other (a last purchase just before T), where the difference would cancel,
 * or a series is too long (z near 1); then by composite 16-point Gauss-Legendre quadrature of
 * the smooth integrand, in a bounded number of pieces. So no prediction runs long or gives NaN
 * for any accepted parameters. The x = 221, t_x = 103.43, T = 103.57 customer that yields NaN
 * elsewhere is finite and matches high-precision integration.
 *
 * @param r shape of the purchase-rate distribution
 * @param alpha scale (rate) of the purchase-rate distribution
 * @param s shape of the dropout-rate distribution
 * @param beta scale (rate) of the dropout-rate distribution
 */
public record ParetoNbdModel(double r, double alpha, double s, double beta)
    implements TransactionModel {
  /** The model's name on the command line. */
  public static final String NAME = "pareto-nbd";

  /** Validates: every parameter finite and {@code > 0}. */
  public ParetoNbdModel {
    Numerics.parameter(r, "ParetoNbdModel.r");
    Numerics.parameter(alpha, "ParetoNbdModel.alpha");
    Numerics.parameter(s, "ParetoNbdModel.s");
    Numerics.parameter(beta, "ParetoNbdModel.beta");
  }

  /**
   * Fits the model by maximum likelihood with Newton's method and the analytic gradient of
   * {@link ParetoNbdLikelihood}; identical summaries are grouped first and the series terms are
   * computed once per distinct {@code (x, t)} pair per evaluation. Runs on as many threads as
   * the machine has cores.
   *
   * @throws UnidentifiedModelException when no customer made a repeat purchase
   */
  public static ModelFit<ParetoNbdModel> fit(List<CustomerSummary> summaries) {
    return fit(SummaryColumns.of(summaries), Chunks.defaultThreads());
  }

  /**
   * Fits the model on columnar summaries with {@code threads} threads (1 is valid); the result
   * is the same to the last bit whatever the number of threads.
   *
   * @throws UnidentifiedModelException when no customer made a repeat purchase
   */
  public static ModelFit<ParetoNbdModel> fit(SummaryColumns summaries, int threads) {
    try (Chunks chunks = Chunks.of(threads)) {
      Grouped g = Grouped.of(summaries);
      BgNbdModel.requireRepeatBuyers(NAME, g);
      double scale = Math.max(g.meanAge, 1e-3);
      double[] start = {1, scale, 1, scale};
      Grouped sample = g.warmStartSample();
      MaximumLikelihood.Estimate e = Newton.maximise(new ParetoNbdLikelihood(g, chunks),
          sample == null ? null : new ParetoNbdLikelihood(sample, chunks), start,
          new String[] {"r", "alpha", "s", "beta"}, g.customers,
          sample == null ? 0 : sample.customers);
      double[] t = e.theta();
      return new ModelFit<>(new ParetoNbdModel(t[0], t[1], t[2], t[3]), e.logLikelihood(),
          e.standardErrors(), g.customers, e.diagnostics(), e.warnings());
    }
  }

  /** The summed log-likelihood over grouped summaries, on one thread. */
  static double logLikelihood(Grouped g, double r, double alpha, double s, double beta) {
    try (Chunks one = Chunks.of(1)) {
      return new ParetoNbdLikelihood(g, one).value(new double[] {r, alpha, s, beta},
          new double[4]);
    }
  }

  /** log I for one customer, choosing the stable method. */
  double logIntegral(int x, double tx, double t) {
    return logIntegral(x, tx, t, null);
  }

  private double logIntegral(int x, double tx, double t, PairMemo memo) {
    if (t <= tx) {
      return Double.NEGATIVE_INFINITY;
    }
    double hi = memo == null ? ParetoNbdIntegral.logJ(r, alpha, s, beta, x, tx)
        : memo.get(x, tx);
    double lo = memo == null ? ParetoNbdIntegral.logJ(r, alpha, s, beta, x, t) : memo.get(x, t);
    if (!(hi - lo >= ParetoNbdLikelihood.CANCELLATION)) {
      // also where a series did not converge (NaN): the quadrature is bounded in time
      return ParetoNbdIntegral.logByQuadrature(r, alpha, s, beta, x, tx, t, null);
    }
    return Numerics.logSubExp(hi, lo);
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
    m.put("s", s);
    m.put("beta", beta);
    return m;
  }

  /** The log-likelihood of one summary (Fader and Hardie 2005 note, eq. 19). */
  @Override
  public double logLikelihood(CustomerSummary c) {
    int x = c.frequency();
    double base = Gamma.logGamma(r + x) - Gamma.logGamma(r) + r * Math.log(alpha)
        + s * Math.log(beta);
    double first = -(r + x) * Math.log(alpha + c.age()) - s * Math.log(beta + c.age());
    double logI = logIntegral(x, c.recency(), c.age());
    return base + Numerics.logAddExp(first, Math.log(s) + logI);
  }

  /** P(alive | x, t_x, T) = 1 / (1 + s I (alpha+T)^(r+x) (beta+T)^s) (the note, eq. 20). */
  @Override
  public double probabilityAlive(int x, double recency, double age) {
    return probabilityAlive(x, recency, age, null);
  }

  private double probabilityAlive(int x, double recency, double age, PairMemo memo) {
    Numerics.summary(x, recency, age);
    double logI = logIntegral(x, recency, age, memo);
    if (logI == Double.NEGATIVE_INFINITY) {
      return 1;
    }
    double u = Math.log(s) + logI + (r + x) * Math.log(alpha + age)
        + s * Math.log(beta + age);
    return Numerics.logistic(u);
  }

  /**
   * E[Y(t) | x, t_x, T] / P(alive) = (r+x)(beta+T) / ((alpha+T)(s-1)) [1 - ((beta+T)/(beta+T+t))^(s-1)]
   * (Schmittlein et al. 1987, eq. 22), with the removable limit at s = 1 taken exactly.
   */
  @Override
  public double expectedPurchasesIfAlive(int x, double age, double horizon) {
    Numerics.summary(x, 0, age);
    Numerics.nonNegative(horizon, "horizon");
    double bt = beta + age;
    return (r + x) / (alpha + age) * bt
        * Numerics.oneMinusExpOver(s - 1, Math.log1p(horizon / bt));
  }

  /**
   * The discounted expected residual transactions, {@code DERT = int_0^inf e^(-delta t) E[rate
   * at T + t | x, t_x, T] dt}, in closed form (Fader, Hardie and Lee 2005b, eq. 2, with their
   * {@code Psi(s, s; z) = e^z Gamma(1 - s, z)}): {@code P(alive) (r + x)/(alpha + T) B (delta
   * B)^(s-1) e^(delta B) Gamma(1 - s, delta B)} with {@code B = beta + T}. Multiplied by the
   * expected spend per transaction this is the customer's residual lifetime value.
   *
   * @param delta the continuously compounded discount rate per period of the model's time unit
   *     (for weekly data and 15% a year, {@code ln(1.15) / 52 = 0.0027})
   */
  public double discountedExpectedResidualTransactions(CustomerSummary c, double delta) {
    Numerics.positive(delta, "delta");
    int x = c.frequency();
    double bigB = beta + c.age();
    double z = delta * bigB;
    double value = probabilityAlive(c) * (r + x) / (alpha + c.age()) * bigB
        * Math.exp((s - 1) * Math.log(z)) * IncompleteGamma.scaledUpper(1 - s, z);
    return Double.isFinite(value) && value > 0 ? value : 0;
  }

  /** A scoring view that memoises the 2F1 terms per distinct {@code (x, t)}; not thread-safe. */
  @Override
  public TransactionModel forScoring() {
    ParetoNbdModel model = this;
    PairMemo memo = new PairMemo((x, t) -> ParetoNbdIntegral.logJ(r, alpha, s, beta, x, t));
    return new TransactionModel() {
      @Override
      public String name() {
        return model.name();
      }

      @Override
      public Map<String, Double> parameters() {
        return model.parameters();
      }

      @Override
      public double logLikelihood(CustomerSummary c) {
        return model.logLikelihood(c);
      }

      @Override
      public double probabilityAlive(int x, double recency, double age) {
        return model.probabilityAlive(x, recency, age, memo);
      }

      @Override
      public double expectedPurchasesIfAlive(int x, double age, double horizon) {
        return model.expectedPurchasesIfAlive(x, age, horizon);
      }

      @Override
      public double expectedPurchasesOfNewCustomer(double horizon) {
        return model.expectedPurchasesOfNewCustomer(horizon);
      }
    };
  }

  /** E[X(t)] = r beta / (alpha (s - 1)) [1 - (beta / (beta + t))^(s-1)] for a new customer. */
  @Override
  public double expectedPurchasesOfNewCustomer(double horizon) {
    Numerics.nonNegative(horizon, "horizon");
    return r / alpha * beta * Numerics.oneMinusExpOver(s - 1, Math.log1p(horizon / beta));
  }
}
