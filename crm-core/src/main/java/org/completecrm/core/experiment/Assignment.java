package org.completecrm.core.experiment;

import org.completecrm.core.Checks;

/**
 * The arm a customer is in: what every decision in an experiment records.
 *
 * @param experiment the experiment's id
 * @param arm the arm's name
 * @param role the arm's role
 */
public record Assignment(String experiment, String arm, ArmRole role) {
  /** Validates the assignment. */
  public Assignment {
    Checks.notBlank(experiment, "Assignment.experiment");
    Checks.notBlank(arm, "Assignment.arm");
    Checks.present(role, "Assignment.role");
  }

  /** Whether the customer is kept from contact by the experimented action. */
  public boolean isControl() {
    return role == ArmRole.CONTROL;
  }
}
