package org.completecrm.core.consent;

/** What a consent entry records. */
public enum ConsentAction {
  /** The customer agreed to be contacted on a channel for a purpose. */
  GRANTED,
  /** The customer took that agreement back. */
  WITHDRAWN
}
