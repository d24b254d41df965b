package org.completecrm.core.score;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.completecrm.core.InvalidValueException;
import org.completecrm.core.Checks;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * Analytic results about one customer or household as plain values: named numeric scores (CLV,
 * probability alive, propensities) and named labels (segment, value tier). This is how crm-analytics'
 * results reach crm-rules without either depending on the other.
 */
@Value.Immutable
@JsonSerialize(as = Scores.class)
@JsonDeserialize(as = ImmutableScores.class)
public abstract class Scores {
  /** Customer lifetime value over the host's chosen horizon, in the host's currency. */
  public static final String CLV = "clv";
  /** Probability the customer is still active, in [0, 1]. */
  public static final String P_ALIVE = "pAlive";
  /** Expected purchases over the host's chosen horizon. */
  public static final String EXPECTED_PURCHASES = "expectedPurchases";
  /** Profit over the last period, after cost-to-serve. */
  public static final String PROFIT = "profit";
  /** Change in value since the last period, negative when falling. */
  public static final String VALUE_TREND = "valueTrend";
  /** The NPS of the customer's segment, from -100 to 100 (folded by crm-analytics' {@code SegmentVoice}). */
  public static final String SEGMENT_NPS = "segment.nps";
  /** The CSAT of the customer's segment: the percentage answering 4 or 5, from 0 to 100. */
  public static final String SEGMENT_CSAT = "segment.csat";
  /** How many scored answers (NPS and CSAT) the segment's feedback figures rest on. */
  public static final String SEGMENT_ANSWERS = "segment.answers";
  /** The label naming the customer's needs-based segment. */
  public static final String SEGMENT = "segment";
  /** The label naming the customer's value tier. */
  public static final String VALUE_TIER = "valueTier";

  Scores() {}

  /** A builder. */
  public static ImmutableScores.Builder builder() {
    return ImmutableScores.builder();
  }

  /** No scores. */
  public static Scores none() {
    return builder().build();
  }

  /**
   * The scores of a table: {@code values[i]} is the score named {@code names.name(i)}; equal to the
   * builder's scores with the same values (in the names' order) and labels. The values are copied.
   *
   * @throws InvalidValueException for a value that is not finite, a null label, or as many values
   *     as names not given
   */
  public static Scores of(ScoreNames names, double[] values, Map<String, String> labels) {
    Checks.present(names, "Scores.names");
    Checks.present(values, "Scores.values");
    Checks.present(labels, "Scores.labels");
    if (values.length != names.size()) {
      throw new InvalidValueException("Scores.values", values.length, names.size() + " values, one per name");
    }
    for (int i = 0; i < values.length; i++) {
      if (!Double.isFinite(values[i])) {
        throw new InvalidValueException("Scores.values[" + names.name(i) + "]", values[i], "a finite number");
      }
    }
    LinkedHashMap<String, String> copy = new LinkedHashMap<>(labels);
    if (copy.containsKey(null) || copy.containsValue(null)) {
      Checks.noNulls(labels, "Scores.labels"); // names the null
    }
    Map<String, String> l = copy.isEmpty() ? Map.of() : java.util.Collections.unmodifiableMap(copy);
    return new ScoreTable(names, values.clone(), l);
  }

  /** Numeric scores by name; every value finite. */
  @JsonProperty("values")
  public abstract Map<String, Double> values();

  /** Labels by name. */
  @JsonProperty("labels")
  public abstract Map<String, String> labels();

  /** The numeric score {@code name}, or NaN if absent (no score is NaN). */
  public double valueOrNaN(String name) {
    Double v = values().get(name);
    return v == null ? Double.NaN : v;
  }

  /** The numeric score {@code name}, if present. */
  public Optional<Double> value(String name) {
    return Optional.ofNullable(values().get(name));
  }

  /** The label {@code name}, if present. */
  public Optional<String> label(String name) {
    return Optional.ofNullable(labels().get(name));
  }

  /** The propensity score name for an offer: {@code "propensity.<offerId>"}. */
  public static String propensityOf(String offerId) {
    Checks.notBlank(offerId, "Scores.propensityOf.offerId");
    return "propensity." + offerId;
  }

  /** Equal to any scores with equal values and labels, whichever way they were made. */
  @Override
  public boolean equals(@Nullable Object another) {
    return this == another
        || another instanceof Scores s && values().equals(s.values()) && labels().equals(s.labels());
  }

  @Override
  public int hashCode() {
    int h = 5381;
    h += (h << 5) + values().hashCode();
    h += (h << 5) + labels().hashCode();
    return h;
  }

  @Override
  public String toString() {
    return "Scores{values=" + values() + ", labels=" + labels() + "}";
  }

  @Value.Check
  void check() {
    Checks.noNulls(values(), "Scores.values");
    Checks.noNulls(labels(), "Scores.labels");
    values().forEach((k, v) -> {
      if (!Double.isFinite(v)) {
        throw new InvalidValueException("Scores.values[" + k + "]", v, "a finite number");
      }
    });
  }
}
