package org.completecrm.core.timeline;

/** The customer's sentiment in an interaction. */
public enum Sentiment {
  /** Unhappy. */
  NEGATIVE,
  /** Neither. */
  NEUTRAL,
  /** Happy. */
  POSITIVE;
}
