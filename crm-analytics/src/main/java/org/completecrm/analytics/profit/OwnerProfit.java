package org.completecrm.analytics.profit;

import org.completecrm.core.InvalidValueException;
import org.completecrm.core.Money;
import org.completecrm.core.Checks;

/**
 * One owner's (customer's or household's) profitability over a period.
 *
 * @param <K> the owner type
 * @param owner the customer or household
 * @param revenue purchases minus refunds
 * @param margin the contribution margin of those transactions
 * @param costToServe the cost-to-serve of its interactions and cases
 * @param profit margin minus cost-to-serve
 */
public record OwnerProfit<K>(K owner, Money revenue, Money margin, Money costToServe, Money profit) {
  /** Validates the figures: profit is exactly margin minus cost-to-serve. */
  public OwnerProfit {
    Checks.present(owner, "OwnerProfit.owner");
    Checks.present(revenue, "OwnerProfit.revenue");
    Checks.present(margin, "OwnerProfit.margin");
    Checks.present(costToServe, "OwnerProfit.costToServe");
    Checks.present(profit, "OwnerProfit.profit");
    if (!margin.minus(costToServe).equals(profit)) {
      throw new InvalidValueException("OwnerProfit.profit", profit, "margin minus cost-to-serve " + margin.minus(costToServe));
    }
  }
}
