/**
 * Profitability: revenue and contribution margin from transactions minus cost-to-serve, per
 * customer and household over a period, and the cumulative profitability ("whale") curve that
 * shows which share of customers produces which share of profit and where profit is destroyed.
 *
 * <p>Like cost-to-serve, the figures are exact fixed-point sums; the object API ({@link
 * org.completecrm.analytics.profit.Profitability}) and the columnar API ({@link
 * org.completecrm.analytics.profit.ProfitAccumulator}, {@link
 * org.completecrm.analytics.profit.WhaleCurve#ofUnscaled}) run the same code.
 */
@NullMarked
package org.completecrm.analytics.profit;

import org.jspecify.annotations.NullMarked;
