package org.completecrm.rules.explain;

/** How an action reaches the customer. */
public enum Delivery {
  /** In the session the customer started (the call, the visit): the employee or the page presents it. */
  IN_SESSION,
  /** A contact the firm starts on a channel, now or at a deferred instant. */
  OUTBOUND
}
