package org.completecrm.core.consent;

/** The state of consent for one channel and purpose at an instant. */
public enum ConsentStatus {
  /** Consent is in force. */
  GRANTED,
  /** The latest entry is a withdrawal. */
  WITHDRAWN,
  /** The latest entry is a grant whose expiry has passed. */
  EXPIRED,
  /** No entry for the channel and purpose at or before the instant. */
  NEVER_GIVEN,
  /** The latest entry is a double opt-in request not yet confirmed: not consent. */
  PENDING_CONFIRMATION
}
