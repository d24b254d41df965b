package org.completecrm.analytics.cost;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.completecrm.core.InvalidValueException;
import org.completecrm.core.Money;
import org.completecrm.core.channel.Channel;
import org.completecrm.core.Checks;

/**
 * Activity rates derived from costs: time-driven activity-based costing from resource cost pools
 * and practical capacity, and conventional activity-based costing from activity costs and driver
 * volumes.
 *
 * <p>Time-driven ABC (Kaplan and Anderson, "Time-Driven Activity-Based Costing", Harvard Business
 * Review, November 2004): a pool's <em>capacity cost rate</em> is its cost divided by its
 * practical capacity in minutes; an activity's rate is that rate times the minutes one driver
 * unit takes. Capacity not used by the driver volumes stays visible as unused capacity cost
 * ({@link #capacityUse}) instead of being loaded onto customers. Conventional ABC: rate = the
 * activity's cost divided by its driver volume. Derived rates are rounded half-even to the
 * requested number of decimal places; the rounding is the only inexact step, and every cost
 * computed from the rates afterwards is exact.
 */
public final class TimeDrivenAbc {
  private static final MathContext DIVISION = MathContext.DECIMAL128;

  private TimeDrivenAbc() {}

  /** A pool's cost per minute of practical capacity, rounded half-even to {@code scale} places. */
  public static Money capacityCostRate(ResourcePool pool, int scale) {
    Checks.present(pool, "TimeDrivenAbc.capacityCostRate.pool");
    checkScale(scale);
    return Money.of(perMinute(pool).setScale(scale, RoundingMode.HALF_EVEN), pool.cost().currency());
  }

  private static BigDecimal perMinute(ResourcePool pool) {
    return pool.cost().amount().divide(pool.practicalCapacityMinutes(), DIVISION);
  }

  /**
   * The activity rates of the time equations, valid from {@code from} until {@code until} (or
   * open-ended): rate = (pool cost / practical capacity) × minutes per unit, computed exactly and
   * then rounded half-even to {@code scale} places.
   */
  public static List<ActivityRate> rates(
      Collection<ResourcePool> pools, Collection<ActivityTime> times, Instant from, Optional<Instant> until, int scale) {
    Map<String, ResourcePool> byName = poolsByName(pools);
    Checks.noNulls(Checks.present(times, "TimeDrivenAbc.times"), "TimeDrivenAbc.times");
    Checks.present(from, "TimeDrivenAbc.from");
    Checks.present(until, "TimeDrivenAbc.until");
    checkScale(scale);
    List<ActivityRate> out = new ArrayList<>();
    for (ActivityTime t : times) {
      ResourcePool pool = pool(byName, t);
      BigDecimal rate = perMinute(pool).multiply(t.minutesPerUnit()).setScale(scale, RoundingMode.HALF_EVEN);
      out.add(new ActivityRate(t.activity(), t.channel(), t.unit(), Money.of(rate, pool.cost().currency()), from, until));
    }
    return out;
  }

  /**
   * The conventional ABC rate of an activity: its cost over the period divided by the driver
   * volume in the period, rounded half-even to {@code scale} places.
   */
  public static ActivityRate fromDriverVolume(
      String activity,
      Optional<Channel> channel,
      String unit,
      Money activityCost,
      BigDecimal driverVolume,
      Instant from,
      Optional<Instant> until,
      int scale) {
    Checks.present(activityCost, "TimeDrivenAbc.fromDriverVolume.activityCost");
    Checks.present(driverVolume, "TimeDrivenAbc.fromDriverVolume.driverVolume");
    checkScale(scale);
    if (driverVolume.signum() <= 0) {
      throw new InvalidValueException("TimeDrivenAbc.fromDriverVolume.driverVolume", driverVolume, "a volume > 0");
    }
    BigDecimal rate = activityCost.amount().divide(driverVolume, DIVISION).setScale(scale, RoundingMode.HALF_EVEN);
    return new ActivityRate(activity, channel, unit, Money.of(rate, activityCost.currency()), from, until);
  }

  /**
   * The use of each pool's capacity by the driver volumes of its activities (volume × minutes per
   * unit), with the used and unused capacity cost, in pool-name order. Amounts are exact.
   */
  public static List<CapacityUse> capacityUse(
      Collection<ResourcePool> pools, Map<ActivityTime, BigDecimal> volumes) {
    Map<String, ResourcePool> byName = poolsByName(pools);
    Checks.noNulls(volumes, "TimeDrivenAbc.capacityUse.volumes");
    Map<String, BigDecimal> used = new TreeMap<>();
    byName.keySet().forEach(n -> used.put(n, BigDecimal.ZERO));
    volumes.forEach((t, v) -> {
      ResourcePool pool = pool(byName, t);
      if (v.signum() < 0) {
        throw new InvalidValueException("TimeDrivenAbc.capacityUse.volumes[" + t.activity() + "]", v, "a volume >= 0");
      }
      used.merge(pool.name(), v.multiply(t.minutesPerUnit()), BigDecimal::add);
    });
    List<CapacityUse> out = new ArrayList<>();
    byName.forEach((name, p) -> { // the same names in the same order as used
      BigDecimal counted = used.get(name);
      BigDecimal minutes = counted == null ? BigDecimal.ZERO : counted;
      // usedCost = cost × used / capacity, exact when the division terminates, else to 34 digits.
      BigDecimal usedCost = p.cost().amount().multiply(minutes).divide(p.practicalCapacityMinutes(), DIVISION);
      Money usedMoney = Money.of(usedCost, p.cost().currency());
      out.add(new CapacityUse(name, p.practicalCapacityMinutes(), minutes, usedMoney, p.cost().minus(usedMoney)));
    });
    return out;
  }

  private static Map<String, ResourcePool> poolsByName(Collection<ResourcePool> pools) {
    Checks.noNulls(Checks.present(pools, "TimeDrivenAbc.pools"), "TimeDrivenAbc.pools");
    Map<String, ResourcePool> byName = new TreeMap<>();
    for (ResourcePool p : pools) {
      if (byName.put(p.name(), p) != null) {
        throw new InvalidValueException("TimeDrivenAbc.pools", p.name(), "pools with distinct names");
      }
    }
    return byName;
  }

  private static ResourcePool pool(Map<String, ResourcePool> byName, ActivityTime t) {
    ResourcePool pool = byName.get(t.pool());
    if (pool == null) {
      throw new InvalidValueException("ActivityTime.pool", t.pool(), "one of the pools " + byName.keySet());
    }
    return pool;
  }

  private static void checkScale(int scale) {
    if (scale < 0 || scale > ActivityRate.MAX_SCALE) {
      throw new InvalidValueException("TimeDrivenAbc.scale", scale, "decimal places in [0, " + ActivityRate.MAX_SCALE + "]");
    }
  }
}
