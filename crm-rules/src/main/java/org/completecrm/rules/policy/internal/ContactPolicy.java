package org.completecrm.rules.policy.internal;

import java.util.Optional;
import org.completecrm.rules.explain.Reason;

/**
 * One contact policy: a rule of the business that every proposed contact passes after every
 * interaction rule, whatever the rule set says. A policy is one of two kinds: a {@link
 * WholeContact} policy may refuse the contact on every channel at once (a suppression, a
 * cool-down), and is asked once per contact; an {@link EachChannel} policy judges each channel
 * tried for it: refuses it, defers its send instant, or lets it pass to the next policy unchanged.
 *
 * <p>{@link ContactPolicies#IN_ORDER} lists the policies in the order they apply; adding a policy
 * is one new class of either kind and one line in that list. What a policy works out once per
 * decision (consent, quiet hours, contacts in a window) it keeps in the decision's {@link PolicyMemo}.
 */
sealed interface ContactPolicy permits ContactPolicy.WholeContact, ContactPolicy.EachChannel {
  /** A policy that refuses a contact on every channel, or not at all: asked once per contact. */
  non-sealed interface WholeContact extends ContactPolicy {
    /** Why no channel may carry {@code contact}, if this policy refuses it outright. */
    Optional<Reason> refuseEveryChannel(ProposedContact contact, PolicyMemo memo);
  }

  /**
   * A policy that judges each channel tried for a contact: asked once per channel tried. An
   * abstract class rather than an interface: its call site sees every per-channel policy, and a
   * virtual call through a class's table costs less there than an interface call.
   */
  abstract non-sealed class EachChannel implements ContactPolicy {
    /**
     * This policy's say on {@code attempt}, not yet refused: the same attempt, deferred, or refused.
     * It reads of {@code contact} its purpose, the contacts planned and the most per channel only,
     * never the offer, the cool-down or the channels (a decision reuses a channel's verdict for the
     * same purpose and the same contacts planned: {@link PolicyMemo#plan}).
     */
    abstract ChannelAttempt judge(ChannelAttempt attempt, ProposedContact contact, PolicyMemo memo);

    /**
     * Whether this policy's say depends on nothing but the channel (with its delivery), the
     * contact's purpose and the decision: not on the offer, the cool-down or the contacts planned.
     * The policies of this kind that come first in {@link ContactPolicies#IN_ORDER} are asked once
     * per channel and purpose in a decision ({@link ContactPolicies#SETTLED}).
     */
    boolean byChannelAndPurpose() {
      return false;
    }
  }
}
