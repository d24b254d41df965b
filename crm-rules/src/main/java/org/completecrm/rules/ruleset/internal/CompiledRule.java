package org.completecrm.rules.ruleset.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.completecrm.core.OfferId;
import org.completecrm.rules.condition.internal.CompiledCondition;
import org.completecrm.rules.ruleset.Effect;
import org.completecrm.rules.ruleset.Rule;

/**
 * A validated rule with its compiled condition, and its effects resolved against the rule set's
 * actions once, so that a decision only reads them: the actions it proposes and suppresses (by
 * their position in {@link CompiledRuleSet#actions()}), with the reasons it gives, and its other
 * effects (commit, escalate, allow) in the order written.
 */
public final class CompiledRule {
  private static final int[] NONE = new int[0];

  private final Rule rule;
  private final CompiledCondition when;
  private final int[] proposes;
  private final int[] suppresses;
  private final String[] suppressions;
  private final List<Effect> otherEffects;

  /** Built by the rule set's validation ({@code RuleSetValidator}) once per rule set. */
  public CompiledRule(Rule rule, CompiledCondition when, Map<OfferId, Integer> actionIndex) {
    this.rule = rule;
    this.when = when;
    List<Integer> proposed = new ArrayList<>();
    List<Integer> suppressed = new ArrayList<>();
    List<String> reasons = new ArrayList<>();
    List<Effect> others = new ArrayList<>();
    for (Effect e : rule.then()) {
      if (e.propose().isPresent()) {
        proposed.add(actionIndex.get(e.propose().get()));
      } else if (e.suppress().isPresent()) {
        suppressed.add(actionIndex.get(e.suppress().get()));
        reasons.add(e.reason().orElse("suppressed by rule " + rule.id()));
      } else {
        others.add(e);
      }
    }
    this.proposes = proposed.isEmpty() ? NONE : proposed.stream().mapToInt(Integer::intValue).toArray();
    this.suppresses = suppressed.isEmpty() ? NONE : suppressed.stream().mapToInt(Integer::intValue).toArray();
    this.suppressions = reasons.toArray(new String[0]);
    this.otherEffects = List.copyOf(others);
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

  /** The number of actions it proposes (with repeats, in the order written). */
  public int proposalCount() {
    return proposes.length;
  }

  /** The position in {@link CompiledRuleSet#actions()} of the {@code i}-th action it proposes. */
  public int proposed(int i) {
    return proposes[i];
  }

  /** The number of actions it suppresses. */
  public int suppressionCount() {
    return suppresses.length;
  }

  /** The position in {@link CompiledRuleSet#actions()} of the {@code i}-th action it suppresses. */
  public int suppressed(int i) {
    return suppresses[i];
  }

  /** The reason given for the {@code i}-th suppression, in plain words. */
  public String suppressionText(int i) {
    return suppressions[i];
  }

  /** Its commit, escalate and allow effects, in the order written. */
  public List<Effect> otherEffects() {
    return otherEffects;
  }

  /** Whether it stops the rules after it. */
  public boolean exclusive() {
    return rule.exclusive();
  }
}
