package org.completecrm.core.propensity;

import java.util.Locale;

/**
 * What one predictor added to a propensity: the bin the customer fell in and the log-odds it
 * added (positive raises the propensity).
 *
 * @param predictor the predictor's name
 * @param bin the bin in words, such as {@code valueTier = gold} or {@code clv in [500, 1000)}
 * @param logOdds the log-odds it added
 */
public record Contribution(String predictor, String bin, double logOdds) {
  /** The contribution in words: {@code valueTier = gold (+0.85)}. */
  public String words() {
    return bin + String.format(Locale.ROOT, " (%+.2f)", logOdds);
  }
}
