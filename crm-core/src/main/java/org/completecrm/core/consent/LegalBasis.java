package org.completecrm.core.consent;

/** The lawful basis for processing that an entry rests on (GDPR Article 6(1), points (a) to (f)). */
public enum LegalBasis {
  /** (a) The customer's consent. */
  CONSENT,
  /** (b) Needed to perform a contract with the customer. */
  CONTRACT,
  /** (c) Needed to meet a legal obligation. */
  LEGAL_OBLIGATION,
  /** (d) Needed to protect someone's vital interests. */
  VITAL_INTERESTS,
  /** (e) A task in the public interest. */
  PUBLIC_TASK,
  /** (f) The firm's legitimate interests, balanced against the customer's. */
  LEGITIMATE_INTERESTS
}
