package org.completecrm.core.timeline;

/** The kind of a service case. */
public enum CaseKind {
  /** The customer is unhappy and said so. */
  COMPLAINT,
  /** The customer asked for something to be done. */
  SERVICE_REQUEST;
}
