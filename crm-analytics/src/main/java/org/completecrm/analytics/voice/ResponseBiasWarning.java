package org.completecrm.analytics.voice;

import java.util.List;
import org.completecrm.core.InvalidValueException;

/**
 * A warning that a segment's scores may not represent the segment: too few of the customers asked
 * answered, in absolute terms or compared with the other segments (non-response bias: those who
 * answer may differ from those who do not).
 *
 * @param segment the segment
 * @param rate the segment's response rate
 * @param overallRate the response rate across all segments
 * @param reasons why, in plain words
 */
public record ResponseBiasWarning(String segment, ResponseRate rate, double overallRate, List<String> reasons) {
  /** Validates the parts. */
  public ResponseBiasWarning {
    if (segment == null || rate == null || reasons == null || reasons.isEmpty()) {
      throw new InvalidValueException("ResponseBiasWarning", segment, "a segment, its rate and at least one reason");
    }
    reasons = List.copyOf(reasons);
  }

  /** The warning as one sentence. */
  public String message() {
    return "segment '" + segment + "': " + String.join("; ", reasons) + "; its scores may not represent the segment";
  }
}
