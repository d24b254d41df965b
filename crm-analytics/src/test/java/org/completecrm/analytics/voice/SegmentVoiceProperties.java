package org.completecrm.analytics.voice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.completecrm.core.CustomerId;
import org.completecrm.core.score.Scores;
import org.completecrm.core.timeline.FeedbackReceived;
import org.completecrm.core.timeline.SurveyKind;
import org.junit.jupiter.api.Test;

/** Segment feedback as scores: finite, in range, counted right, as of the instant, order-free. */
class SegmentVoiceProperties {
  /** Customers c-0..c-29 in three segments by id modulo 3; c-29 has no segment. */
  private static Map<CustomerId, Scores> scores() {
    Map<CustomerId, Scores> m = new TreeMap<>();
    for (int c = 0; c < 30; c++) {
      var b = Scores.builder().putValues(Scores.CLV, 100.0 + c);
      if (c < 29) {
        b.putLabels(Scores.SEGMENT, "s" + c % 3);
      }
      m.put(CustomerId.of("c-" + c), b.build());
    }
    return m;
  }

  private static String segmentOf(CustomerId c) {
    int n = Integer.parseInt(c.value().substring(2));
    return n < 29 ? "s" + n % 3 : FeedbackAnalysis.UNSEGMENTED;
  }

  @Test
  void segmentFiguresAreFiniteInRangeAndAsOfTheInstant() {
    qt().withExamples(200).forAll(VoiceAnalyticsGen.answers(), integers().between(-1, 30)).checkAssert((answers, cut) -> {
      Instant at = VoiceAnalyticsGen.T0.plusSeconds(cut);
      Map<CustomerId, Scores> out = SegmentVoice.withSegmentFeedback(answers, scores(), FeedbackOptions.defaults(), at);
      List<FeedbackReceived> upToAt = new ArrayList<>();
      for (FeedbackReceived f : answers) {
        if (!f.at().isAfter(at)) {
          upToAt.add(f);
        }
      }
      List<FeedbackReceived> reversed = new ArrayList<>(upToAt);
      Collections.reverse(reversed);
      assertEquals(out, SegmentVoice.withSegmentFeedback(reversed, scores(), FeedbackOptions.defaults(), at));
      assertEquals(30, out.size());
      out.forEach((c, s) -> {
        s.value(Scores.SEGMENT_NPS).ifPresent(v -> assertTrue(v >= -100 && v <= 100, "nps " + v));
        s.value(Scores.SEGMENT_CSAT).ifPresent(v -> assertTrue(v >= 0 && v <= 100, "csat " + v));
        long expected = upToAt.stream().filter(f -> f.survey() != SurveyKind.TEXT && segmentOf(f.customer()).equals(segmentOf(c)))
            .count();
        assertEquals((double) expected, s.value(Scores.SEGMENT_ANSWERS).orElseThrow(), c.value());
        assertEquals(100.0 + Integer.parseInt(c.value().substring(2)), s.value(Scores.CLV).orElseThrow());
      });
    });
  }
}
