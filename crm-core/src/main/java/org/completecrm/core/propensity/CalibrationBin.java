package org.completecrm.core.propensity;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.completecrm.core.InvalidValueException;
import org.immutables.value.Value;

/**
 * The outcomes whose uncalibrated log-odds fell in one calibration bin: how many were positive and
 * negative, and the sum of their uncalibrated log-odds in millionths (an integer, so that a batch
 * sums to the same value in any order).
 */
@Value.Immutable
@JsonSerialize(as = ImmutableCalibrationBin.class)
@JsonDeserialize(as = ImmutableCalibrationBin.class)
public abstract class CalibrationBin {
  static final CalibrationBin EMPTY = of(0, 0, 0);

  CalibrationBin() {}

  /** A bin with the given counts and sum of log-odds in millionths. */
  public static CalibrationBin of(long positives, long negatives, long logOddsMillionths) {
    return ImmutableCalibrationBin.builder().positives(positives).negatives(negatives)
        .logOddsMillionths(logOddsMillionths).build();
  }

  /** Outcomes accepted. */
  public abstract long positives();

  /** Outcomes rejected or ignored. */
  public abstract long negatives();

  /** The sum of the outcomes' uncalibrated log-odds, in millionths. */
  public abstract long logOddsMillionths();

  @Value.Check
  void check() {
    long n = positives() + negatives();
    if (positives() < 0 || negatives() < 0 || n < 0 || (n == 0 && logOddsMillionths() != 0)) {
      throw new InvalidValueException("CalibrationBin", positives() + "/" + negatives() + "/" + logOddsMillionths(),
          "counts of at least 0 whose sum fits a long, and no log-odds without outcomes");
    }
  }
}
