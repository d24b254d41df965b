package org.completecrm.rules.policy.internal;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.completecrm.core.OfferId;
import org.completecrm.core.channel.Purpose;
import org.completecrm.core.view.Contact;

/**
 * A contact the decision proposes, as the contact policies see it.
 *
 * @param purpose the purpose of the contact
 * @param channels the channels the action supports, a bit set ({@code 1 << ordinal} for each)
 * @param offer the offer, for the cool-down after a rejection
 * @param coolDown a longer cool-down the action asks for
 * @param planned contacts already planned in this decision (they count against caps and volume)
 * @param maxPerChannel the most outbound contacts per channel in one decision
 */
record ProposedContact(Purpose purpose, int channels, Optional<OfferId> offer, Optional<Duration> coolDown,
    List<Contact> planned, int maxPerChannel) {
  /** Whether the contact is unsolicited: marketing or research, which suppressions, consent and frequency guard. */
  boolean unsolicited() {
    return purpose == Purpose.MARKETING || purpose == Purpose.RESEARCH;
  }
}
