package org.completecrm.rules.policy.internal;

import java.util.Optional;
import org.completecrm.rules.explain.Reason;

/**
 * One contact policy: a rule of the business that every proposed contact passes after every
 * interaction rule, whatever the rule set says. A policy may refuse the contact on every channel
 * (a suppression), or judge one channel tried for it: refuse it, defer its send instant, or let it
 * pass to the next policy unchanged.
 *
 * <p>{@link ContactPolicies#IN_ORDER} lists the policies in the order they apply; adding a policy
 * is one new class and one line in that list. What a policy works out once per decision (consent,
 * quiet hours, contacts in a window) it keeps in the decision's {@link PolicyMemo}.
 */
interface ContactPolicy {
  /** Why no channel may carry {@code contact}, if this policy refuses it outright. */
  default Optional<Reason> refuseEveryChannel(ProposedContact contact, PolicyMemo memo) {
    return Optional.empty();
  }

  /** This policy's say on {@code attempt}, not yet refused: the same attempt, deferred, or refused. */
  default ChannelAttempt judge(ChannelAttempt attempt, ProposedContact contact, PolicyMemo memo) {
    return attempt;
  }
}
