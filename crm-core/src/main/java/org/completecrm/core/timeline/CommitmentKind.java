package org.completecrm.core.timeline;

/** What was promised. */
public enum CommitmentKind {
  /** A promised call-back. */
  CALL_BACK,
  /** A delivery. */
  DELIVERY,
  /** A follow-up on a case or sale. */
  FOLLOW_UP,
  /** A written reply. */
  REPLY,
  /** Anything else. */
  OTHER;
}
