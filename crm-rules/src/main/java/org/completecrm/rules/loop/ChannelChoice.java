package org.completecrm.rules.loop;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.completecrm.core.InvalidValueException;
import org.completecrm.core.channel.Channel;

/**
 * The channel chosen to reach a customer, if any may be used, when, and why in plain words.
 *
 * @param channel the chosen channel; empty when consent allows none
 * @param sendAt the earliest instant outside the customer's quiet hours
 * @param reasons the consent and preference facts behind the choice
 */
public record ChannelChoice(Optional<Channel> channel, Instant sendAt, List<String> reasons) {
  /** Validates the parts and copies the reasons. */
  public ChannelChoice {
    if (channel == null || sendAt == null || reasons == null || reasons.isEmpty()) {
      throw new InvalidValueException("ChannelChoice", channel, "a channel or none, a send time and at least one reason");
    }
    reasons = List.copyOf(reasons);
  }
}
