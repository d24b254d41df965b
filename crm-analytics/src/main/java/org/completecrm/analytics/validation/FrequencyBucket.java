package org.completecrm.analytics.validation;

/**
 * Predicted and actual holdout purchases of the customers with one calibration frequency.
 *
 * @param frequency the calibration frequency x (the last bucket holds {@code x >= frequency})
 * @param censored whether this is the last, open-ended bucket
 * @param customers the customer weight in the bucket
 * @param actual the mean number of holdout purchases
 * @param predicted the mean conditional expectation of holdout purchases
 */
public record FrequencyBucket(
    int frequency, boolean censored, long customers, double actual, double predicted) {}
