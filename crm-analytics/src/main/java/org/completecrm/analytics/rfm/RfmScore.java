package org.completecrm.analytics.rfm;

import org.completecrm.core.CustomerId;

/**
 * A customer's RFM scores, each from 1 (lowest) to the number of bins (highest); recency scores
 * are 1-based; recency is the time of the last repeat purchase t_x, so a larger t_x scores higher.
 *
 * @param customerId the customer
 * @param recency the recency score (higher = more recent last purchase)
 * @param frequency the frequency score (higher = more repeat purchases)
 * @param monetary the monetary score (higher = higher mean repeat spend)
 */
public record RfmScore(CustomerId customerId, int recency, int frequency, int monetary) {
  /** The three scores as one code, e.g. {@code "545"}. */
  public String code() {
    return "" + recency + frequency + monetary;
  }
}
