package org.completecrm.rules.explain;

/** The stages a candidate action passes through, in order. */
public enum Stage {
  /** Proposed or suppressed by an interaction rule. */
  RULES,
  /** May the customer have it at all. */
  ELIGIBILITY,
  /** Does it fit now. */
  APPLICABILITY,
  /** Is it in the customer's interest. */
  SUITABILITY,
  /** Ranked against the other candidates. */
  ARBITRATION,
  /** Consent, suppression, cool-down, caps and quiet hours: applied after every rule, never bypassed. */
  CONTACT_POLICY,
  /** Volume limits per decision, per offer and per channel. */
  VOLUME,
  /** Passed every stage: part of the decision. */
  CHOSEN
}
