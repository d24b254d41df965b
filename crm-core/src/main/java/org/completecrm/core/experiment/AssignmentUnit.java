package org.completecrm.core.experiment;

/** What is assigned to an arm as one: a household (all its members together) or a customer. */
public enum AssignmentUnit {
  /** The household, so that members are never in different arms; a customer without one alone. */
  HOUSEHOLD,
  /** Each customer on their own. */
  CUSTOMER
}
