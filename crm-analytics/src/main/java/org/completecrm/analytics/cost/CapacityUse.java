package org.completecrm.analytics.cost;

import java.math.BigDecimal;
import org.completecrm.core.Money;
import org.completecrm.core.Checks;

/**
 * How much of a resource pool's practical capacity the driver volumes used, and what the unused
 * capacity cost: the figure time-driven ABC makes visible instead of spreading it over customers.
 *
 * @param pool the pool's name
 * @param suppliedMinutes the practical capacity supplied
 * @param usedMinutes the minutes the volumes used (may exceed the capacity: then unused is negative)
 * @param usedCost the cost of the used minutes at the capacity cost rate
 * @param unusedCost the pool's cost minus {@code usedCost}
 */
public record CapacityUse(String pool, BigDecimal suppliedMinutes, BigDecimal usedMinutes, Money usedCost, Money unusedCost) {
  /** Validates the figures. */
  public CapacityUse {
    Checks.notBlank(pool, "CapacityUse.pool");
    Checks.present(suppliedMinutes, "CapacityUse.suppliedMinutes");
    Checks.present(usedMinutes, "CapacityUse.usedMinutes");
    Checks.present(usedCost, "CapacityUse.usedCost");
    Checks.present(unusedCost, "CapacityUse.unusedCost");
  }

  /** The used share of the practical capacity, as a fraction (above 1 when over capacity). */
  public double utilisation() {
    return usedMinutes.doubleValue() / suppliedMinutes.doubleValue();
  }
}
