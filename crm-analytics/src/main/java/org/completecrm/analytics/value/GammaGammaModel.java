package org.completecrm.analytics.value;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.completecrm.analytics.internal.Chunks;
import org.completecrm.analytics.summary.CustomerSummary;
import org.completecrm.analytics.summary.SummaryColumns;
import org.completecrm.core.InvalidValueException;
import org.hipparchus.special.Gamma;

/**
 * The Gamma-Gamma model of spend per transaction (Fader, Hardie and Lee 2005b, "RFM and CLV:
 * using iso-value curves", JMR 42(4); Fader and Hardie 2013, "The Gamma-Gamma model of monetary
 * value"): each transaction ~ Gamma(p, nu), the customer's nu ~ Gamma(q, gamma). It assumes
 * spend independent of frequency; the fit reports their correlation and warns when it is strong.
 *
 * @param p shape of the spend per transaction
 * @param q shape of the distribution of nu across customers
 * @param gamma scale of the distribution of nu across customers (in money)
 */
public record GammaGammaModel(double p, double q, double gamma) implements ValueModel {
  /** The model's name on the command line. */
  public static final String NAME = "gamma-gamma";

  /** Above this absolute correlation of spend and frequency the fit carries a warning. */
  public static final double CORRELATION_WARNING = 0.3;

  /** Validates: every parameter finite and {@code > 0}. */
  public GammaGammaModel {
    Numerics.parameter(p, "GammaGammaModel.p");
    Numerics.parameter(q, "GammaGammaModel.q");
    Numerics.parameter(gamma, "GammaGammaModel.gamma");
  }

  /**
   * Fits the model on the customers with at least one repeat purchase and a positive mean
   * repeat spend (the others carry no spend information and are left out, with a warning when
   * a customer with repeats has zero spend). Runs on as many threads as the machine has cores.
   *
   * @throws UnidentifiedModelException when fewer than two such customers exist
   */
  public static ModelFit<GammaGammaModel> fit(List<CustomerSummary> summaries) {
    return fit(SummaryColumns.of(summaries), Chunks.defaultThreads());
  }

  /**
   * Fits the model on columnar summaries with {@code threads} threads (1 is valid); the result
   * is the same to the last bit whatever the number of threads.
   *
   * @throws UnidentifiedModelException when fewer than two such customers exist
   */
  public static ModelFit<GammaGammaModel> fit(SummaryColumns summaries, int threads) {
    if (summaries == null) {
      throw new InvalidValueException("summaries", "null", "a list of customer summaries");
    }
    long zeroSpend = 0;
    double sw = 0;
    double sx = 0;
    double sm = 0;
    double sxx = 0;
    double smm = 0;
    double sxm = 0;
    for (int i = 0; i < summaries.size(); i++) {
      int frequency = summaries.frequency(i);
      if (frequency == 0) {
        continue;
      }
      double m = summaries.monetaryValue(i);
      double w = summaries.weight(i);
      if (m <= 0) {
        zeroSpend += (long) w;
        continue;
      }
      double x = frequency;
      sw += w;
      sx += w * x;
      sm += w * m;
      sxx += w * x * x;
      smm += w * m * m;
      sxm += w * x * m;
    }
    Grouped g = Grouped.spend(summaries);
    if (g.size < 2) {
      throw new UnidentifiedModelException(NAME,
          "fewer than two distinct customers with repeat purchases and positive spend");
    }
    double meanM = sm / sw;
    MaximumLikelihood.Estimate est;
    try (Chunks chunks = Chunks.of(threads)) {
      Spend all = new Spend(g, chunks);
      Grouped sample = g.warmStartSample();
      Spend part = sample == null ? null : new Spend(sample, chunks);
      est = Newton.maximise(all::logLikelihood, part == null ? null : part::logLikelihood,
          new double[] {1, 2, Math.max(meanM, 1e-6)}, new String[] {"p", "q", "gamma"},
          g.customers, sample == null ? 0 : sample.customers);
    }
    List<String> warnings = new ArrayList<>(est.warnings());
    double cov = sxm / sw - (sx / sw) * (sm / sw);
    double vx = sxx / sw - (sx / sw) * (sx / sw);
    double vm = smm / sw - meanM * meanM;
    double corr = vx > 0 && vm > 0 ? cov / Math.sqrt(vx * vm) : 0;
    warnings.add(String.format(Locale.ROOT,
        "spend-frequency correlation %.4f (the model assumes independence)", corr));
    if (Math.abs(corr) > CORRELATION_WARNING) {
      warnings.add(String.format(Locale.ROOT,
          "spend and frequency are correlated (%.2f): the Gamma-Gamma model's independence "
              + "assumption does not hold", corr));
    }
    if (zeroSpend > 0) {
      warnings.add(zeroSpend + " customers with repeat purchases but zero spend were left out");
    }
    double[] t = est.theta();
    return new ModelFit<>(new GammaGammaModel(t[0], t[1], t[2]), est.logLikelihood(),
        est.standardErrors(), g.customers, est.diagnostics(), warnings);
  }

