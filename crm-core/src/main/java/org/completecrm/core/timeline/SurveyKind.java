package org.completecrm.core.timeline;

/** Which survey a feedback answer belongs to, with its score range. */
public enum SurveyKind {
  /** Net Promoter Score: "how likely are you to recommend us", 0 to 10. */
  NPS(0, 10),
  /** Customer satisfaction, 1 (very unhappy) to 5 (very happy). */
  CSAT(1, 5),
  /** Free text with a topic, no score. */
  TEXT(0, 0);

  private final int minScore;
  private final int maxScore;

  SurveyKind(int minScore, int maxScore) {
    this.minScore = minScore;
    this.maxScore = maxScore;
  }

  /** The lowest valid score. */
  public int minScore() {
    return minScore;
  }

  /** The highest valid score. */
  public int maxScore() {
    return maxScore;
  }
}
