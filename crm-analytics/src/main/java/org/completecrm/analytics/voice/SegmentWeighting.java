package org.completecrm.analytics.voice;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.completecrm.core.InvalidValueException;
import org.completecrm.core.score.Scores;

/**
 * Weights that make the votes of some segments count more than others in an idea ranking, for
 * example to give a small but valuable segment the voice its value deserves. A ranking that uses
 * them says so ({@link IdeaRanking#weighting()}, {@link IdeaRanking#explanation()}).
 *
 * @param segmentLabel the {@link Scores} label that names a voter's segment
 * @param weights the weight of each named segment, finite and >= 0
 * @param otherWeight the weight of voters in any other segment or in none
 */
public record SegmentWeighting(String segmentLabel, Map<String, Double> weights, double otherWeight) {
  /** Validates and copies the weights (sorted by segment). */
  public SegmentWeighting {
    if (segmentLabel == null || segmentLabel.isBlank()) {
      throw new InvalidValueException("SegmentWeighting.segmentLabel", segmentLabel, "a label name such as 'segment'");
    }
    if (weights == null) {
      throw new InvalidValueException("SegmentWeighting.weights", "null", "a map of segment weights");
    }
    for (Map.Entry<String, Double> e : weights.entrySet()) {
      if (e.getKey() == null || e.getValue() == null || !Double.isFinite(e.getValue()) || e.getValue() < 0) {
        throw new InvalidValueException("SegmentWeighting.weights[" + e.getKey() + "]", e.getValue(), "a finite weight >= 0");
      }
    }
    if (!Double.isFinite(otherWeight) || otherWeight < 0) {
      throw new InvalidValueException("SegmentWeighting.otherWeight", otherWeight, "a finite weight >= 0");
    }
    weights = Map.copyOf(weights);
  }

  /** Weights by the {@link Scores#SEGMENT} label; other segments weigh 1. */
  public static SegmentWeighting bySegment(Map<String, Double> weights) {
    return new SegmentWeighting(Scores.SEGMENT, weights, 1.0);
  }

  /** The weight of a voter in {@code segment} (empty string or unknown: {@link #otherWeight()}). */
  public double weightOf(String segment) {
    return weights.getOrDefault(segment, otherWeight);
  }

  /** The weights in words: {@code "segment: small-business x2.00, others x1.00"}. */
  public String describe() {
    String named = new TreeMap<>(weights).entrySet().stream()
        .map(e -> e.getKey() + " x" + String.format(Locale.ROOT, "%.2f", e.getValue()))
        .collect(Collectors.joining(", "));
    return segmentLabel + ": " + (named.isEmpty() ? "" : named + ", ") + "others x"
        + String.format(Locale.ROOT, "%.2f", otherWeight);
  }
}
