package org.completecrm.core.propensity;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Map;
import org.completecrm.core.Checks;
import org.immutables.value.Value;

/**
 * The evidence of one predictor for one action and channel: the counts per value bin (numeric)
 * or per label (symbolic), and for customers without the value.
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePredictorEvidence.class)
@JsonDeserialize(as = ImmutablePredictorEvidence.class)
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public abstract class PredictorEvidence {
  PredictorEvidence() {}

  /** A builder. */
  public static ImmutablePredictorEvidence.Builder builder() {
    return ImmutablePredictorEvidence.builder();
  }

  /** The predictor's name. */
  public abstract String predictor();

  /** Counts per value bin of a numeric predictor, lowest first. */
  public abstract List<BinCount> bins();

  /** Counts per label of a symbolic predictor. */
  public abstract Map<String, BinCount> labels();

  /** Counts for outcomes without the value. */
  @Value.Default
  public BinCount missing() {
    return BinCount.EMPTY;
  }

  @Value.Check
  void check() {
    Checks.notBlank(predictor(), "PredictorEvidence.predictor");
    Checks.noNulls(bins(), "PredictorEvidence.bins");
    Checks.noNulls(labels(), "PredictorEvidence.labels");
    labels().keySet().forEach(k -> Checks.notBlank(k, "PredictorEvidence.labels"));
    Checks.present(missing(), "PredictorEvidence.missing");
  }
}
