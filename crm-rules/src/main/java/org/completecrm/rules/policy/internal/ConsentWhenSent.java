package org.completecrm.rules.policy.internal;

import java.util.Optional;
import org.completecrm.core.consent.EffectiveConsent;
import org.completecrm.rules.explain.ConsentRefused;

/** Consent at the send instant: a contact deferred past quiet hours needs consent then too. */
final class ConsentWhenSent extends ContactPolicy.EachChannel {
  @Override
  ChannelAttempt judge(ChannelAttempt attempt, ProposedContact contact, PolicyMemo memo) {
    if (!attempt.outbound() || attempt.sendAt().equals(memo.facts.at())) {
      return attempt;
    }
    EffectiveConsent then = memo.consent(attempt.channel(), contact.purpose(), attempt.sendAt());
    return then.allowed() ? attempt : attempt.refusedFor(new ConsentRefused(then, false, Optional.of(attempt.sendAt())));
  }

  /** Reads the channel, its delivery, the purpose and the decision's consent and quiet hours only. */
  @Override
  boolean byChannelAndPurpose() {
    return true;
  }
}
