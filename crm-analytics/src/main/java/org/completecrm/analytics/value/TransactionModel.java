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
  default double expectedPurchases(int frequency, double recency, double age, double horizon) {
    return probabilityAlive(frequency, recency, age)
        * expectedPurchasesIfAlive(frequency, age, horizon);
  }

  /**
   * Expected purchases in the next {@code horizon} periods of a customer who is still alive
   * (the conditional expectation divided by P(alive)). Given alive, the posterior of the
   * customer's rates depends on the frequency and the age only, so the recency is not an
   * argument: scoring can share this value between customers with equal {@code (x, T)}.
   */
  double expectedPurchasesIfAlive(int frequency, double age, double horizon);

  /** The expected number of repeat purchases of a new customer in {@code horizon} periods. */
  double expectedPurchasesOfNewCustomer(double horizon);

  /**
   * A view of this model for scoring many customers on one thread: the same results, possibly
   * memoising terms shared between customers (Pareto/NBD's 2F1 terms per {@code (x, t)}). Not
   * thread-safe: take one per thread or task. The default is the model itself.
   */
  default TransactionModel forScoring() {
    return this;
  }
}
