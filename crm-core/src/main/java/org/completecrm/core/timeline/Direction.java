package org.completecrm.core.timeline;

/** Who started an interaction. */
public enum Direction {
  /** The customer contacted the firm. */
  INBOUND,
  /** The firm contacted the customer. */
  OUTBOUND;
}
