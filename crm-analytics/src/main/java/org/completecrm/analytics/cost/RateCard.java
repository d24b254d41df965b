package org.completecrm.analytics.cost;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Currency;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.time.Instant;
import org.completecrm.core.InvalidValueException;
import org.completecrm.core.Money;
import org.completecrm.core.channel.Channel;
import org.completecrm.core.Checks;
import org.completecrm.core.timeline.CaseKind;

/**
 * The activity rates in force, in one currency, compiled for fast lookup by activity, channel
 * and instant.
 *
 * <p>Also says how events without a cost driver are costed: an interaction on a channel with a
 * {@linkplain #defaultActivities() default activity} costs one unit of it, and each service case
 * of a kind with a {@linkplain #caseActivities() case activity} costs one unit of it once. Rules
 * checked: one currency, one driver unit per activity, and no two rates for the same activity
 * and channel (or both every-channel) with overlapping periods.
 */
public final class RateCard {
  /** Decimal places of driver quantities in the columnar API: quantities are counted in thousandths. */
  public static final int QUANTITY_SCALE = 3;

  /** Channel slots: one per channel plus one for items with no channel, which only every-channel rates cost. */
  private static final int CHANNELS = Channel.values().length + 1;
  private static final long NO_RATE = -1L;

  private final List<ActivityRate> rates;
  private final Map<Channel, String> defaultActivities;
  private final Map<CaseKind, String> caseActivities;
  private final Currency currency;
  private final int rateScale;
  private final String[] activities;
  private final String[] units;
  /** Per activity*CHANNELS+channel: [from, until, unscaledRate] triples, channel-specific before every-channel. */
  private final long[][] periods;

  private RateCard(
      List<ActivityRate> rates, Map<Channel, String> defaults, Map<CaseKind, String> cases, Currency currency) {
    this.rates = List.copyOf(rates);
    this.defaultActivities = Map.copyOf(defaults);
    this.caseActivities = Map.copyOf(cases);
    this.currency = currency;
    TreeMap<String, String> unitByActivity = new TreeMap<>();
    int scale = 0;
    for (ActivityRate r : rates) {
      String known = unitByActivity.putIfAbsent(r.activity(), r.unit());
      if (known != null && !known.equals(r.unit())) {
        throw new InvalidValueException(
            "RateCard.rates.unit", r.unit(), "the unit '" + known + "' used by the other rates of " + r.activity());
      }
      scale = Math.max(scale, ActivityRate.scaleOf(r.perUnit().amount()));
    }
    this.rateScale = scale;
    this.activities = unitByActivity.keySet().toArray(new String[0]);
    this.units = unitByActivity.values().toArray(new String[0]);
    this.periods = new long[activities.length * CHANNELS][];
    for (int a = 0; a < activities.length; a++) {
      for (int c = 0; c < CHANNELS; c++) {
        Optional<Channel> channel = c < Channel.values().length ? Optional.of(Channel.values()[c]) : Optional.empty();
        List<long[]> list = new ArrayList<>();
        for (boolean specific : new boolean[] {true, false}) {
          for (ActivityRate r : rates) {
            boolean matches = r.activity().equals(activities[a])
                && (specific ? channel.isPresent() && r.channel().equals(channel) : r.channel().isEmpty());
            if (matches) {
              long rate = r.perUnit().amount().setScale(rateScale).unscaledValue().longValueExact();
              list.add(new long[] {
                r.from().getEpochSecond(), r.until().map(Instant::getEpochSecond).orElse(Long.MAX_VALUE), rate
              });
            }
          }
        }
        long[] flat = new long[list.size() * 3];
        for (int i = 0; i < list.size(); i++) {
          System.arraycopy(list.get(i), 0, flat, i * 3, 3);
        }
        periods[a * CHANNELS + c] = flat;
      }
    }
  }

  /** A rate card of {@code rates} in {@code currency}, costing only interactions with a cost driver. */
  public static RateCard of(Currency currency, Collection<ActivityRate> rates) {
    return of(currency, rates, Map.of(), Map.of());
  }

