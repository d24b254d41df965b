package org.completecrm.analytics.voice;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.completecrm.core.Checks;
import org.completecrm.core.CustomerId;
import org.completecrm.core.score.Scores;
import org.completecrm.core.timeline.FeedbackReceived;

/**
 * Feedback aggregates per segment as scores rules can test: each customer's scores gain their
 * segment's NPS ({@link Scores#SEGMENT_NPS}), CSAT ({@link Scores#SEGMENT_CSAT}) and the number of
 * scored answers behind them ({@link Scores#SEGMENT_ANSWERS}), from the answers given up to an
 * instant.
 */
public final class SegmentVoice {
  private SegmentVoice() {}

  /**
   * Every customer's scores with their segment's feedback as of {@code at}: only answers given at
   * or before {@code at} count, so a decision at {@code at} sees no later answer. A segment with no
   * NPS (or CSAT) answer adds no NPS (or CSAT) score; customers without the segment label share
   * {@link FeedbackAnalysis#UNSEGMENTED}'s figures. The result does not depend on the input order.
   *
   * @param feedback the answers of the whole base
   * @param scores each customer's scores, whose {@link FeedbackOptions#segmentLabel()} names the segment
   * @param options the segment label (the confidence level does not change the point figures)
   * @param at the instant the figures are as of
   */
  public static Map<CustomerId, Scores> withSegmentFeedback(
      Collection<FeedbackReceived> feedback, Map<CustomerId, Scores> scores, FeedbackOptions options, Instant at) {
    Checks.noNulls(Checks.present(feedback, "SegmentVoice.feedback"), "SegmentVoice.feedback");
    Checks.noNulls(Checks.present(scores, "SegmentVoice.scores"), "SegmentVoice.scores");
    Checks.present(options, "SegmentVoice.options");
    Checks.instant(at, "SegmentVoice.at");
    List<FeedbackReceived> asOf = new ArrayList<>();
    for (FeedbackReceived f : feedback) {
      if (!f.at().isAfter(at)) {
        asOf.add(f);
      }
    }
    FeedbackReport report = FeedbackAnalysis.report(asOf, List.of(), scores, List.of(), options);
    Map<CustomerId, Scores> out = new LinkedHashMap<>();
    for (Map.Entry<CustomerId, Scores> e : new TreeMap<>(scores).entrySet()) {
      Scores s = e.getValue();
      String segment = s.label(options.segmentLabel()).orElse(FeedbackAnalysis.UNSEGMENTED);
      Map<String, Double> values = new TreeMap<>(s.values());
      values.remove(Scores.SEGMENT_NPS);
      values.remove(Scores.SEGMENT_CSAT);
      long answers = 0;
      GroupFeedback g = report.group(Dimension.SEGMENT, segment).orElse(null);
      if (g != null) {
        if (g.nps().isPresent()) {
          values.put(Scores.SEGMENT_NPS, g.nps().get().score());
          answers += g.nps().get().responses();
        }
        if (g.csat().isPresent()) {
          values.put(Scores.SEGMENT_CSAT, g.csat().get().score());
          answers += g.csat().get().responses();
        }
      }
      values.put(Scores.SEGMENT_ANSWERS, (double) answers);
      out.put(e.getKey(), Scores.builder().from(s).values(values).build());
    }
    return out;
  }
}
