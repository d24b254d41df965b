package org.completecrm.core.identity;

/**
 * How a golden record picks one value of an attribute from a cluster's records. Ties under every
 * rule fall to the next criteria in the order frequency, trust, recency, source identity.
 */
public enum Survivorship {
  /** The value of the most recently updated record. */
  MOST_RECENT,
  /** The value from the most trusted source system (see {@link ResolverSettings#sourceTrust()}). */
  MOST_TRUSTED_SOURCE,
  /** The value held by most records (compared after standardisation). */
  MOST_FREQUENT
}
