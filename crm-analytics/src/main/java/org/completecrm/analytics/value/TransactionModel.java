package org.completecrm.analytics.value;

import org.completecrm.analytics.summary.CustomerSummary;

/**
 * A continuous-time model of repeat purchasing with dropout (BG/NBD, MBG/NBD, Pareto/NBD): per
 * customer, the probability of being alive and the expected number of future purchases, all in
 * the time unit of the summaries the model was fitted on.
 */
public interface TransactionModel extends ValueModel {
  /** The log-likelihood of one customer's summary (weight ignored). */
  double logLikelihood(CustomerSummary summary);

  /** The probability that the customer is still alive at the end of the calibration period. */
  default double probabilityAlive(CustomerSummary summary) {
    return probabilityAlive(summary.frequency(), summary.recency(), summary.age());
  }

  /** The expected number of purchases in the next {@code horizon} periods given the summary. */
  default double expectedPurchases(CustomerSummary summary, double horizon) {
    return expectedPurchases(summary.frequency(), summary.recency(), summary.age(), horizon);
  }

  /**
   * P(alive) from the raw statistics {@code (x, t_x, T)}, for scoring columnar data without
   * creating summaries; validated as {@link CustomerSummary} validates them.
   */
  double probabilityAlive(int frequency, double recency, double age);

  /** Expected purchases in the next {@code horizon} periods from the raw statistics. */
  double expectedPurchases(int frequency, double recency, double age, double horizon);

  /** The expected number of repeat purchases of a new customer in {@code horizon} periods. */
  double expectedPurchasesOfNewCustomer(double horizon);
}
