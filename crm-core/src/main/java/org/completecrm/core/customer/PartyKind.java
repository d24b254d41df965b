package org.completecrm.core.customer;

/** Whether a customer is a person or an organisation. */
public enum PartyKind {
  /** A natural person. */
  PERSON,
  /** A company, association or other organisation. */
  ORGANISATION
}
