/**
 * Customer summaries: the per-customer sufficient statistics of the customer-base-analysis
 * literature (frequency of repeat purchases, recency, age T, mean repeat spend), computed from
 * purchases for a calibration period and an optional holdout period in any time unit.
 *
 * <p>Summaries are Java records rather than Immutables values: they are small positional
 * tuples created by the million when a customer base is scored, and a record validates in its
 * compact constructor without a builder or a generated class.
 */
package org.completecrm.analytics.summary;
