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
 * <p>Design note: one per decision's {@link ContactPolicies}, told each contact in turn ({@link
 * #propose}) rather than made for each: a campaign run's decision proposes some fifty contacts, and
 * the policies read the contact only while they answer on it (none keeps it).
 */
final class ProposedContact {
  private Purpose purpose = Purpose.SERVICE;
  private int channels;
  private Optional<OfferId> offer = Optional.empty();
  private Optional<Duration> coolDown = Optional.empty();
  private List<Contact> planned = List.of();
  private int maxPerChannel;

  /**
   * Makes this the contact proposed next.
   *
   * @param purpose the purpose of the contact
   * @param channels the channels the action supports, a bit set ({@code 1 << ordinal} for each)
   * @param offer the offer, for the cool-down after a rejection
   * @param coolDown a longer cool-down the action asks for
   * @param planned contacts already planned in this decision (they count against caps and volume)
   * @param maxPerChannel the most outbound contacts per channel in one decision
   */
  ProposedContact propose(Purpose purpose, int channels, Optional<OfferId> offer, Optional<Duration> coolDown,
      List<Contact> planned, int maxPerChannel) {
    this.purpose = purpose;
    this.channels = channels;
    this.offer = offer;
    this.coolDown = coolDown;
    this.planned = planned;
    this.maxPerChannel = maxPerChannel;
    return this;
  }

  Purpose purpose() {
    return purpose;
  }

  int channels() {
    return channels;
  }

  Optional<OfferId> offer() {
    return offer;
  }

  Optional<Duration> coolDown() {
    return coolDown;
  }

  List<Contact> planned() {
    return planned;
  }

  int maxPerChannel() {
    return maxPerChannel;
  }

  /** Whether the contact is unsolicited: marketing or research, which suppressions, consent and frequency guard. */
  boolean unsolicited() {
    return purpose == Purpose.MARKETING || purpose == Purpose.RESEARCH;
  }
}
