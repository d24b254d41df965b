package org.completecrm.core.timeline;

/** Whether money came in or went back. */
public enum TransactionKind {
  /** The customer bought something. */
  PURCHASE,
  /** Money was returned to the customer. */
  REFUND;
}
