package org.completecrm.rules.explain;

import java.time.Instant;
import org.completecrm.core.OfferId;
import org.completecrm.core.Checks;

/**
 * The action is asked for from the end of its validity on.
 *
 * @param action the action
 * @param name its name for people
 * @param validUntil when it ended
 */
public record AvailabilityEnded(OfferId action, String name, Instant validUntil) implements Reason {
  /** Validates the parts. */
  public AvailabilityEnded {
    Checks.present(action, "AvailabilityEnded.action");
    Checks.notBlank(name, "AvailabilityEnded.name");
    Checks.present(validUntil, "AvailabilityEnded.validUntil");
  }

  @Override
  public Stage stage() {
    return Stage.APPLICABILITY;
  }

  @Override
  public String by() {
    return "action:" + action + ".validUntil";
  }

  @Override
  public String text() {
    return name + " ended at " + validUntil + ".";
  }
}
