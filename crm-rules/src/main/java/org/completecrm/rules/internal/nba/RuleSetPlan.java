package org.completecrm.rules.internal.nba;

import org.completecrm.rules.ruleset.internal.CompiledRuleSet;

/**
 * What a decision needs of its rule set that depends on the rule set alone: the {@link
 * FixedReasons} and the {@link RulesByEvent} index. Built on the rule set's first decision and
 * kept with it ({@link CompiledRuleSet#derived}), so that a decision reaches both with one look-up.
 */
final class RuleSetPlan {
  final FixedReasons fixed;
  final RulesByEvent byEvent;

  private RuleSetPlan(CompiledRuleSet rs) {
    fixed = new FixedReasons(rs);
    byEvent = new RulesByEvent(rs);
  }

  /** The plan of {@code rs}, built on its first decision. */
  static RuleSetPlan of(CompiledRuleSet rs) {
    return rs.derived(RuleSetPlan.class, RuleSetPlan::new);
  }
}
