package org.completecrm.rules.policy.internal;

import org.completecrm.rules.explain.QuietAllDay;

/**
 * Quiet hours (outbound): the customer's own and the rule set's, in the customer's time zone. A
 * contact due inside them is deferred to the next allowed instant, not dropped; one whose quiet
 * hours cover the whole day is refused.
 */
final class QuietHoursDeferral extends ContactPolicy.EachChannel {
  @Override
  ChannelAttempt judge(ChannelAttempt attempt, ProposedContact contact, PolicyMemo memo) {
    if (!attempt.outbound()) {
      return attempt;
    }
    Deferral d = memo.deferral(attempt.channel());
    if (d.sendAt() == null) {
      return attempt.refusedFor(new QuietAllDay(attempt.channel()));
    }
    return d.quietHours() == null ? attempt : attempt.deferredTo(d.sendAt(), d.quietHours());
  }

  /** Reads the channel, its delivery, the purpose and the decision's consent and quiet hours only. */
  @Override
  boolean byChannelAndPurpose() {
    return true;
  }
}
