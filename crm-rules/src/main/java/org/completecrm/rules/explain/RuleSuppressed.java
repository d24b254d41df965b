package org.completecrm.rules.explain;

import org.completecrm.core.Checks;

/**
 * An interaction rule suppressed the action, for the reason its author wrote.
 *
 * @param rule the rule's id
 * @param because the reason the rule gives, in the author's words
 */
public record RuleSuppressed(String rule, String because) implements ByRule {
  /** Validates the parts. */
  public RuleSuppressed {
    Checks.notBlank(rule, "RuleSuppressed.rule");
    Checks.notBlank(because, "RuleSuppressed.because");
  }

  @Override
  public String text() {
    return because;
  }
}
