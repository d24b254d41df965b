/**
 * Cost-to-serve: activity-based costing of every interaction by activity, cost driver and channel
 * rate (given directly or derived by time-driven ABC from resource cost pools and practical
 * capacity), rolled up exactly per customer, household, channel, activity and segment.
 *
 * <p>Amounts are exact: rates and driver quantities are fixed-point decimals and every sum is a
 * {@code long} of the card's minor unit, so totals are additive to the last digit. The object API
 * ({@link org.completecrm.analytics.cost.CostToServe}) and the columnar API ({@link
 * org.completecrm.analytics.cost.CostAccumulator}) run the same code.
 */
@NullMarked
package org.completecrm.analytics.cost;

import org.jspecify.annotations.NullMarked;
