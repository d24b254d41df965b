package org.completecrm.analytics.cost;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;
import org.completecrm.core.InvalidValueException;
import org.completecrm.core.Money;
import org.completecrm.core.channel.Channel;
import org.completecrm.core.Checks;

/**
 * The cost of one unit of an activity's driver: on one channel or on every channel, valid from
 * an instant (inclusive) until an instant (exclusive) or open-ended.
 *
 * <p>A channel-specific rate wins over an every-channel rate for the same activity. Periods
 * start and end on whole seconds, and the rate has at most {@value #MAX_SCALE} decimal places.
 *
 * @param activity the activity ({@code "inbound-call"})
 * @param channel the channel, or empty for every channel
 * @param unit the driver unit ({@code "minute"})
 * @param perUnit the cost of one driver unit, never negative
 * @param from the first instant the rate applies (inclusive)
 * @param until the instant it stops applying (exclusive), or empty while it still applies
 */
public record ActivityRate(
    String activity, Optional<Channel> channel, String unit, Money perUnit, Instant from, Optional<Instant> until) {
  /** The largest number of decimal places a rate may have. */
  public static final int MAX_SCALE = 6;

  /** Validates the rate. */
  public ActivityRate {
    Checks.notBlank(activity, "ActivityRate.activity");
    Checks.present(channel, "ActivityRate.channel");
    Checks.notBlank(unit, "ActivityRate.unit");
    Checks.present(perUnit, "ActivityRate.perUnit");
    Checks.present(from, "ActivityRate.from");
    Checks.present(until, "ActivityRate.until");
    if (perUnit.signum() < 0) {
      throw new InvalidValueException("ActivityRate.perUnit", perUnit, "a cost >= 0");
    }
    if (scaleOf(perUnit.amount()) > MAX_SCALE) {
      throw new InvalidValueException("ActivityRate.perUnit", perUnit, "at most " + MAX_SCALE + " decimal places");
    }
    if (from.getNano() != 0) {
      throw new InvalidValueException("ActivityRate.from", from, "an instant on a whole second");
    }
    if (until.isPresent()) {
      if (until.get().getNano() != 0) {
        throw new InvalidValueException("ActivityRate.until", until.get(), "an instant on a whole second");
      }
      if (!until.get().isAfter(from)) {
        throw new InvalidValueException("ActivityRate.until", until.get(), "an instant after from " + from);
      }
    }
  }

  /** A rate for {@code activity} on every channel, at all times. */
  public static ActivityRate of(String activity, String unit, Money perUnit) {
    return new ActivityRate(activity, Optional.empty(), unit, perUnit, Instant.EPOCH.minusSeconds(1L << 40), Optional.empty());
  }

  /** This rate restricted to {@code channel}. */
  public ActivityRate on(Channel channel) {
    Checks.present(channel, "ActivityRate.on.channel");
    return new ActivityRate(activity, Optional.of(channel), unit, perUnit, from, until);
  }

  /** This rate valid from {@code start} (inclusive) until {@code end} (exclusive). */
  public ActivityRate during(Instant start, Instant end) {
    Checks.present(end, "ActivityRate.during.end");
    return new ActivityRate(activity, channel, unit, perUnit, start, Optional.of(end));
  }

  /** This rate valid from {@code start} (inclusive), open-ended. */
  public ActivityRate startingAt(Instant start) {
    return new ActivityRate(activity, channel, unit, perUnit, start, Optional.empty());
  }

  /** Whether this rate's period contains {@code at}. */
  public boolean appliesAt(Instant at) {
    return !at.isBefore(from) && until.map(at::isBefore).orElse(true);
  }

  boolean overlaps(ActivityRate other) {
    boolean a = other.until.map(u -> from.isBefore(u)).orElse(true);
    boolean b = until.map(u -> other.from.isBefore(u)).orElse(true);
    return a && b;
  }

  static int scaleOf(BigDecimal value) {
    return Math.max(0, value.stripTrailingZeros().scale());
  }
}
