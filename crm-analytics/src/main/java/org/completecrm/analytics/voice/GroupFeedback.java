package org.completecrm.analytics.voice;

import java.util.Optional;
import org.completecrm.core.InvalidValueException;

/**
 * The feedback of one group (a segment, channel, team or topic): NPS and CSAT with intervals where
 * there were answers, the number of free-text answers, and, for segments, the response rate.
 *
 * @param dimension what the group is
 * @param key the group's name: the segment label, the channel's name, the team id or the topic
 * @param nps the NPS, if anyone in the group answered the NPS survey
 * @param csat the CSAT, if anyone answered the CSAT survey
 * @param textResponses the number of free-text answers
 * @param responseRate for a segment whose customers were asked: how many answered
 */
public record GroupFeedback(
    Dimension dimension, String key, Optional<NpsEstimate> nps, Optional<CsatEstimate> csat, long textResponses,
    Optional<ResponseRate> responseRate) {
  /** Validates the parts. */
  public GroupFeedback {
    if (dimension == null || key == null || nps == null || csat == null || responseRate == null || textResponses < 0) {
      throw new InvalidValueException("GroupFeedback", key, "a dimension, a key, present optionals and a count >= 0");
    }
  }
}
