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
  double probabilityAlive(CustomerSummary summary);

  /** The expected number of purchases in the next {@code horizon} periods given the summary. */
  double expectedPurchases(CustomerSummary summary, double horizon);

  /** The expected number of repeat purchases of a new customer in {@code horizon} periods. */
  double expectedPurchasesOfNewCustomer(double horizon);
}
