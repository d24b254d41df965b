package org.completecrm.core.timeline;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.math.BigDecimal;
import org.completecrm.core.InvalidValueException;
import org.completecrm.core.Checks;
import org.immutables.value.Value;

/**
 * What drives the cost of an interaction in activity-based costing: an activity ({@code
 * "inbound-call"}) and a quantity of its driver ({@code 7.5} minutes, {@code 1} statement).
 */
@Value.Immutable
@JsonSerialize(as = ImmutableCostDriver.class)
@JsonDeserialize(as = ImmutableCostDriver.class)
public abstract class CostDriver {
  CostDriver() {}

  /** {@code quantity} units of {@code activity}'s driver, counted in {@code unit}. */
  public static CostDriver of(String activity, BigDecimal quantity, String unit) {
    return ImmutableCostDriver.builder().activity(activity).quantity(quantity).unit(unit).build();
  }

  /** One occurrence of {@code activity} (driver unit {@code "occurrence"}). */
  public static CostDriver once(String activity) {
    return of(activity, BigDecimal.ONE, "occurrence");
  }

  /** The activity: {@code "branch-visit"}, {@code "inbound-call"}, {@code "email-handled"}. */
  public abstract String activity();

  /** How much of the driver was consumed. */
  public abstract BigDecimal quantity();

  /** The driver's unit: {@code "minute"}, {@code "occurrence"}, {@code "page"}. */
  public abstract String unit();

  @Value.Check
  void check() {
    Checks.notBlank(activity(), "CostDriver.activity");
    Checks.present(quantity(), "CostDriver.quantity");
    Checks.notBlank(unit(), "CostDriver.unit");
    if (quantity().signum() < 0) {
      throw new InvalidValueException("CostDriver.quantity", quantity(), "a quantity >= 0");
    }
  }
}
