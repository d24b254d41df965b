/**
 * Segmentation: value tiers first, by documented cut rules on profitability and CLV; then
 * needs-based segments inside each tier by k-means on behavioural features (channel mix, product
 * mix, service intensity) with a seed and a stability measure; and the migration of customers
 * between segments from one period to the next.
 *
 * <p>Segments are named values ({@code "gold-web"}) that reach rule sets as labels of {@link
 * org.completecrm.core.score.Scores} ({@code valueTier}, {@code segment}).
 */
package org.completecrm.analytics.segment;
