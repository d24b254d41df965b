package org.completecrm.analytics.voice;

/** What feedback is grouped by in a report. */
public enum Dimension {
  /** The customer's segment (a {@link org.completecrm.core.score.Scores} label). */
  SEGMENT,
  /** The channel of the interaction the feedback is about. */
  CHANNEL,
  /** The team that handled the interaction the feedback is about. */
  TEAM,
  /** The topic the customer gave. */
  TOPIC
}
