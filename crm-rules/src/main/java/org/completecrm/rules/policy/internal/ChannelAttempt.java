package org.completecrm.rules.policy.internal;

import java.time.Instant;
import java.util.Optional;
import org.completecrm.core.channel.Channel;
import org.completecrm.core.channel.Purpose;
import org.completecrm.core.channel.QuietHours;
import org.completecrm.core.consent.EffectiveConsent;
import org.completecrm.rules.explain.ContactNow;
import org.completecrm.rules.explain.DeferredForQuietHours;
import org.completecrm.rules.explain.Delivery;
import org.completecrm.rules.explain.InCustomerSession;
import org.completecrm.rules.explain.Reason;
import org.completecrm.rules.policy.ChannelVerdict;
import org.jspecify.annotations.Nullable;

/**
 * One channel tried for a proposed contact, as it passes the contact policies in turn: how and
 * when it would be delivered, the consent that allows it, why it was deferred, or why it was
 * refused.
 *
 * @param channel the channel tried
 * @param delivery in the customer's own session, or outbound
 * @param sendAt when it would be sent: the decision instant, or later after quiet hours
 * @param consent the effective consent at the decision instant, once a policy has read it
 * @param deferredBy the quiet hours that made {@code sendAt} later than the decision instant
 * @param refusal why a policy refused the channel
 */
record ChannelAttempt(Channel channel, Delivery delivery, Instant sendAt, @Nullable EffectiveConsent consent,
    @Nullable QuietHours deferredBy, @Nullable Reason refusal) {
  /** An attempt on {@code channel} delivered so at {@code at}, before any policy. */
  static ChannelAttempt of(Channel channel, Delivery delivery, Instant at) {
    return new ChannelAttempt(channel, delivery, at, null, null, null);
  }

  boolean outbound() {
    return delivery == Delivery.OUTBOUND;
  }

  boolean refused() {
    return refusal != null;
  }

  ChannelAttempt refusedFor(Reason why) {
    return new ChannelAttempt(channel, delivery, sendAt, consent, deferredBy, why);
  }

  ChannelAttempt withConsent(EffectiveConsent now) {
    return new ChannelAttempt(channel, delivery, sendAt, now, deferredBy, refusal);
  }

  ChannelAttempt deferredTo(Instant later, QuietHours quiet) {
    return new ChannelAttempt(channel, delivery, later, consent, quiet, refusal);
  }

  /** The verdict on the channel once every policy has judged it, for a decision at {@code at}. */
  ChannelVerdict verdict(Purpose purpose, Instant at) {
    if (refusal != null) {
      return ChannelVerdict.refusedOn(channel, refusal);
    }
    return ChannelVerdict.allowedOn(channel, delivery, sendAt, allowedBecause(purpose, at));
  }

  private Reason allowedBecause(Purpose purpose, Instant at) {
    Optional<EffectiveConsent> c = Optional.ofNullable(consent);
    if (delivery == Delivery.IN_SESSION) {
      return new InCustomerSession(channel, purpose, c);
    }
    if (deferredBy != null) {
      return new DeferredForQuietHours(channel, at, sendAt, deferredBy, c);
    }
    return new ContactNow(channel, purpose, c);
  }
}
