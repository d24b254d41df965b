package org.completecrm.rules.policy;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.completecrm.core.channel.Channel;
import org.completecrm.core.channel.Purpose;
import org.completecrm.core.Checks;
import org.completecrm.core.score.Scores;
import org.completecrm.core.view.CustomerView;
import org.completecrm.rules.condition.internal.Facts;
import org.completecrm.rules.event.DecisionEvent;
import org.completecrm.rules.event.EventKind;
import org.completecrm.rules.ruleset.PolicySettings;
import org.completecrm.rules.policy.internal.ContactPolicies;

/**
 * "May I contact this customer, on which channel, for this purpose, now, and why?": the consent
 * gate and contact policies for any part of a host that reaches customers (notifications,
 * surveys, votes), the same ones every decision passes through.
 */
public final class ContactGate {
  private ContactGate() {}

  /**
   * Whether and how the customer of {@code view} may be contacted for {@code purpose} on one of
   * {@code channels} at {@code at}, under the built-in policies.
   */
  public static ContactPermission check(CustomerView view, Purpose purpose, Set<Channel> channels, Instant at) {
    return check(view, purpose, channels, at, PolicySettings.none());
  }

  /**
   * Whether and how the customer may be contacted, under the built-in policies and {@code
   * policies} (a rule set's additions, {@code ruleSet.policies()}).
   */
  public static ContactPermission check(CustomerView view, Purpose purpose, Set<Channel> channels, Instant at,
      PolicySettings policies) {
    Checks.present(purpose, "ContactGate.purpose");
    Checks.noNulls(channels, "ContactGate.channels");
    Checks.present(policies, "ContactGate.policies");
    Facts facts = Facts.of(DecisionEvent.of(EventKind.NOTIFICATION), view, Scores.none(), at);
    return ContactPolicies.of(facts, policies, c -> 0.0)
        .permission(purpose, channels, Optional.empty(), Optional.empty(), List.of(), Integer.MAX_VALUE);
  }
}
