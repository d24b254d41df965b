package org.completecrm.analytics.summary;

import org.completecrm.core.InvalidValueException;

/**
 * A customer's calibration summary together with what the customer did in the holdout period
 * that follows it: the data of a calibration-versus-holdout validation.
 *
 * @param calibration the summary over the calibration period
 * @param holdoutFrequency the number of purchase days in the holdout period
 * @param holdoutDuration the length of the holdout period, in the summary's unit
 * @param holdoutMonetaryValue the mean spend of the holdout purchases (0 when none)
 */
public record CalibrationHoldout(
    CustomerSummary calibration,
    int holdoutFrequency,
    double holdoutDuration,
    double holdoutMonetaryValue) {
  /** Validates the holdout figures. */
  public CalibrationHoldout {
    if (calibration == null) {
      throw new InvalidValueException("CalibrationHoldout.calibration", "null", "a summary");
    }
    if (holdoutFrequency < 0) {
      throw new InvalidValueException(
          "CalibrationHoldout.holdoutFrequency", holdoutFrequency, "a count >= 0");
    }
    if (!Double.isFinite(holdoutDuration) || holdoutDuration < 0) {
      throw new InvalidValueException(
          "CalibrationHoldout.holdoutDuration", holdoutDuration, "a finite duration >= 0");
    }
    if (!Double.isFinite(holdoutMonetaryValue) || holdoutMonetaryValue < 0) {
      throw new InvalidValueException(
          "CalibrationHoldout.holdoutMonetaryValue", holdoutMonetaryValue, "a finite mean >= 0");
    }
  }
}
