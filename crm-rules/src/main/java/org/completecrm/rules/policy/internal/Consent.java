package org.completecrm.rules.policy.internal;

import java.util.Optional;
import org.completecrm.core.consent.EffectiveConsent;
import org.completecrm.rules.explain.ConsentRefused;

/**
 * Consent at the decision instant: an outbound contact needs effective consent for its channel
 * and purpose, and so do marketing and research in the customer's own session; service answers in
 * a session the customer started do not. {@link ConsentWhenSent} checks it again at a deferred
 * send instant.
 */
final class Consent extends ContactPolicy.EachChannel {
  @Override
  ChannelAttempt judge(ChannelAttempt attempt, ProposedContact contact, PolicyMemo memo) {
    if (!attempt.outbound() && !contact.unsolicited()) {
      return attempt;
    }
    EffectiveConsent now = memo.consent(attempt.channel(), contact.purpose(), memo.facts.at());
    return now.allowed() ? attempt.withConsent(now) : attempt.refusedFor(new ConsentRefused(now, !attempt.outbound(), Optional.empty()));
  }

  /** Reads the channel, its delivery, the purpose and the decision's consent only. */
  @Override
  boolean byChannelAndPurpose() {
    return true;
  }
}
