package org.completecrm.rules.internal.nba;

import java.util.function.ToDoubleFunction;
import org.completecrm.core.OfferId;
import org.completecrm.core.channel.Channel;
import org.completecrm.rules.policy.internal.ContactPolicies;
import org.completecrm.rules.ruleset.internal.CompiledRuleSet;

/**
 * What a decision needs of its rule set that depends on the rule set alone: the {@link
 * FixedReasons}, the {@link RulesByEvent} index, the actions' channels and the channel costs as the contact policies
 * read them. Built on the rule set's first decision and kept with it ({@link
 * CompiledRuleSet#derived}), so that a decision reaches them with one look-up and makes none of them.
 */
final class RuleSetPlan {
  final FixedReasons fixed;
  final RulesByEvent byEvent;
  final ToDoubleFunction<Channel> cost;
  /** The ids of the compiled rule set's actions, by their place among them. */
  final OfferId[] actionIds;
  /** The channels of the compiled rule set's actions as the contact policies take them ({@link ContactPolicies#channelMask}), by their place. */
  final int[] channelMasks;

  private RuleSetPlan(CompiledRuleSet rs) {
    fixed = new FixedReasons(rs);
    byEvent = new RulesByEvent(rs);
    cost = rs::cost;
    actionIds = new OfferId[rs.actions().size()];
    channelMasks = new int[actionIds.length];
    for (int k = 0; k < actionIds.length; k++) {
      actionIds[k] = rs.actions().get(k).definition().id();
      channelMasks[k] = ContactPolicies.channelMask(rs.actions().get(k).definition().channels());
    }
  }

  /** The plan of {@code rs}, built on its first decision. */
  static RuleSetPlan of(CompiledRuleSet rs) {
    return rs.derived(RuleSetPlan.class, RuleSetPlan::new);
  }
}
