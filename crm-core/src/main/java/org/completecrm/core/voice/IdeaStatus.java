package org.completecrm.core.voice;

import java.util.EnumSet;
import java.util.Set;

/** Where an idea stands: under review, planned, done or declined (with a reason). */
public enum IdeaStatus {
  /** Submitted and being considered; open for votes. */
  UNDER_REVIEW,
  /** The firm has decided to do it; still open for votes. */
  PLANNED,
  /** Delivered; voting is closed. */
  DONE,
  /** The firm decided not to do it, and said why; voting is closed. */
  DECLINED;

  /** Whether customers may still vote on an idea in this status. */
  public boolean openForVotes() {
    return this == UNDER_REVIEW || this == PLANNED;
  }

  /**
   * The statuses an idea may move to from this one: under review to planned, done or declined;
   * planned to done, declined or back to under review; declined back to under review (the firm
   * reconsiders); done is final.
   */
  public Set<IdeaStatus> next() {
    switch (this) {
      case UNDER_REVIEW:
        return EnumSet.of(PLANNED, DONE, DECLINED);
      case PLANNED:
        return EnumSet.of(UNDER_REVIEW, DONE, DECLINED);
      case DECLINED:
        return EnumSet.of(UNDER_REVIEW);
      default:
        return EnumSet.noneOf(IdeaStatus.class);
    }
  }

  /** The status in plain lower-case words, for messages: {@code "under review"}. */
  public String words() {
    return name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
  }
}
