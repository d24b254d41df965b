package org.completecrm.core.timeline;

/** How a customer responded to an offer. */
public enum OfferResponse {
  /** Took the offer. */
  ACCEPTED,
  /** Said no. */
  REJECTED,
  /** Did not respond before the offer lapsed or the campaign closed. */
  IGNORED;
}
