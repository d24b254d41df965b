package org.completecrm.rules.ruleset;

import java.util.List;
import org.completecrm.rules.condition.CompiledCondition;

/** A validated rule with its compiled condition. */
public final class CompiledRule {
  private final Rule rule;
  private final CompiledCondition when;
  private final String proposal;

  CompiledRule(Rule rule, CompiledCondition when) {
    this.rule = rule;
    this.when = when;
    this.proposal = "Proposed by rule " + rule.id() + rule.description().map(d -> " (" + d + ")").orElse("") + ".";
  }

  /** The sentence explaining that this rule proposed an action. */
  public String proposalText() {
    return proposal;
  }

  /** The rule's id. */
  public String id() {
    return rule.id();
  }

  /** The rule as defined. */
  public Rule rule() {
    return rule;
  }

  /** Its compiled condition. */
  public CompiledCondition when() {
    return when;
  }

  /** Its effects. */
  public List<Effect> effects() {
    return rule.then();
  }

  /** Whether it stops the rules after it. */
  public boolean exclusive() {
    return rule.exclusive();
  }
}
