package org.completecrm.core.identity;

/** The decision on a pair of records. */
public enum MatchOutcome {
  /** The same person: the records are clustered together. */
  MATCH,
  /** Perhaps the same person: left apart and queued for a person to review. */
  POSSIBLE_MATCH,
  /** Different people. */
  NON_MATCH
}
