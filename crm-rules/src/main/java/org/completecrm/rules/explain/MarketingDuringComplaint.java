package org.completecrm.rules.explain;

import java.time.Instant;
import org.completecrm.core.CaseId;
import org.completecrm.core.Checks;
import org.completecrm.rules.explain.internal.Instants;

/**
 * No marketing while the customer has an open complaint.
 *
 * @param complaint the open complaint (the first by opening time)
 * @param openedAt when it was opened
 */
public record MarketingDuringComplaint(CaseId complaint, Instant openedAt) implements Reason {
  /** Validates the parts. */
  public MarketingDuringComplaint {
    Checks.present(complaint, "MarketingDuringComplaint.complaint");
    Checks.present(openedAt, "MarketingDuringComplaint.openedAt");
  }

  @Override
  public Stage stage() {
    return Stage.CONTACT_POLICY;
  }

  @Override
  public String by() {
    return "policy:suppression.open-complaint";
  }

  @Override
  public String text() {
    return "No marketing while complaint " + complaint + " (opened " + Instants.iso(openedAt) + ") is open.";
  }
}
