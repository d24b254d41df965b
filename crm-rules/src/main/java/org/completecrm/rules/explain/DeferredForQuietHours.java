package org.completecrm.rules.explain;

import java.time.Instant;
import java.util.Optional;
import org.completecrm.core.channel.Channel;
import org.completecrm.core.channel.QuietHours;
import org.completecrm.core.consent.EffectiveConsent;
import org.completecrm.core.Checks;
import org.completecrm.rules.explain.internal.Instants;

/**
 * Allowed outbound, deferred past the quiet hours that cover the decision instant.
 *
 * @param channel the channel
 * @param decidedAt the decision instant
 * @param sendAt the deferral instant: the first allowed one after the quiet hours
 * @param quietHours the quiet hours that cover the decision instant (the first that does)
 * @param consent the consent read at the deferral instant, if the purpose needs one
 */
public record DeferredForQuietHours(Channel channel, Instant decidedAt, Instant sendAt, QuietHours quietHours,
    Optional<EffectiveConsent> consent) implements ByQuietHours {
  /** Validates the parts. */
  public DeferredForQuietHours {
    Checks.present(channel, "DeferredForQuietHours.channel");
    Checks.present(decidedAt, "DeferredForQuietHours.decidedAt");
    Checks.present(sendAt, "DeferredForQuietHours.sendAt");
    Checks.present(quietHours, "DeferredForQuietHours.quietHours");
    Checks.present(consent, "DeferredForQuietHours.consent");
  }

  @Override
  public String text() {
    return Words.of(channel) + " deferred to " + Instants.iso(sendAt) + ": "
        + decidedAt.atZone(quietHours.zone()).toLocalTime() + " is inside the quiet hours " + quietHours.start() + "-"
        + quietHours.end() + " (" + quietHours.zone() + "); consent " + Words.consent(consent) + ".";
  }
}
