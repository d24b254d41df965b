package org.completecrm.rules.ruleset;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.Duration;
import java.util.Optional;
import org.completecrm.core.channel.Channel;
import org.completecrm.core.channel.Purpose;
import org.immutables.value.Value;

/**
 * A frequency cap: at most {@code max} outbound contacts (on a channel and for a purpose, where
 * given) in any window of length {@code window}, counted over the customer's timeline, or over the
 * whole household's when {@code household} is set.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableCapPolicy.class)
@JsonDeserialize(as = ImmutableCapPolicy.class)
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public abstract class CapPolicy {
  CapPolicy() {}

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@code CapPolicy}, checked when built. */
  public static final class Builder extends ImmutableCapPolicy.Builder {
    Builder() {}
  }

  /** The cap's id, named in explanations. */
  public abstract String id();

  /** The channel it counts, or every channel. */
  public abstract Optional<Channel> channel();

  /** The purpose it counts, or every purpose. */
  public abstract Optional<Purpose> purpose();

  /** The most contacts allowed in a window. */
  @JsonInclude(JsonInclude.Include.ALWAYS)
  public abstract int max();

  /** The window length. */
  public abstract Duration window();

  /** Whether contacts with every household member count together. */
  @Value.Default
  public boolean household() {
    return false;
  }

  /** Plain words: {@code "at most 2 EMAIL/MARKETING contacts per household in any 7 days"}. */
  public String describe() {
    return "at most " + max() + " " + channel().map(Enum::name).orElse("any-channel") + "/"
        + purpose().map(Enum::name).orElse("any-purpose") + " contacts" + (household() ? " per household" : "")
        + " in any " + org.completecrm.rules.response.Durations.words(window());
  }
}
