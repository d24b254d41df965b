package org.completecrm.rules.explain;

import java.time.Instant;
import java.util.Optional;
import org.completecrm.core.consent.EffectiveConsent;
import org.completecrm.core.Checks;
import org.completecrm.rules.explain.internal.Instants;

/**
 * No consent for the contact: the channel, the purpose and the deciding ledger entry are the
 * consent's.
 *
 * @param consent the effective consent, with its deciding entry (absent when never given)
 * @param inSession whether the contact would be in the customer's own session on the channel
 * @param afterQuietHours the instant after the quiet hours it was deferred to, when it was deferred
 */
public record ConsentRefused(EffectiveConsent consent, boolean inSession, Optional<Instant> afterQuietHours)
    implements Reason {
  /** Validates the parts. */
  public ConsentRefused {
    Checks.present(consent, "ConsentRefused.consent");
    Checks.present(afterQuietHours, "ConsentRefused.afterQuietHours");
  }

  @Override
  public Stage stage() {
    return Stage.CONTACT_POLICY;
  }

  @Override
  public String by() {
    return Words.consentBy(consent.channel(), consent.purpose());
  }

  @Override
  public String text() {
    String channel = Words.of(consent.channel());
    return "No " + Words.of(consent.purpose()) + " contact " + (inSession ? "in this " + channel + " session" : "on " + channel)
        + afterQuietHours.map(t -> " at " + Instants.iso(t) + " after the quiet hours").orElse("")
        + ": consent " + consent.describe() + ".";
  }
}
