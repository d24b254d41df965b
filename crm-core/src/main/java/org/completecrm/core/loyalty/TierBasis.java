package org.completecrm.core.loyalty;

/** Why a member holds their tier. */
public enum TierBasis {
  /** No qualification period has ended and nothing higher is reached yet: the base tier. */
  BASE,
  /** Earned by the figures of the period that last ended. */
  EARNED,
  /** One tier below the tier held before, because soft landing drops at most one tier a period. */
  SOFT_LANDING,
  /** The tier held before the period ended, kept until the grace period ends. */
  GRACE,
  /** Reached by the figures of the current period so far: upgrades apply at once. */
  UPGRADED
}
