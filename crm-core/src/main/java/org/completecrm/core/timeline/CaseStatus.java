package org.completecrm.core.timeline;

/** Where a case stands. */
public enum CaseStatus {
  /** Raised, not yet worked. */
  OPEN,
  /** Being worked. */
  IN_PROGRESS,
  /** Solved, awaiting the customer's confirmation. */
  RESOLVED,
  /** Finished. */
  CLOSED;

  /** Whether the case still needs work. */
  public boolean isOpen() {
    return this == OPEN || this == IN_PROGRESS;
  }
}
