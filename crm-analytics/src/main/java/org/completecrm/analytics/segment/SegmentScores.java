package org.completecrm.analytics.segment;

import java.util.Map;
import java.util.TreeMap;
import org.completecrm.core.Checks;
import org.completecrm.core.score.Scores;

/** Segments and tiers as the {@link Scores} labels rule sets read ({@code valueTier}, {@code segment}). */
public final class SegmentScores {
  private SegmentScores() {}

  /** The scores of one customer: labels {@code valueTier} and {@code segment}, and the given numeric values. */
  public static Scores of(ValueTier tier, String segment, Map<String, Double> values) {
    Checks.present(tier, "SegmentScores.tier");
    Checks.notBlank(segment, "SegmentScores.segment");
    Checks.noNulls(values, "SegmentScores.values");
    return Scores.builder()
        .putLabels(Scores.VALUE_TIER, tier.label())
        .putLabels(Scores.SEGMENT, segment)
        .putAllValues(values)
        .build();
  }

  /** The scores of every segmented customer: tier and segment labels, plus profit and CLV where given. */
  public static <K extends Comparable<K>> Map<K, Scores> of(
      Segmentation<K> segmentation, Map<K, Double> profit, Map<K, Double> clv) {
    Checks.present(segmentation, "SegmentScores.segmentation");
    Checks.noNulls(profit, "SegmentScores.profit");
    Checks.noNulls(clv, "SegmentScores.clv");
    Map<K, Scores> out = new TreeMap<>();
    segmentation.segmentOf().forEach((k, segment) -> {
      Map<String, Double> values = new TreeMap<>();
      if (profit.containsKey(k)) {
        values.put(Scores.PROFIT, profit.get(k));
      }
      if (clv.containsKey(k)) {
        values.put(Scores.CLV, clv.get(k));
      }
      out.put(k, of(segmentation.tierOf().get(k), segment, values));
    });
    return java.util.Collections.unmodifiableMap(out);
  }
}
