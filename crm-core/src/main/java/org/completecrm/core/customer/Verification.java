package org.completecrm.core.customer;

/** Whether a contact point has been shown to reach the customer. */
public enum Verification {
  /** Not checked yet. */
  UNVERIFIED,
  /** Confirmed: a code was returned, a link clicked, a letter answered. */
  VERIFIED,
  /** Checked and found not to reach the customer (bounced, disconnected, returned mail). */
  FAILED
}
