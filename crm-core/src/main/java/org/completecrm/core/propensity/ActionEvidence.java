package org.completecrm.core.propensity;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import org.completecrm.core.OfferId;
import org.completecrm.core.channel.Channel;
import org.completecrm.core.Checks;
import org.immutables.value.Value;

/**
 * Everything one action on one channel has learned: the outcomes in total, per predictor bin and
 * per calibration bin.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableActionEvidence.class)
@JsonDeserialize(as = ImmutableActionEvidence.class)
public abstract class ActionEvidence {
  ActionEvidence() {}

  /** A builder. */
  public static ImmutableActionEvidence.Builder builder() {
    return ImmutableActionEvidence.builder();
  }

  /** The action. */
  public abstract OfferId action();

  /** The channel it was presented on. */
  public abstract Channel channel();

  /** All its outcomes. */
  public abstract BinCount outcomes();

  /** Evidence per predictor, in the model's order. */
  public abstract List<PredictorEvidence> predictors();

  /** Evidence per calibration bin ({@link AdaptiveModel#CALIBRATION_BINS} of them). */
  public abstract List<CalibrationBin> calibration();

  @Value.Check
  void check() {
    Checks.present(action(), "ActionEvidence.action");
    Checks.present(channel(), "ActionEvidence.channel");
    Checks.present(outcomes(), "ActionEvidence.outcomes");
    Checks.noNulls(predictors(), "ActionEvidence.predictors");
    Checks.noNulls(calibration(), "ActionEvidence.calibration");
  }
}
