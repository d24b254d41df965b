package org.completecrm.rules.ruleset;

/** To whom an offer is made: one person, or the household as one. */
public enum ActionScope {
  /** Made to each person on their own (the default). */
  PERSON,
  /**
   * Made once per household (a joint account, a family plan): never presented to a member while
   * it is outstanding with, or was accepted by, another current member, nor within the cool-down
   * after another member turned it down.
   */
  HOUSEHOLD
}
