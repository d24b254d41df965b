package org.completecrm.core.household;

/** The role a customer plays in a household. */
public enum HouseholdRole {
  /** The primary member: the main contact and decision maker. */
  PRIMARY,
  /** The primary member's partner. */
  PARTNER,
  /** A child or other dependant. */
  DEPENDANT,
  /** A business or other connected party (a family company, a lodger). */
  OTHER
}
