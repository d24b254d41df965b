package org.completecrm.analytics.validation;

import java.util.ArrayList;
import java.util.List;
import org.completecrm.analytics.summary.CalibrationHoldout;
import org.completecrm.analytics.value.TransactionModel;
import org.completecrm.core.InvalidValueException;

/**
 * Calibration-versus-holdout comparison (the "conditional expectations" plot of Fader, Hardie
 * and Lee 2005a, figure 4): customers are bucketed by calibration frequency, and the mean
 * actual holdout purchases are set beside the mean of the model's conditional expectations over
 * each customer's holdout duration.
 */
public final class HoldoutValidation {
  private HoldoutValidation() {}

  /**
   * Buckets x = 0, 1, ..., {@code censorAt - 1} and {@code x >= censorAt}; empty buckets are
   * left out.
   */
  public static List<FrequencyBucket> byFrequency(
      TransactionModel model, List<CalibrationHoldout> customers, int censorAt) {
    if (model == null || customers == null) {
      throw new InvalidValueException("HoldoutValidation", "null", "a model and customers");
    }
    if (censorAt < 1) {
      throw new InvalidValueException("HoldoutValidation.censorAt", censorAt, "a frequency >= 1");
    }
    long[] n = new long[censorAt + 1];
    double[] actual = new double[censorAt + 1];
    double[] predicted = new double[censorAt + 1];
    for (CalibrationHoldout c : customers) {
      int k = Math.min(c.calibration().frequency(), censorAt);
      long w = c.calibration().weight();
      n[k] += w;
      actual[k] += w * (double) c.holdoutFrequency();
      predicted[k] += w * model.expectedPurchases(c.calibration(), c.holdoutDuration());
    }
    List<FrequencyBucket> out = new ArrayList<>();
    for (int k = 0; k <= censorAt; k++) {
      if (n[k] > 0) {
        out.add(new FrequencyBucket(k, k == censorAt, n[k], actual[k] / n[k], predicted[k] / n[k]));
      }
    }
    return out;
  }

  /** Total actual and predicted holdout purchases over all customers: {@code {actual, predicted}}. */
  public static double[] totals(TransactionModel model, List<CalibrationHoldout> customers) {
    double actual = 0;
    double predicted = 0;
    for (CalibrationHoldout c : customers) {
      long w = c.calibration().weight();
      actual += w * (double) c.holdoutFrequency();
      predicted += w * model.expectedPurchases(c.calibration(), c.holdoutDuration());
    }
    return new double[] {actual, predicted};
  }
}
