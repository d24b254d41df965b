package org.completecrm.rules.policy.internal;

import org.completecrm.rules.explain.NotAnOutboundChannel;

/** Outbound contact only on a channel the firm can start a contact on: not the web site, not a branch. */
final class OutboundChannel extends ContactPolicy.EachChannel {
  @Override
  ChannelAttempt judge(ChannelAttempt attempt, ProposedContact contact, PolicyMemo memo) {
    if (!attempt.outbound() || attempt.channel().supportsOutbound()) {
      return attempt;
    }
    return attempt.refusedFor(new NotAnOutboundChannel(attempt.channel()));
  }

  /** Reads the channel, its delivery, the purpose and the decision's consent only. */
  @Override
  boolean byChannelAndPurpose() {
    return true;
  }
}
