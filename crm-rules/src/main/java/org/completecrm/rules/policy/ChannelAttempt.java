package org.completecrm.rules.policy;

import java.time.Instant;
import org.completecrm.core.channel.Channel;
import org.completecrm.core.channel.Purpose;
import org.completecrm.core.consent.EffectiveConsent;
import org.completecrm.core.internal.Instants;
import org.completecrm.rules.explain.Delivery;
import org.completecrm.rules.explain.Reason;
import org.completecrm.rules.explain.Stage;

/**
 * One channel tried for a proposed contact, as it passes the contact policies in turn: how and
 * when it would be delivered, the consent that allows it, why it was deferred, or why it was
 * refused.
 *
 * @param channel the channel tried
 * @param delivery in the customer's own session, or outbound
 * @param sendAt when it would be sent: the decision instant, or later after quiet hours
 * @param consent the effective consent at the decision instant, once a policy has read it
 * @param deferredBecause why {@code sendAt} is later than the decision instant
 * @param refusal why a policy refused the channel
 */
record ChannelAttempt(Channel channel, Delivery delivery, Instant sendAt, EffectiveConsent consent,
    String deferredBecause, Reason refusal) {
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
    return new ChannelAttempt(channel, delivery, sendAt, consent, deferredBecause, why);
  }

  ChannelAttempt withConsent(EffectiveConsent now) {
    return new ChannelAttempt(channel, delivery, sendAt, now, deferredBecause, refusal);
  }

  ChannelAttempt deferredTo(Instant later, String because) {
    return new ChannelAttempt(channel, delivery, later, consent, because, refusal);
  }

  /** The verdict on the channel once every policy has judged it. */
  ChannelVerdict verdict(Purpose purpose) {
    if (refusal != null) {
      return ChannelVerdict.refusedOn(channel, refusal);
    }
    return ChannelVerdict.allowedOn(channel, delivery, sendAt, allowedBecause(purpose));
  }

  private Reason allowedBecause(Purpose purpose) {
    EffectiveConsent c = consent;
    if (delivery == Delivery.IN_SESSION) {
      return c != null
          ? Reason.worded(Stage.CONTACT_POLICY, Words.consentBy(channel, purpose),
              () -> "In the customer's " + Words.of(channel) + " session now; consent " + c.describe() + ".")
          : Reason.worded(Stage.CONTACT_POLICY, "policy:session", () -> "In the customer's " + Words.of(channel)
              + " session now: the customer started it, so no consent is needed for " + Words.of(purpose) + ".");
    }
    String because = deferredBecause;
    if (because != null) {
      return Reason.worded(Stage.CONTACT_POLICY, "policy:quiet-hours", () -> Words.of(channel) + " deferred to "
          + Instants.iso(sendAt) + ": " + because + "; consent " + describe(c) + ".");
    }
    return Reason.worded(Stage.CONTACT_POLICY, Words.consentBy(channel, purpose),
        () -> Words.of(channel) + " now: consent " + describe(c) + "; within quiet hours and caps.");
  }

  private static String describe(EffectiveConsent c) {
    return c == null ? "not needed" : c.describe();
  }
}
