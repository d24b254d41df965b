package org.completecrm.rules.explain;

import org.completecrm.core.CaseId;
import org.completecrm.core.Checks;

/**
 * No upsell while the customer has an open complaint.
 *
 * @param complaint the open complaint (the first by opening time)
 */
public record UpsellDuringComplaint(CaseId complaint) implements Reason {
  /** Validates the parts. */
  public UpsellDuringComplaint {
    Checks.present(complaint, "UpsellDuringComplaint.complaint");
  }

  @Override
  public Stage stage() {
    return Stage.SUITABILITY;
  }

  @Override
  public String by() {
    return "policy:suitability.open-complaint";
  }

  @Override
  public String text() {
    return "No upsell while complaint " + complaint + " is open.";
  }
}
