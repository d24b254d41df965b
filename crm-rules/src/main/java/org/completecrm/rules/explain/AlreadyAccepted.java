package org.completecrm.rules.explain;

import java.time.Instant;
import org.completecrm.core.OfferId;
import org.completecrm.core.Checks;
import org.completecrm.rules.explain.internal.Instants;

/**
 * The customer already accepted the offer, which is not repeatable.
 *
 * @param action the offer
 * @param name its name for people
 * @param acceptedAt when the customer accepted it last
 */
public record AlreadyAccepted(OfferId action, String name, Instant acceptedAt) implements Reason {
  /** Validates the parts. */
  public AlreadyAccepted {
    Checks.present(action, "AlreadyAccepted.action");
    Checks.notBlank(name, "AlreadyAccepted.name");
    Checks.present(acceptedAt, "AlreadyAccepted.acceptedAt");
  }

  @Override
  public Stage stage() {
    return Stage.ELIGIBILITY;
  }

  @Override
  public String by() {
    return "action:" + action + ".repeatable";
  }

  @Override
  public String text() {
    return "The customer already accepted " + name + " on " + Instants.iso(acceptedAt) + ".";
  }
}
