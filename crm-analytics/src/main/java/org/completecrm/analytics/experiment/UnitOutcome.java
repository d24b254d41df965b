package org.completecrm.analytics.experiment;

import org.completecrm.core.InvalidValueException;
import org.completecrm.core.experiment.ArmRole;
import org.completecrm.core.Checks;

/**
 * What one customer of an experiment did within its window: whether they responded (took the
 * experimented action, contacted or not) and the value they brought.
 *
 * @param arm the customer's arm
 * @param role the arm's role
 * @param responded whether the customer responded
 * @param value the value brought, finite
 */
public record UnitOutcome(String arm, ArmRole role, boolean responded, double value) {
  /** Validates the outcome. */
  public UnitOutcome {
    Checks.notBlank(arm, "UnitOutcome.arm");
    Checks.present(role, "UnitOutcome.role");
    if (!Double.isFinite(value)) {
      throw new InvalidValueException("UnitOutcome.value", value, "a finite value");
    }
  }
}
