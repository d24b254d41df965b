package org.completecrm.rules.internal.nba;

import java.util.List;
import java.util.Optional;
import org.completecrm.core.OfferId;
import org.completecrm.core.channel.Channel;
import org.completecrm.rules.condition.internal.Facts;
import org.completecrm.rules.explain.RoutedToSelfService;
import org.completecrm.rules.ruleset.ActionDefinition;
import org.completecrm.rules.ruleset.internal.CompiledAction;
import org.completecrm.rules.ruleset.internal.CompiledRuleSet;

/**
 * Self-service as a first-class route: in a web or app session, an action proposed by the rules
 * that names a {@code selfService} alternative usable on the session's channel gives way to it when
 * the session's channel costs less than the action's cheapest channel (the rule set's channel
 * costs; a channel without a cost is never cheaper). The alternative is proposed with the reason,
 * the action dropped at stage RULES; the alternative then passes every stage and policy as any
 * other action (consent included).
 */
final class SelfServiceRoutes {
  private SelfServiceRoutes() {}

  static void route(CompiledRuleSet rs, Fired fired, Facts facts) {
    Optional<Channel> session = facts.event().sessionChannel();
    if (session.isEmpty() || (session.get() != Channel.WEB && session.get() != Channel.APP_PUSH)) {
      return;
    }
    Channel ch = session.get();
    if (!rs.source().channelCosts().containsKey(ch)) {
      return;
    }
    List<CompiledAction> actions = rs.actions();
    for (int k = 0; k < actions.size(); k++) {
      ActionDefinition a = actions.get(k).definition();
      if (fired.proposedBy[k] == null || fired.suppressedBy[k] != null || a.selfService().isEmpty()) {
        continue;
      }
      int s = indexOf(actions, a.selfService().get());
      if (s < 0 || !actions.get(s).definition().channels().contains(ch)) {
        continue;
      }
      double assisted = Double.POSITIVE_INFINITY;
      for (Channel c : a.channels()) {
        Double cost = rs.source().channelCosts().get(c);
        if (cost != null && cost < assisted) {
          assisted = cost;
        }
      }
      double self = rs.source().channelCosts().get(ch);
      if (assisted == Double.POSITIVE_INFINITY || self >= assisted) {
        continue;
      }
      RoutedToSelfService why = new RoutedToSelfService(a.id(), a.selfService().get(), ch, self, assisted);
      fired.suppressedBy[k] = why;
      if (fired.proposedBy[s] == null) {
        fired.proposedBy[s] = why;
      }
    }
  }

  private static int indexOf(List<CompiledAction> actions, OfferId id) {
    for (int i = 0; i < actions.size(); i++) {
      if (actions.get(i).definition().id().equals(id)) {
        return i;
      }
    }
    return -1;
  }
}
