package org.completecrm.core.interest;

/** What a topic entry records. */
public enum TopicAction {
  /** The customer stated an interest in the topic. */
  INTERESTED,
  /** The customer took a stated interest back. */
  NOT_INTERESTED,
  /** The customer wants no marketing on the topic. */
  OPTED_OUT,
  /** The customer took an opt-out back. */
  OPTED_IN;

  /** Whether the action is about interest (rather than about an opt-out). */
  public boolean aboutInterest() {
    return this == INTERESTED || this == NOT_INTERESTED;
  }

  /** Whether the action restricts: the one that wins a tie at the same instant. */
  boolean restricts() {
    return this == NOT_INTERESTED || this == OPTED_OUT;
  }
}
