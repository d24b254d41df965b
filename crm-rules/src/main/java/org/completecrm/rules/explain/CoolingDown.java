package org.completecrm.rules.explain;

import java.time.Duration;
import java.time.Instant;
import org.completecrm.core.OfferId;
import org.completecrm.core.Checks;
import org.completecrm.rules.explain.internal.Instants;
import org.completecrm.rules.response.Durations;

/**
 * The customer turned the offer down, and the cool-down since has not passed.
 *
 * @param offer the offer
 * @param turnedDownAt when the customer turned it down last
 * @param coolDown the cool-down that applies
 */
public record CoolingDown(OfferId offer, Instant turnedDownAt, Duration coolDown) implements Reason {
  /** Validates the parts. */
  public CoolingDown {
    Checks.present(offer, "CoolingDown.offer");
    Checks.present(turnedDownAt, "CoolingDown.turnedDownAt");
    Checks.present(coolDown, "CoolingDown.coolDown");
  }

  /** When the offer may be made again. */
  public Instant until() {
    return turnedDownAt.plus(coolDown);
  }

  @Override
  public Stage stage() {
    return Stage.CONTACT_POLICY;
  }

  @Override
  public String by() {
    return "policy:cool-down";
  }

  @Override
  public String text() {
    return "The customer turned down " + offer + " on " + Instants.iso(turnedDownAt) + "; it is not offered again"
        + " until " + Instants.iso(until()) + " (cool-down of " + Durations.words(coolDown) + ").";
  }
}
