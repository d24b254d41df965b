package org.completecrm.analytics.cost;

import java.math.BigDecimal;
import java.util.Optional;
import org.completecrm.core.InvalidValueException;
import org.completecrm.core.channel.Channel;
import org.completecrm.core.Checks;

/**
 * The time equation of one activity in time-driven activity-based costing: how many minutes of
 * which resource pool one unit of the activity's driver takes, on one channel or every channel.
 *
 * @param activity the activity ({@code "email-handled"})
 * @param channel the channel, or empty for every channel
 * @param unit the driver unit ({@code "occurrence"}, {@code "minute"})
 * @param pool the name of the {@link ResourcePool} whose capacity it uses
 * @param minutesPerUnit the minutes of that capacity one driver unit consumes, never negative
 */
public record ActivityTime(
    String activity, Optional<Channel> channel, String unit, String pool, BigDecimal minutesPerUnit) {
  /** Validates the time equation. */
  public ActivityTime {
    Checks.notBlank(activity, "ActivityTime.activity");
    Checks.present(channel, "ActivityTime.channel");
    Checks.notBlank(unit, "ActivityTime.unit");
    Checks.notBlank(pool, "ActivityTime.pool");
    Checks.present(minutesPerUnit, "ActivityTime.minutesPerUnit");
    if (minutesPerUnit.signum() < 0) {
      throw new InvalidValueException("ActivityTime.minutesPerUnit", minutesPerUnit, "minutes >= 0");
    }
  }

  /** {@code minutesPerUnit} minutes of {@code pool} per unit of {@code activity}, on every channel. */
  public static ActivityTime of(String activity, String unit, String pool, BigDecimal minutesPerUnit) {
    return new ActivityTime(activity, Optional.empty(), unit, pool, minutesPerUnit);
  }

  /** This time equation restricted to {@code channel}. */
  public ActivityTime on(Channel channel) {
    return new ActivityTime(activity, Optional.of(Checks.present(channel, "ActivityTime.on.channel")), unit, pool, minutesPerUnit);
  }
}
