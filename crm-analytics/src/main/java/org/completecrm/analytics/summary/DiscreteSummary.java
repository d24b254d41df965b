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

  /** Validates {@code 0 <= frequency <= recency <= periods}, recency 0 without transactions. */
  public DiscreteSummary {
    if (customerId == null) {
      throw new InvalidValueException("DiscreteSummary.customerId", "null", "a customer id");
    }
    if (periods < 0) {
      throw new InvalidValueException("DiscreteSummary.periods", periods, "a count n >= 0");
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
