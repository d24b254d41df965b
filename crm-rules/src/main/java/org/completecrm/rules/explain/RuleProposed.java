package org.completecrm.rules.explain;

import java.util.Optional;
import org.completecrm.core.Checks;

/**
 * An interaction rule proposed the action.
 *
 * @param rule the rule's id
 * @param description the rule's description, if it has one
 */
public record RuleProposed(String rule, Optional<String> description) implements ByRule {
  /** Validates the parts. */
  public RuleProposed {
    Checks.notBlank(rule, "RuleProposed.rule");
    Checks.present(description, "RuleProposed.description");
  }

  @Override
  public String text() {
    return "Proposed by rule " + rule + description.map(d -> " (" + d + ")").orElse("") + ".";
  }
}
