package org.completecrm.rules.policy.internal;

import org.completecrm.core.channel.Channel;
import org.completecrm.core.timeline.Direction;
import org.completecrm.core.view.Contact;
import org.completecrm.rules.explain.ChannelVolumeReached;

/** Volume per channel (outbound): at most the rule set's number of contacts on one channel in one decision. */
final class ChannelVolume extends ContactPolicy.EachChannel {
  @Override
  ChannelAttempt judge(ChannelAttempt attempt, ProposedContact contact, PolicyMemo memo) {
    if (!attempt.outbound()) {
      return attempt;
    }
    Channel ch = attempt.channel();
    int planned = 0;
    for (Contact c : contact.planned()) {
      if (c.channel() == ch && c.direction() == Direction.OUTBOUND) {
        planned++;
      }
    }
    if (planned < contact.maxPerChannel()) {
      return attempt;
    }
    return attempt.refusedFor(new ChannelVolumeReached(ch, planned, contact.maxPerChannel()));
  }
}
