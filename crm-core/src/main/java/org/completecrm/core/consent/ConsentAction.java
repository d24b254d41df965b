package org.completecrm.core.consent;

/** What a consent entry records. */
public enum ConsentAction {
  /** The customer agreed to be contacted on a channel for a purpose. */
  GRANTED,
  /** The customer took that agreement back. */
  WITHDRAWN,
  /**
   * The customer asked to be contacted, and the firm asked them to confirm (double opt-in): pending
   * until a {@link #CONFIRMED} entry follows it, and never consent by itself.
   */
  REQUESTED,
  /** The customer confirmed the pending request just before it (clicked the link, replied YES). */
  CONFIRMED
}
