package org.completecrm.core.channel;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.completecrm.core.InvalidValueException;
import org.completecrm.core.Checks;
import org.immutables.value.Value;

/**
 * How a customer likes to be served: channels ranked best first, quiet hours in their own time
 * zone, preferred contact frequency and language.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableChannelPreferences.class)
@JsonDeserialize(as = ImmutableChannelPreferences.class)
public abstract class ChannelPreferences {
  ChannelPreferences() {}

  /** A builder. */
  public static ImmutableChannelPreferences.Builder builder() {
    return ImmutableChannelPreferences.builder();
  }

  /** No stated preferences, in the given time zone. */
  public static ChannelPreferences none(ZoneId zone) {
    return builder().zone(zone).build();
  }

  /** Channels the customer prefers, best first; channels not listed are acceptable but unranked. */
  public abstract List<Channel> rankedChannels();

  /** The customer's time zone. */
  public abstract ZoneId zone();

  /** When not to contact the customer, if they said. */
  public abstract Optional<QuietHours> quietHours();

  /** How often the customer is happy to be contacted, if they said. */
  public abstract Optional<ContactFrequency> frequency();

  /** Preferred language as a BCP 47 tag ({@code en-GB}), if known. */
  public abstract Optional<String> language();

  /** The position of {@code channel} in the ranking (0 = best), or the list size when unranked. */
  public int rankOf(Channel channel) {
    int i = rankedChannels().indexOf(channel);
    return i < 0 ? rankedChannels().size() : i;
  }

  @Value.Check
  void check() {
    Checks.noNulls(rankedChannels(), "ChannelPreferences.rankedChannels");
    Checks.present(zone(), "ChannelPreferences.zone");
    long seen = 0; // a bit per channel (fewer than 64): no set made for every customer's preferences
    boolean repeated = false;
    for (Channel c : rankedChannels()) {
      repeated |= (seen & (1L << c.ordinal())) != 0;
      seen |= 1L << c.ordinal();
    }
    if (repeated) {
      throw new InvalidValueException(
          "ChannelPreferences.rankedChannels", rankedChannels(), "each channel at most once");
    }
    language().ifPresent(l -> {
      if (!l.matches("[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*")) {
        throw new InvalidValueException("ChannelPreferences.language", l, "a BCP 47 language tag such as en-GB");
      }
    });
    quietHours().ifPresent(q -> {
      if (!q.zone().equals(zone())) {
        throw new InvalidValueException("ChannelPreferences.quietHours.zone", q.zone(), "the preferences' zone " + zone());
      }
    });
  }

  /** The ranked channels as a set, for membership tests. */
  public Set<Channel> rankedSet() {
    return Set.copyOf(rankedChannels());
  }
}
