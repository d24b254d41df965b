package org.completecrm.analytics.rfm;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.ToDoubleFunction;
import org.completecrm.analytics.summary.CustomerSummary;
import org.completecrm.core.CustomerId;
import org.completecrm.core.InvalidValueException;

/**
 * Computes RFM scores from customer summaries.
 *
 * <p>Quantile bins: customers are ranked by the value (weights count as that many customers);
 * a value's score is {@code 1 + floor(bins * p)} where {@code p} is the share of customers with
 * a strictly smaller value. Ties therefore always share one score (the score of the first of
 * them in ascending order), so a bin can be larger or empty when many customers tie (e.g. all
 * one-time buyers share frequency score 1). Custom bins: score {@code 1 +} the number of
 * thresholds at or below the value. Results are keyed and ordered by customer id.
 */
public final class RfmScores {
  private RfmScores() {}

  /** Quintile scores (1 to 5). */
  public static Map<CustomerId, RfmScore> quintiles(List<CustomerSummary> customers) {
    return quantiles(customers, 5);
  }

  /** Quantile scores from 1 to {@code bins}. */
  public static Map<CustomerId, RfmScore> quantiles(List<CustomerSummary> customers, int bins) {
    if (bins < 1) {
      throw new InvalidValueException("RfmScores.bins", bins, "a number of bins >= 1");
    }
    check(customers);
    Quantiler r = new Quantiler(customers, CustomerSummary::recency, bins);
    Quantiler f = new Quantiler(customers, s -> s.frequency(), bins);
    Quantiler m = new Quantiler(customers, CustomerSummary::monetaryValue, bins);
    Map<CustomerId, RfmScore> out = new TreeMap<>();
    for (CustomerSummary s : customers) {
      out.put(s.customerId(), new RfmScore(s.customerId(), r.score(s.recency()),
          f.score(s.frequency()), m.score(s.monetaryValue())));
    }
    return out;
  }

  /**
   * Scores against custom ascending thresholds: {@code 1 +} the number of thresholds {@code <=}
   * the value.
   */
  public static Map<CustomerId, RfmScore> withThresholds(List<CustomerSummary> customers,
      double[] recency, double[] frequency, double[] monetary) {
    check(customers);
    ascending(recency, "RfmScores.recencyThresholds");
    ascending(frequency, "RfmScores.frequencyThresholds");
    ascending(monetary, "RfmScores.monetaryThresholds");
    Map<CustomerId, RfmScore> out = new TreeMap<>();
    for (CustomerSummary s : customers) {
      out.put(s.customerId(), new RfmScore(s.customerId(), bin(recency, s.recency()),
          bin(frequency, s.frequency()), bin(monetary, s.monetaryValue())));
    }
    return out;
  }

  private static int bin(double[] thresholds, double v) {
    int k = 0;
    while (k < thresholds.length && thresholds[k] <= v) {
      k++;
    }
    return k + 1;
  }

  private static void ascending(double[] t, String field) {
    if (t == null) {
      throw new InvalidValueException(field, "null", "ascending finite thresholds");
    }
    for (int i = 0; i < t.length; i++) {
      if (!Double.isFinite(t[i]) || (i > 0 && t[i] <= t[i - 1])) {
        throw new InvalidValueException(field, Arrays.toString(t), "strictly ascending finite thresholds");
      }
    }
  }

  private static void check(List<CustomerSummary> customers) {
    if (customers == null) {
      throw new InvalidValueException("RfmScores.customers", "null", "a list of summaries");
    }
    java.util.Set<CustomerId> seen = new java.util.HashSet<>();
    for (CustomerSummary s : customers) {
      if (s == null) {
        throw new InvalidValueException("RfmScores.customers", "null", "a customer summary");
      }
      if (!seen.add(s.customerId())) {
        throw new InvalidValueException("RfmScores.customers", s.customerId(), "one summary per customer id");
      }
    }
  }

  /** Weighted ranks of one variable. */
  private static final class Quantiler {
    private final double[] values;
    private final double[] below;
    private final double total;
    private final int bins;

    Quantiler(List<CustomerSummary> customers, ToDoubleFunction<CustomerSummary> f, int bins) {
      TreeMap<Double, Double> weights = new TreeMap<>();
      double t = 0;
      for (CustomerSummary s : customers) {
        weights.merge(f.applyAsDouble(s) + 0.0, (double) s.weight(), Double::sum);
        t += s.weight();
      }
      values = new double[weights.size()];
      below = new double[weights.size()];
      double acc = 0;
      int i = 0;
      for (Map.Entry<Double, Double> e : weights.entrySet()) {
        values[i] = e.getKey();
        below[i] = acc;
        acc += e.getValue();
        i++;
      }
      total = t;
      this.bins = bins;
    }

    int score(double v) {
      int i = Arrays.binarySearch(values, v + 0.0);
      return 1 + (int) Math.min(bins - 1, Math.floor(bins * below[i] / total));
    }
  }
}
