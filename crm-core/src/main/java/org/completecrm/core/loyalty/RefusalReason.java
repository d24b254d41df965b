package org.completecrm.core.loyalty;

/** Why a points operation was refused. */
public enum RefusalReason {
  /** The points asked for exceed the balance (or the household pool). */
  INSUFFICIENT_BALANCE,
  /** Goodwill above what the frontline may give a member of this tier. */
  ABOVE_GOODWILL_LIMIT,
  /** A transfer to someone who is not a member of the same household at that instant. */
  NOT_IN_SAME_HOUSEHOLD
}
