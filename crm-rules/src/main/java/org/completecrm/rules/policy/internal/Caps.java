package org.completecrm.rules.policy.internal;

import java.util.List;
import java.util.Optional;
import org.completecrm.core.channel.Channel;
import org.completecrm.core.channel.Purpose;
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
      Optional<Channel> only = cap.channel(); // each call makes an Optional: read once
      Optional<Purpose> forPurpose = cap.purpose();
      if (only.isPresent() && only.get() != attempt.channel()
          || forPurpose.isPresent() && forPurpose.get() != contact.purpose()) {
        continue;
      }
      int n = memo.windowed(cap, attempt.sendAt(), cap.window(), only, forPurpose, cap.household())
          .worstWith(contact.planned());
      if (n + 1 > cap.max()) {
        return attempt.refusedFor(new CapReached(cap, n));
      }
    }
    return attempt;
  }
}
