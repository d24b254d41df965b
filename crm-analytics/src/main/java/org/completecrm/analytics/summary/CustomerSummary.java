package org.completecrm.analytics.summary;

import org.completecrm.core.CustomerId;
import org.completecrm.core.InvalidValueException;

/**
 * The sufficient statistics of one customer (or of {@code weight} identical customers) over a
 * calibration period, in the literature's notation {@code (x, t_x, T, m_x)}.
 *
 * @param customerId the customer (every model result is keyed by it, never by position)
 * @param frequency x: the number of repeat purchases (purchases after the first; several
 *     purchases on one day count as one)
 * @param recency t_x: the time from the first purchase to the last repeat purchase (0 when
 *     {@code frequency == 0}), in the summary's unit
 * @param age T: the time from the first purchase to the end of the calibration period
 * @param monetaryValue m_x: the mean spend of the repeat purchases (the first purchase is
 *     excluded; 0 when there is none)
 * @param weight how many identical customers this row stands for (1 for one customer)
 */
public record CustomerSummary(
    CustomerId customerId,
    int frequency,
    double recency,
    double age,
    double monetaryValue,
    long weight) {

  /**
   * Most repeat purchases a summary may count: far above any customer's, and low enough that the
   * models' tables indexed by frequency stay small.
   */
  public static final int MAX_FREQUENCY = 1_000_000;
  /** Longest age T (and so recency) in the summary's unit: 1e10 covers 300 years in seconds. */
  public static final double MAX_AGE = 1e10;
  /** Largest mean spend per purchase: beyond it spend times frequency is no longer a sensible amount. */
  public static final double MAX_MONETARY_VALUE = 1e15;

  /** Validates: {@code 0 <= frequency <= MAX_FREQUENCY}, {@code 0 <= recency <= age <= MAX_AGE}, spend at most {@code MAX_MONETARY_VALUE}, recency 0 without repeats, finite numbers. */
  public CustomerSummary {
    if (customerId == null) {
      throw new InvalidValueException("CustomerSummary.customerId", "null", "a customer id");
    }
    validate(frequency, recency, age, monetaryValue, weight);
  }

  /** The checks of the canonical constructor on the numbers alone (shared with {@link SummaryColumns}). */
  static void validate(
      int frequency, double recency, double age, double monetaryValue, long weight) {
    if (frequency < 0 || frequency > MAX_FREQUENCY) {
      throw new InvalidValueException(
          "CustomerSummary.frequency", frequency, "a number of repeat purchases in [0, 1,000,000]");
    }
    if (!(age >= 0 && age <= MAX_AGE)) {
      throw new InvalidValueException("CustomerSummary.age", age, "a time T in [0, 1e10]");
    }
    if (!Double.isFinite(recency) || recency < 0 || recency > age) {
      throw new InvalidValueException(
          "CustomerSummary.recency", recency, "a finite time in [0, T = " + age + "]");
    }
    if (frequency == 0 && recency != 0) {
      throw new InvalidValueException(
          "CustomerSummary.recency", recency, "0 for a customer without repeat purchases");
    }
    if (!(monetaryValue >= 0 && monetaryValue <= MAX_MONETARY_VALUE)) {
      throw new InvalidValueException(
          "CustomerSummary.monetaryValue", monetaryValue, "a mean spend in [0, 1e15]");
    }
    if (weight < 1) {
      throw new InvalidValueException("CustomerSummary.weight", weight, "a count >= 1");
    }
  }

  /** A summary of one customer. */
  public static CustomerSummary of(
      CustomerId customerId, int frequency, double recency, double age, double monetaryValue) {
    return new CustomerSummary(customerId, frequency, recency, age, monetaryValue, 1);
  }
}
