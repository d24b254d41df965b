package org.completecrm.rules.campaign;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Map;
import java.util.Optional;
import org.completecrm.core.InvalidValueException;
import org.completecrm.core.channel.Channel;
import org.completecrm.core.Checks;
import org.immutables.value.Value;

/**
 * When the sends of a run go out: in hourly slots from the run's instant for {@code hours} hours
 * (days of the budgets and capacities are the 24-hour periods from the run's instant), at most
 * {@code throughputPerHour} sends per channel and hour, evenly spaced within the hour, and never
 * in a slot that touches the customer's or the rule set's quiet hours.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableSendWindow.class)
@JsonDeserialize(as = ImmutableSendWindow.class)
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public abstract class SendWindow {
  /** The longest window, in hours: one week. */
  public static final int MAX_HOURS = 168;

  SendWindow() {}

  /** A builder. */
  public static ImmutableSendWindow.Builder builder() {
    return ImmutableSendWindow.builder();
  }

  /** A day, with no limit on throughput. */
  public static SendWindow oneDay() {
    return builder().build();
  }

  /** The window's length in hours, 1 to {@link #MAX_HOURS}. */
  @Value.Default
  @JsonInclude(JsonInclude.Include.ALWAYS)
  public int hours() {
    return 24;
  }

  /** The most sends per channel and hour; a channel not listed is not limited. */
  public abstract Map<Channel, Integer> throughputPerHour();

  /** The number of days (24-hour periods) the window touches. */
  public int days() {
    return (hours() + 23) / 24;
  }

  /** The throughput of {@code channel} per hour, if limited. */
  public Optional<Integer> throughputOf(Channel channel) {
    return Optional.ofNullable(throughputPerHour().get(channel));
  }

  @Value.Check
  void check() {
    if (hours() < 1 || hours() > MAX_HOURS) {
      throw new InvalidValueException("SendWindow.hours", hours(), "a number of hours from 1 to " + MAX_HOURS);
    }
    Checks.noNulls(throughputPerHour(), "SendWindow.throughputPerHour");
    throughputPerHour().forEach((c, n) -> {
      if (n < 1) {
        throw new InvalidValueException("SendWindow.throughputPerHour." + c, n, "at least 1 send per hour");
      }
    });
  }
}
