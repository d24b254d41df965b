package org.completecrm.rules.explain;

import org.completecrm.core.internal.Checks;

/**
 * A reason known only by its words: one read back from JSON (which keeps a reason's stage,
 * decider and sentence, not its typed fields), or one a host writes itself.
 *
 * @param stage the stage
 * @param by what decided
 * @param text the sentence
 */
public record StatedReason(Stage stage, String by, String text) implements Reason {
  /** Validates the parts. */
  public StatedReason {
    Checks.present(stage, "Reason.stage");
    Checks.notBlank(by, "Reason.by");
    Checks.notBlank(text, "Reason.text");
  }
}