  /**
   * A rate card of {@code rates} in {@code currency}, with default activities for interactions
   * without a cost driver, per channel, and activities for service cases, per case kind.
   */
  public static RateCard of(
      Currency currency,
      Collection<ActivityRate> rates,
      Map<Channel, String> defaultActivities,
      Map<CaseKind, String> caseActivities) {
    Checks.present(currency, "RateCard.currency");
    Checks.noNulls(Checks.present(rates, "RateCard.rates"), "RateCard.rates");
    Checks.noNulls(defaultActivities, "RateCard.defaultActivities");
    Checks.noNulls(caseActivities, "RateCard.caseActivities");
    List<ActivityRate> list = new ArrayList<>(rates);
    for (int i = 0; i < list.size(); i++) {
      ActivityRate r = list.get(i);
      if (!r.perUnit().currency().equals(currency)) {
        throw new InvalidValueException(
            "RateCard.rates[" + i + "].perUnit.currency", r.perUnit().currency(), "the card's currency " + currency);
      }
      for (int j = 0; j < i; j++) {
        ActivityRate o = list.get(j);
        if (o.activity().equals(r.activity()) && o.channel().equals(r.channel()) && o.overlaps(r)) {
          throw new InvalidValueException(
              "RateCard.rates[" + i + "]", r.activity() + " " + r.channel().map(Channel::name).orElse("every channel")
                  + " from " + r.from(),
              "periods that do not overlap rates[" + j + "] of the same activity and channel");
        }
      }
    }
    list.sort(java.util.Comparator.comparing(ActivityRate::activity)
        .thenComparing(r -> r.channel().map(Channel::ordinal).orElse(-1))
        .thenComparing(ActivityRate::from));
    EnumMap<Channel, String> defaults = new EnumMap<>(Channel.class);
    defaults.putAll(defaultActivities);
    EnumMap<CaseKind, String> cases = new EnumMap<>(CaseKind.class);
    cases.putAll(caseActivities);
    return new RateCard(list, defaults, cases, currency);
  }

  /** The rates, ordered by activity, channel (every-channel first) and start. */
  public List<ActivityRate> rates() {
    return rates;
  }

  /** The activity that costs an interaction without a cost driver, per channel. */
  public Map<Channel, String> defaultActivities() {
    return defaultActivities;
  }

  /** The activity that costs a service case once, per case kind. */
  public Map<CaseKind, String> caseActivities() {
    return caseActivities;
  }

  /** The card's currency. */
  public Currency currency() {
    return currency;
  }

  /** Decimal places of the rates: the largest among them. */
  public int rateScale() {
    return rateScale;
  }

  /** Decimal places of a cost: {@link #rateScale()} plus {@link #QUANTITY_SCALE}. */
  public int costScale() {
    return rateScale + QUANTITY_SCALE;
  }

  /** The activities with a rate, in alphabetical order: their positions are the columnar activity codes. */
  public List<String> activities() {
    return List.of(activities);
  }

  /** The columnar code of {@code activity}, or -1 if the card has no rate for it. */
  public int activityCode(String activity) {
    int i = java.util.Arrays.binarySearch(activities, activity);
    return i >= 0 ? i : -1;
  }

  /** The driver unit of {@code activity}, if the card has a rate for it. */
  public Optional<String> unitOf(String activity) {
    int i = activityCode(activity);
    return i >= 0 ? Optional.of(units[i]) : Optional.empty();
  }

  /** The rate for {@code activity} on {@code channel} at {@code at}, if any (channel-specific first). */
  public Optional<Money> rate(String activity, Channel channel, Instant at) {
    Checks.present(channel, "RateCard.rate.channel");
    Checks.present(at, "RateCard.rate.at");
    int a = activityCode(activity);
    if (a < 0) {
      return Optional.empty();
    }
    long r = unscaledRate(a, channel.ordinal(), at.getEpochSecond());
    return r == NO_RATE ? Optional.empty() : Optional.of(Money.of(BigDecimal.valueOf(r, rateScale), currency));
  }

  /**
   * The unscaled rate (at {@link #rateScale()}) of activity code {@code activity} on channel
   * ordinal {@code channel} (or {@link CostAccumulator#NO_CHANNEL}) at {@code epochSecond}, or -1
   * if none applies.
   */
  long unscaledRate(int activity, int channel, long epochSecond) {
    long[] p = periods[activity * CHANNELS + channel];
    for (int i = 0; i < p.length; i += 3) {
      if (epochSecond >= p[i] && epochSecond < p[i + 1]) {
        return p[i + 2];
      }
    }
    return NO_RATE;
  }

  @Override
  public String toString() {
    return "RateCard{" + currency + ", " + rates.size() + " rates, activities=" + List.of(activities) + "}";
  }
}
