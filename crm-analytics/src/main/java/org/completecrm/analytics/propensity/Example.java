package org.completecrm.analytics.propensity;

import org.completecrm.core.InvalidValueException;
import org.completecrm.core.Checks;
import org.completecrm.core.timeline.OfferResponse;
import org.completecrm.core.view.CustomerView;

/**
 * One training example: the features when an offer was presented and whether it was accepted.
 *
 * @param features the feature values, finite
 * @param accepted whether the customer accepted
 */
public record Example(double[] features, boolean accepted) {
  /** Validates and copies the features. */
  public Example {
    Checks.present(features, "Example.features");
    for (int i = 0; i < features.length; i++) {
      Checks.finite(features[i], "Example.features[" + i + "]");
    }
    features = features.clone();
  }

  /**
   * The example of an offer response: the view as of the presentation, probability alive then, and
   * the response ({@link OfferResponse#ACCEPTED} is positive; rejected and ignored are negative).
   */
  public static Example of(CustomerView viewAtPresentation, double pAlive, OfferResponse response) {
    if (response == null) {
      throw new InvalidValueException("Example.response", "null", "a response");
    }
    return new Example(ViewFeatures.of(viewAtPresentation, pAlive), response == OfferResponse.ACCEPTED);
  }

  /** A copy of the features. */
  @Override
  public double[] features() {
    return features.clone();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Example e && accepted == e.accepted && java.util.Arrays.equals(features, e.features);
  }

  @Override
  public int hashCode() {
    return java.util.Arrays.hashCode(features) * 2 + (accepted ? 1 : 0);
  }

  @Override
  public String toString() {
    return "Example{" + java.util.Arrays.toString(features) + ", accepted=" + accepted + "}";
  }
}
