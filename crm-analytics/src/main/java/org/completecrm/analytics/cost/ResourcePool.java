package org.completecrm.analytics.cost;

import java.math.BigDecimal;
import org.completecrm.core.InvalidValueException;
import org.completecrm.core.Money;
import org.completecrm.core.Checks;

/**
 * A resource cost pool of time-driven activity-based costing: what a department's capacity costs
 * over a period (staff, space, systems) and its practical capacity in minutes over that period.
 *
 * @param name the pool's name ({@code "contact-centre"})
 * @param cost the cost of the capacity supplied over the period, never negative
 * @param practicalCapacityMinutes the minutes of work the resources can practically supply (typically
 *     80-85% of theoretical capacity), positive
 */
public record ResourcePool(String name, Money cost, BigDecimal practicalCapacityMinutes) {
  /** Validates the pool. */
  public ResourcePool {
    Checks.notBlank(name, "ResourcePool.name");
    Checks.present(cost, "ResourcePool.cost");
    Checks.present(practicalCapacityMinutes, "ResourcePool.practicalCapacityMinutes");
    if (cost.signum() < 0) {
      throw new InvalidValueException("ResourcePool.cost", cost, "a cost >= 0");
    }
    if (practicalCapacityMinutes.signum() <= 0) {
      throw new InvalidValueException("ResourcePool.practicalCapacityMinutes", practicalCapacityMinutes, "a capacity > 0");
    }
  }
}
