package org.completecrm.rules.loop;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.completecrm.core.channel.Channel;
import org.completecrm.core.channel.ChannelPreferences;
import org.completecrm.core.channel.Purpose;
import org.completecrm.core.consent.EffectiveConsent;
import org.completecrm.core.internal.Checks;

/**
 * The consent gate and channel selection the loop uses: the customer's best-ranked channel on
 * which the firm can start a contact and consent for the purpose is in force at the instant; then
 * unranked channels (acceptable to the customer, per {@link ChannelPreferences}) in a fixed order.
 * A message is never sent in quiet hours: it is scheduled for the end of them.
 *
 * <p>This small class decides consent directly from {@link
 * org.completecrm.core.consent.ConsentLedger#effective} and ranks channels with {@link
 * ChannelPreferences#rankOf}. It stands in for crm-rules' general consent gate and channel
 * selection, which were not yet available when the loop was written; {@link ClosingTheLoop} calls
 * only {@link #choose}, so switching over is a change to this one class.
 */
public final class LoopConsentGate {
  private LoopConsentGate() {}

  /** Chooses the channel to reach {@code contact} for {@code purpose} at {@code at}. */
  public static ChannelChoice choose(CustomerContact contact, Purpose purpose, Instant at) {
    Checks.present(contact, "LoopConsentGate.choose.contact");
    Checks.present(purpose, "LoopConsentGate.choose.purpose");
    Checks.present(at, "LoopConsentGate.choose.at");
    ChannelPreferences prefs = contact.preferences();
    Set<Channel> order = new LinkedHashSet<>(prefs.rankedChannels());
    for (Channel c : Channel.values()) {
      order.add(c);
    }
    List<String> reasons = new ArrayList<>();
    for (Channel c : order) {
      if (!c.supportsOutbound()) {
        continue;
      }
      EffectiveConsent consent = contact.consent().effective(c, purpose, at);
      boolean ranked = prefs.rankedChannels().contains(c);
      if (consent.allowed()) {
        reasons.add(ranked
            ? c + " is the customer's preferred channel no. " + (prefs.rankOf(c) + 1) + " with consent"
            : c + " is an unranked channel with consent; no ranked channel has consent");
        reasons.add(consent.describe());
        Instant sendAt = prefs.quietHours().map(q -> q.nextAllowed(at)).orElse(at);
        if (sendAt.isAfter(at)) {
          reasons.add("held until " + sendAt + ", the end of the customer's quiet hours");
        }
        return new ChannelChoice(Optional.of(c), sendAt, reasons);
      }
      if (ranked) {
        reasons.add(consent.describe());
      }
    }
    reasons.add("no consent for " + purpose + " on any channel the firm can contact the customer on");
    return new ChannelChoice(Optional.empty(), at, reasons);
  }
}
