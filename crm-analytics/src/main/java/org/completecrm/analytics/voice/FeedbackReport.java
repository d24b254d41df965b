package org.completecrm.analytics.voice;

import java.util.List;
import java.util.Optional;
import org.completecrm.core.InvalidValueException;

/**
 * NPS and CSAT overall and per segment, channel, team and topic, with response-bias warnings.
 *
 * @param nps the overall NPS, if anyone answered the NPS survey
 * @param csat the overall CSAT, if anyone answered the CSAT survey
 * @param groups every group, ordered by dimension then key
 * @param warnings segments whose response rate is too low, in segment order
 * @param unattributed answers about no known interaction (not counted under any channel or team)
 */
public record FeedbackReport(
    Optional<NpsEstimate> nps, Optional<CsatEstimate> csat, List<GroupFeedback> groups,
    List<ResponseBiasWarning> warnings, long unattributed) {
  /** Validates the parts and copies the lists. */
  public FeedbackReport {
    if (nps == null || csat == null || groups == null || warnings == null || unattributed < 0) {
      throw new InvalidValueException("FeedbackReport", "null", "present parts and a count >= 0");
    }
    groups = List.copyOf(groups);
    warnings = List.copyOf(warnings);
  }

  /** The group {@code key} of {@code dimension}, if it had any answer or invitation. */
  public Optional<GroupFeedback> group(Dimension dimension, String key) {
    return groups.stream().filter(g -> g.dimension() == dimension && g.key().equals(key)).findFirst();
  }

  /** The groups of one dimension, in key order. */
  public List<GroupFeedback> groups(Dimension dimension) {
    return groups.stream().filter(g -> g.dimension() == dimension).toList();
  }
}
