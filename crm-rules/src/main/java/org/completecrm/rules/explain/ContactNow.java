package org.completecrm.rules.explain;

import java.util.Optional;
import org.completecrm.core.channel.Channel;
import org.completecrm.core.channel.Purpose;
import org.completecrm.core.consent.EffectiveConsent;
import org.completecrm.core.Checks;

/**
 * Allowed outbound now: consent given (or not needed) and within quiet hours and caps.
 *
 * @param channel the channel
 * @param purpose the purpose of the contact
 * @param consent the consent read, if the purpose needs one
 */
public record ContactNow(Channel channel, Purpose purpose, Optional<EffectiveConsent> consent) implements Reason {
  /** Validates the parts. */
  public ContactNow {
    Checks.present(channel, "ContactNow.channel");
    Checks.present(purpose, "ContactNow.purpose");
    Checks.present(consent, "ContactNow.consent");
  }

  @Override
  public Stage stage() {
    return Stage.CONTACT_POLICY;
  }

  @Override
  public String by() {
    return Words.consentBy(channel, purpose);
  }

  @Override
  public String text() {
    return Words.of(channel) + " now: consent " + Words.consent(consent) + "; within quiet hours and caps.";
  }
}
