package org.completecrm.core.loyalty;

/** How points expire: each lot on its own anniversary, or all of a year's points on one date. */
public enum ExpiryKind {
  /** A lot expires a fixed number of months after it was credited. */
  ROLLING,
  /**
   * A lot expires at the end of the calendar year (UTC) in which its credit date plus the
   * policy's months falls: with 12 months, points earned in 2026 expire at the start of 2028.
   */
  FIXED
}
