package org.completecrm.rules.explain;

import java.util.Optional;
import org.completecrm.core.channel.Channel;
import org.completecrm.core.channel.Purpose;
import org.completecrm.core.consent.EffectiveConsent;
import org.completecrm.core.Checks;

/**
 * Allowed in the customer's own session on the channel (a call, a visit): with the consent read,
 * or without one, because the customer started the session.
 *
 * @param channel the session's channel
 * @param purpose the purpose of the contact
 * @param consent the consent read, if a policy read one
 */
public record InCustomerSession(Channel channel, Purpose purpose, Optional<EffectiveConsent> consent)
    implements Reason {
  /** Validates the parts. */
  public InCustomerSession {
    Checks.present(channel, "InCustomerSession.channel");
    Checks.present(purpose, "InCustomerSession.purpose");
    Checks.present(consent, "InCustomerSession.consent");
  }

  @Override
  public Stage stage() {
    return Stage.CONTACT_POLICY;
  }

  @Override
  public String by() {
    return consent.isPresent() ? Words.consentBy(channel, purpose) : "policy:session";
  }

  @Override
  public String text() {
    return consent.isPresent()
        ? "In the customer's " + Words.of(channel) + " session now; consent " + consent.get().describe() + "."
        : "In the customer's " + Words.of(channel) + " session now: the customer started it, so no consent is needed for "
            + Words.of(purpose) + ".";
  }
}
