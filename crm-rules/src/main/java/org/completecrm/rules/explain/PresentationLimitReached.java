package org.completecrm.rules.explain;

import java.time.Duration;
import org.completecrm.core.OfferId;
import org.completecrm.core.Checks;
import org.completecrm.rules.response.Durations;

/**
 * The action was presented to the customer its most times in its window.
 *
 * @param action the action
 * @param presented how many times it was presented in the window
 * @param window the presentation window
 * @param max the most presentations in the window
 */
public record PresentationLimitReached(OfferId action, int presented, Duration window, int max) implements Reason {
  /** Validates the parts. */
  public PresentationLimitReached {
    Checks.present(action, "PresentationLimitReached.action");
    Checks.present(window, "PresentationLimitReached.window");
  }

  @Override
  public Stage stage() {
    return Stage.VOLUME;
  }

  @Override
  public String by() {
    return "action:" + action + ".maxPresentations";
  }

  @Override
  public String text() {
    return "Already presented " + Words.count(presented, "time") + " in the last " + Durations.words(window)
        + " (limit " + max + ").";
  }
}
