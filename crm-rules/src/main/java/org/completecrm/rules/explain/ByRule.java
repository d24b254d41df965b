package org.completecrm.rules.explain;

/** A reason an interaction rule gave: its stage is {@link Stage#RULES}, its decider {@code rule:<id>}. */
sealed interface ByRule extends Reason permits RuleProposed, RuleSuppressed {
  /** The rule's id. */
  String rule();

  @Override
  default Stage stage() {
    return Stage.RULES;
  }

  @Override
  default String by() {
    return "rule:" + rule();
  }
}
