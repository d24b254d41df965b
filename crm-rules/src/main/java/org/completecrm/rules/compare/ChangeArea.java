package org.completecrm.rules.compare;

/** The part of a decision a change is in, in the order changes are listed. */
public enum ChangeArea {
  /** A chosen action: newly chosen, no longer chosen, or chosen differently. */
  ACTION,
  /** A candidate chosen in neither decision: proposed, no longer proposed, or dropped elsewhere. */
  CANDIDATE,
  /** A rule that fires in one decision only. */
  RULE,
  /** A commitment made in one decision only, or made with another deadline. */
  COMMITMENT,
  /** An overdue commitment escalated in one decision only, or routed elsewhere. */
  ESCALATION,
  /** The frontline's room to act: granted in one decision only, or with another limit. */
  ALLOWANCE,
  /** Something the employee is told in one decision only. */
  NOTE
}
