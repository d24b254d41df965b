package org.completecrm.rules.explain;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.completecrm.core.Checks;

/**
 * A reason known only by its words: one a host writes itself, or one read from JSON written
 * before reasons had typed fields.
 *
 * @param stage the stage
 * @param by what decided
 * @param text the sentence
 */
@JsonIgnoreProperties(allowGetters = true)
public record StatedReason(Stage stage, String by, String text) implements Reason {
  /** Validates the parts. */
  public StatedReason {
    Checks.present(stage, "Reason.stage");
    Checks.notBlank(by, "Reason.by");
    Checks.notBlank(text, "Reason.text");
  }
}
