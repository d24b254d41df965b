package org.completecrm.rules.policy.internal;

import java.util.List;
import org.completecrm.rules.explain.CapReached;
import org.completecrm.rules.ruleset.CapPolicy;

/**
 * The rule set's frequency caps (outbound), per person or per household: at most so many
 * contacts on a channel, for a purpose, in any window of the cap's length, counting the timeline
 * (the household's too where the cap says so) and the contacts planned in this decision. The
 * first cap reached refuses the channel.
 */
final class Caps extends ContactPolicy.EachChannel {
  @Override
  ChannelAttempt judge(ChannelAttempt attempt, ProposedContact contact, PolicyMemo memo) {
    if (!attempt.outbound()) {
      return attempt;
    }
    List<CapPolicy> caps = memo.settings.caps();
    for (int i = 0; i < caps.size(); i++) { // by index: the list's iterator was a tenth of this policy's time
      CapPolicy cap = caps.get(i);
      if (cap.channel().isPresent() && cap.channel().get() != attempt.channel()
          || cap.purpose().isPresent() && cap.purpose().get() != contact.purpose()) {
        continue;
      }
      int n = memo.windowed(cap, attempt.sendAt(), cap.window(), cap.channel(), cap.purpose(),
          cap.household()).worstWith(contact.planned());
      if (n + 1 > cap.max()) {
        return attempt.refusedFor(new CapReached(cap, n));
      }
    }
    return attempt;
  }
}
