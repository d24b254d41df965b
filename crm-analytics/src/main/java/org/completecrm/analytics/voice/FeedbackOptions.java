package org.completecrm.analytics.voice;

import org.completecrm.core.InvalidValueException;
import org.completecrm.core.score.Scores;

/**
 * How a feedback report is computed.
 *
 * @param confidence the confidence level of every interval, such as 0.95
 * @param minResponseRate a segment whose response rate is below this gets a response-bias warning
 * @param minShareOfOverallRate a segment whose response rate is below this fraction of the overall
 *     rate gets a warning too (it is under-represented among the answers)
 * @param segmentLabel the {@link Scores} label that names a customer's segment
 */
public record FeedbackOptions(double confidence, double minResponseRate, double minShareOfOverallRate, String segmentLabel) {
  /** Validates the options. */
  public FeedbackOptions {
    Intervals.z(confidence, "FeedbackOptions.confidence");
    if (!(minResponseRate >= 0 && minResponseRate <= 1)) {
      throw new InvalidValueException("FeedbackOptions.minResponseRate", minResponseRate, "a rate in [0, 1]");
    }
    if (!(minShareOfOverallRate >= 0 && minShareOfOverallRate <= 1)) {
      throw new InvalidValueException("FeedbackOptions.minShareOfOverallRate", minShareOfOverallRate, "a fraction in [0, 1]");
    }
    if (segmentLabel == null || segmentLabel.isBlank()) {
      throw new InvalidValueException("FeedbackOptions.segmentLabel", segmentLabel, "a label name such as 'segment'");
    }
  }

  /**
   * 95% intervals; a warning below a 10% response rate or below half the overall rate; segments
   * from the {@link Scores#SEGMENT} label.
   */
  public static FeedbackOptions defaults() {
    return new FeedbackOptions(0.95, 0.10, 0.5, Scores.SEGMENT);
  }

  /** These options with another confidence level. */
  public FeedbackOptions withConfidence(double level) {
    return new FeedbackOptions(level, minResponseRate, minShareOfOverallRate, segmentLabel);
  }

  /** These options with another minimum response rate. */
  public FeedbackOptions withMinResponseRate(double rate) {
    return new FeedbackOptions(confidence, rate, minShareOfOverallRate, segmentLabel);
  }
}
