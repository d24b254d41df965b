package org.completecrm.rules.explain;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.completecrm.core.InvalidValueException;
import org.completecrm.core.OfferId;
import org.completecrm.core.Checks;

/**
 * The action's own condition of a stage does not hold: its eligibility, applicability or
 * suitability.
 *
 * @param stage {@link Stage#ELIGIBILITY}, {@link Stage#APPLICABILITY} or {@link Stage#SUITABILITY}
 * @param action the action
 * @param name its name for people
 */
@JsonIgnoreProperties(value = {"by", "text"}, allowGetters = true)
public record ActionConditionFailed(Stage stage, OfferId action, String name) implements Reason {
  /** Validates the parts. */
  public ActionConditionFailed {
    if (stage != Stage.ELIGIBILITY && stage != Stage.APPLICABILITY && stage != Stage.SUITABILITY) {
      throw new InvalidValueException("ActionConditionFailed.stage", stage, "ELIGIBILITY, APPLICABILITY or SUITABILITY");
    }
    Checks.present(action, "ActionConditionFailed.action");
    Checks.notBlank(name, "ActionConditionFailed.name");
  }

  @Override
  public String by() {
    return "action:" + action + switch (stage) {
      case ELIGIBILITY -> ".eligibility";
      case APPLICABILITY -> ".applicability";
      default -> ".suitability";
    };
  }

  @Override
  public String text() {
    return switch (stage) {
      case ELIGIBILITY -> "The customer is not eligible for " + name + " (its eligibility condition does not hold).";
      case APPLICABILITY -> name + " does not fit now (its applicability condition does not hold).";
      default -> name + " is not in the customer's interest now (its suitability condition does not hold).";
    };
  }
}
