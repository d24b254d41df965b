package org.completecrm.core.customer;

/** The kind of a contact point. */
public enum ContactKind {
  /** An e-mail address. */
  EMAIL,
  /** A telephone number, in E.164 form where known. */
  PHONE,
  /** A postal address, referenced by its label. */
  POSTAL,
  /** An account on the firm's web site or app. */
  ACCOUNT
}