  /**
   * The log-likelihood of grouped {@code (x, m_x)} and its gradient. The terms of x alone
   * ({@code log Gamma(p x + q) - log Gamma(p x) + p x log x} and their digammas) are computed
   * once per distinct x, the sums of {@code w log m} and {@code w x log m} once per fit; per
   * group remains the one logarithm {@code log(gamma + m x)}.
   */
  private static final class Spend {
    private final Grouped g;
    private final Chunks chunks;
    private final double sumLogM;
    private final double sumXLogM;

    Spend(Grouped g, Chunks chunks) {
      this.g = g;
      this.chunks = chunks;
      double[] s = chunks.sum(g.size, 2, (from, to, acc) -> {
        for (int i = from; i < to; i++) {
          double l = g.w[i] * Math.log(g.tx[i]);
          acc[0] += l;
          acc[1] += g.x[i] * l;
        }
      });
      sumLogM = s[0];
      sumXLogM = s[1];
    }

    double logLikelihood(double[] theta, double[] gradient) {
      double p = theta[0];
      double q = theta[1];
      double gamma = theta[2];
      double lgQ = Gamma.logGamma(q);
      double psiQ = Gamma.digamma(q);
      double logGamma = Math.log(gamma);
      double ll = p * sumXLogM - sumLogM;
      double dp = sumXLogM;
      double dq = 0;
      double dGamma = 0;
      for (int k = 0; k < g.xs.length; k++) {
        double x = g.xs[k];
        double wx = g.weightOfX[k];
        double px = p * x;
        double logX = Math.log(x);
        ll += wx * (-lgQ + q * logGamma + Gamma.logGamma(px + q) - Gamma.logGamma(px)
            + px * logX);
        double psiPxq = Gamma.digamma(px + q);
        dp += wx * x * (psiPxq - Gamma.digamma(px) + logX);
        dq += wx * (-psiQ + logGamma + psiPxq);
        dGamma += wx * q / gamma;
      }
      double[] s = chunks.sum(g.size, 4, (from, to, acc) -> {
        double sl = 0;
        double sxl = 0;
        double sinv = 0;
        double sxinv = 0;
        for (int i = from; i < to; i++) {
          double w = g.w[i];
          int x = g.x[i];
          double v = gamma + g.tx[i] * x;
          double l = w * Math.log(v);
          double inv = w / v;
          sl += l;
          sxl += x * l;
          sinv += inv;
          sxinv += x * inv;
        }
        acc[0] = sl;
        acc[1] = sxl;
        acc[2] = sinv;
        acc[3] = sxinv;
      });
      gradient[0] = dp - s[1];
      gradient[1] = dq - s[0];
      gradient[2] = dGamma - p * s[3] - q * s[2];
      return ll - p * s[1] - q * s[0];
    }
  }

  /** The log-likelihood with gradient of grouped spend, for tests. */
  static Newton.Objective objective(Grouped g, Chunks chunks) {
    return new Spend(g, chunks)::logLikelihood;
  }

  private static double logLikelihood(int x, double m, double p, double q, double gamma) {
    double px = p * x;
    return -Gamma.logGamma(q) + q * Math.log(gamma) + Gamma.logGamma(px + q)
        - Gamma.logGamma(px) + (px - 1) * Math.log(m) + px * Math.log(x)
        - (px + q) * Math.log(gamma + m * x);
  }

  /** The log-likelihood of one customer's mean spend over {@code frequency > 0} purchases. */
  public double logLikelihood(int frequency, double monetaryValue) {
    if (frequency < 1) {
      throw new InvalidValueException("GammaGammaModel.frequency", frequency, "a count >= 1");
    }
    Numerics.positive(monetaryValue, "GammaGammaModel.monetaryValue");
    return logLikelihood(frequency, monetaryValue, p, q, gamma);
  }

  /**
   * E[Z | x, m_x] = (p (gamma + x m_x)) / (p x + q - 1), the expected spend per future
   * transaction: a weighted mean of the population mean p gamma / (q - 1) and the customer's own
   * mean (Fader, Hardie and Lee 2005b, eq. 5). Customers with {@code frequency == 0} get the
   * population mean.
   *
   * @throws InvalidValueException when {@code p x + q <= 1} (the mean does not exist)
   */
  public double expectedSpend(int frequency, double monetaryValue) {
    if (frequency < 0) {
      throw new InvalidValueException("GammaGammaModel.frequency", frequency, "a count >= 0");
    }
    Numerics.nonNegative(monetaryValue, "GammaGammaModel.monetaryValue");
    double denominator = p * frequency + q - 1;
    if (!(denominator > 0)) {
      throw new InvalidValueException("GammaGammaModel.q", q,
          "p x + q > 1 so that the expected spend exists (x = " + frequency + ")");
    }
    double m = frequency == 0 ? 0 : monetaryValue;
    return p * (gamma + frequency * m) / denominator;
  }

  /** The expected spend of a customer from the summary's frequency and monetary value. */
  public double expectedSpend(CustomerSummary s) {
    return expectedSpend(s.frequency(), s.monetaryValue());
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Map<String, Double> parameters() {
    Map<String, Double> m = new LinkedHashMap<>();
    m.put("p", p);
    m.put("q", q);
    m.put("gamma", gamma);
    return m;
  }

}
