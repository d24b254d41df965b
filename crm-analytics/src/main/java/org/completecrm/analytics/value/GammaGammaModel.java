package org.completecrm.analytics.value;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.completecrm.analytics.summary.CustomerSummary;
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
   * a customer with repeats has zero spend).
   *
   * @throws UnidentifiedModelException when fewer than two such customers exist
   */
  public static ModelFit<GammaGammaModel> fit(List<CustomerSummary> summaries) {
    if (summaries == null) {
      throw new InvalidValueException("summaries", "null", "a list of customer summaries");
    }
    Map<Key, Double> groups = new HashMap<>();
    long used = 0;
    long zeroSpend = 0;
    double sw = 0;
    double sx = 0;
    double sm = 0;
    double sxx = 0;
    double smm = 0;
    double sxm = 0;
    for (CustomerSummary s : summaries) {
      if (s.frequency() == 0) {
        continue;
      }
      if (s.monetaryValue() <= 0) {
        zeroSpend += s.weight();
        continue;
      }
      groups.merge(new Key(s.frequency(), s.monetaryValue()), (double) s.weight(), Double::sum);
      used += s.weight();
      double w = s.weight();
      double x = s.frequency();
      double m = s.monetaryValue();
      sw += w;
      sx += w * x;
      sm += w * m;
      sxx += w * x * x;
      smm += w * m * m;
      sxm += w * x * m;
    }
    if (groups.size() < 2) {
      throw new UnidentifiedModelException(NAME,
          "fewer than two distinct customers with repeat purchases and positive spend");
    }
    int n = groups.size();
    int[] gx = new int[n];
    double[] gm = new double[n];
    double[] gw = new double[n];
    int k = 0;
    double meanM = sm / sw;
    for (Map.Entry<Key, Double> e : groups.entrySet()) {
      gx[k] = e.getKey().x();
      gm[k] = e.getKey().m();
      gw[k] = e.getValue();
      k++;
    }
    MaximumLikelihood.Estimate est =
        MaximumLikelihood.maximise(
            t -> logLikelihood(gx, gm, gw, t[0], t[1], t[2]),
            new double[] {1, 2, Math.max(meanM, 1e-6)},
            new String[] {"p", "q", "gamma"}, used);
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
        est.standardErrors(), used, est.diagnostics(), warnings);
  }

  private static double logLikelihood(int[] x, double[] m, double[] w, double p, double q,
      double gamma) {
    double common = -Gamma.logGamma(q) + q * Math.log(gamma);
    double sum = 0;
    for (int i = 0; i < x.length; i++) {
      double px = p * x[i];
      sum += w[i] * (common + Gamma.logGamma(px + q) - Gamma.logGamma(px)
          + (px - 1) * Math.log(m[i]) + px * Math.log(x[i])
          - (px + q) * Math.log(gamma + m[i] * x[i]));
    }
    return sum;
  }

  /** The log-likelihood of one customer's mean spend over {@code frequency > 0} purchases. */
  public double logLikelihood(int frequency, double monetaryValue) {
    if (frequency < 1) {
      throw new InvalidValueException("GammaGammaModel.frequency", frequency, "a count >= 1");
    }
    Numerics.positive(monetaryValue, "GammaGammaModel.monetaryValue");
    return logLikelihood(new int[] {frequency}, new double[] {monetaryValue}, new double[] {1},
        p, q, gamma);
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

  private record Key(int x, double m) {}
}
