package org.completecrm.rules.ruleset;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalTime;
import java.util.Set;
import org.immutables.value.Value;
import org.completecrm.core.channel.Channel;

/**
 * Quiet hours the firm adds to every customer's own, in the customer's time zone: from {@code
 * start} to {@code end} (wrapping past midnight), on the given channels or on all.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableQuietHoursPolicy.class)
@JsonDeserialize(as = ImmutableQuietHoursPolicy.class)
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public abstract class QuietHoursPolicy {
  QuietHoursPolicy() {}

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@code QuietHoursPolicy}, checked when built. */
  public static final class Builder extends ImmutableQuietHoursPolicy.Builder {
    Builder() {}
  }

  /** The policy's id, named in explanations. */
  public abstract String id();

  /** Local start (inclusive). */
  public abstract LocalTime start();

  /** Local end (exclusive). */
  public abstract LocalTime end();

  /** The channels it applies to; empty for all. */
  public abstract Set<Channel> channels();
}
