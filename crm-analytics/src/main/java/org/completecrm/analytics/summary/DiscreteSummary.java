package org.completecrm.analytics.summary;

import org.completecrm.core.CustomerId;
import org.completecrm.core.InvalidValueException;

/**
 * The sufficient statistics of one customer (or of {@code weight} identical customers) in
 * discrete time, for the BG/BB model: of {@code periods} transaction opportunities after the
 * first, the customer transacted at {@code frequency} of them, the last one at opportunity
 * {@code recency} (Fader, Hardie and Shang 2010).
 *
 * @param customerId the customer
 * @param frequency x: opportunities with a transaction
 * @param recency t_x: the last opportunity with a transaction (0 when {@code frequency == 0})
 * @param periods n: the number of opportunities observed
 * @param weight how many identical customers this row stands for
 */
public record DiscreteSummary(
    CustomerId customerId, int frequency, int recency, int periods, long weight) {
  /** Most transaction opportunities a summary may observe (and a prediction may look ahead). */
  public static final int MAX_PERIODS = 10_000_000;


  /** Validates {@code 0 <= frequency <= recency <= periods}, recency 0 without transactions. */
  public DiscreteSummary {
    if (customerId == null) {
      throw new InvalidValueException("DiscreteSummary.customerId", "null", "a customer id");
    }
    if (periods < 0 || periods > MAX_PERIODS) {
      throw new InvalidValueException("DiscreteSummary.periods", periods, "a count n in [0, 10,000,000]");
    }
    if (recency < 0 || recency > periods) {
      throw new InvalidValueException(
          "DiscreteSummary.recency", recency, "an opportunity in [0, n = " + periods + "]");
    }
    if (frequency < 0 || frequency > recency || (frequency == 0) != (recency == 0)) {
      throw new InvalidValueException(
          "DiscreteSummary.frequency",
          frequency,
          "a count in [1, t_x = " + recency + "] (0 exactly when t_x = 0)");
    }
    if (weight < 1) {
      throw new InvalidValueException("DiscreteSummary.weight", weight, "a count >= 1");
    }
  }
}
