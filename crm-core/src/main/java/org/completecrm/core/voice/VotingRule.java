package org.completecrm.core.voice;

/** Who gets one vote on an idea: each customer, or each household. */
public enum VotingRule {
  /** One customer, one vote per idea. */
  ONE_PER_CUSTOMER,
  /**
   * One vote per household per idea, judged by household membership at the instant of the vote; a
   * customer in no household votes as a household of one. A customer who already voted can never
   * vote again on the idea, even after moving to another household.
   */
  ONE_PER_HOUSEHOLD
}
