package org.completecrm.rules.explain;

import org.completecrm.core.Checks;
import org.completecrm.rules.ruleset.CapPolicy;

/**
 * A frequency cap of the rule set is reached.
 *
 * @param cap the cap, with its channel, purpose, maximum and window
 * @param count the contacts that already fall in such a window
 */
public record CapReached(CapPolicy cap, int count) implements Reason {
  /** Validates the parts. */
  public CapReached {
    Checks.present(cap, "CapReached.cap");
  }

  @Override
  public Stage stage() {
    return Stage.CONTACT_POLICY;
  }

  @Override
  public String by() {
    return "policy:cap." + cap.id();
  }

  @Override
  public String text() {
    return "Cap '" + cap.id() + "' (" + cap.describe() + ") reached: " + count + " already fall in such a window.";
  }
}
