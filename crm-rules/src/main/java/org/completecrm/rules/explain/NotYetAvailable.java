package org.completecrm.rules.explain;

import java.time.Instant;
import org.completecrm.core.OfferId;
import org.completecrm.core.Checks;

/**
 * The action is asked for before it becomes valid.
 *
 * @param action the action
 * @param name its name for people
 * @param validFrom when it becomes valid
 */
public record NotYetAvailable(OfferId action, String name, Instant validFrom) implements Reason {
  /** Validates the parts. */
  public NotYetAvailable {
    Checks.present(action, "NotYetAvailable.action");
    Checks.notBlank(name, "NotYetAvailable.name");
    Checks.present(validFrom, "NotYetAvailable.validFrom");
  }

  @Override
  public Stage stage() {
    return Stage.APPLICABILITY;
  }

  @Override
  public String by() {
    return "action:" + action + ".validFrom";
  }

  @Override
  public String text() {
    return name + " is not available before " + validFrom + ".";
  }
}
