package org.completecrm.core.experiment;

/** What an arm of an experiment is for. */
public enum ArmRole {
  /** The current rules or weights. */
  CHAMPION,
  /** A variant tested against the champion. */
  CHALLENGER,
  /** Kept from contact by the experimented action, to measure what contact adds. */
  CONTROL
}
