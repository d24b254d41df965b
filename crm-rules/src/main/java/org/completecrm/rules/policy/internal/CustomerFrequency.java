package org.completecrm.rules.policy.internal;

import java.util.Optional;
import org.completecrm.core.channel.ContactFrequency;
import org.completecrm.rules.explain.CustomerFrequencyReached;

/**
 * The customer's stated frequency (outbound marketing and research): at most so many contacts in
 * any window of the stated length, counting every outbound contact of the customer, in the
 * timeline and planned in this decision.
 */
final class CustomerFrequency extends ContactPolicy.EachChannel {
  @Override
  ChannelAttempt judge(ChannelAttempt attempt, ProposedContact contact, PolicyMemo memo) {
    Optional<ContactFrequency> stated = memo.facts.view().preferences().frequency();
    if (!attempt.outbound() || !contact.unsolicited() || stated.isEmpty()) {
      return attempt;
    }
    ContactFrequency asked = stated.get();
    int n = memo.windowed(asked, attempt.sendAt(), asked.window(), Optional.empty(), Optional.empty(),
        false).worstWith(contact.planned());
    if (n + 1 <= asked.maxContacts()) {
      return attempt;
    }
    return attempt.refusedFor(new CustomerFrequencyReached(asked, n));
  }
}
