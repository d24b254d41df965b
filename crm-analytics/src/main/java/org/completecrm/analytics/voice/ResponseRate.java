package org.completecrm.analytics.voice;

import org.completecrm.core.InvalidValueException;

/**
 * How many of the customers asked for feedback answered.
 *
 * @param invited customers asked
 * @param responded customers asked who answered at least once
 * @param rate {@code responded / invited}
 */
public record ResponseRate(long invited, long responded, double rate) {
  /** Validates the counts. */
  public ResponseRate {
    if (invited < 1 || responded < 0 || responded > invited) {
      throw new InvalidValueException("ResponseRate.responded", responded + " of " + invited, "0 <= responded <= invited, invited >= 1");
    }
    if (Math.abs(rate - (double) responded / invited) > 1e-12) {
      throw new InvalidValueException("ResponseRate.rate", rate, "responded / invited = " + (double) responded / invited);
    }
  }

  /** The rate of {@code responded} out of {@code invited}. */
  public static ResponseRate of(long invited, long responded) {
    return new ResponseRate(invited, responded, invited == 0 ? 0 : (double) responded / invited);
  }
}
