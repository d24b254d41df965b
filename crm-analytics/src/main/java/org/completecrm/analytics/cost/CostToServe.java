package org.completecrm.analytics.cost;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Currency;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.completecrm.core.CaseId;
import org.completecrm.core.CustomerId;
import org.completecrm.core.EventId;
import org.completecrm.core.HouseholdId;
import org.completecrm.core.InvalidValueException;
import org.completecrm.core.Money;
import org.completecrm.core.channel.Channel;
import org.completecrm.core.household.Household;
import org.completecrm.core.Checks;
import org.completecrm.core.timeline.CaseUpdated;
import org.completecrm.core.timeline.CostDriver;
import org.completecrm.core.timeline.Interaction;
import org.completecrm.core.timeline.TimelineEvent;

/**
 * The cost-to-serve over a period: exact totals per owner (customer or household), channel and
 * activity, and what could not be costed.
 *
 * <p>Computed from the timeline by {@link #perCustomer} and {@link #perHousehold}: each
 * interaction in {@code [from, until)} costs its driver quantity at the rate of its activity on
 * its channel at its instant (or one unit of the channel's default activity when it has no cost
 * driver); each service case costs one unit of its kind's case activity once, at its first
 * update. An event delivered twice (same id) counts once. Items with no applicable rate cost
 * nothing and are counted in {@link #uncostedByActivity()}, so a gap in the rate card is visible
 * rather than fatal. Amounts are at the card's {@link RateCard#costScale()}; use {@link
 * Money#rounded()} for display.
 *
 * @param <K> the owner type: {@link CustomerId} or {@link HouseholdId}
 * @param currency the currency of every amount
 * @param perOwner the cost per owner, in owner order; owners with items but no cost appear with zero
 * @param perChannel the cost per channel, for channels with cost
 * @param noChannel the cost of items that belong to no channel (service cases)
 * @param perActivity the cost per activity of the card, in activity order
 * @param total the total cost: the sum of {@code perOwner}, of {@code perActivity}, and of {@code perChannel} plus {@code noChannel}
 * @param costed the number of items costed
 * @param uncostedByActivity the number of items without an applicable rate, per activity ({@code "(no cost driver)"} for interactions with neither driver nor default)
 */
public record CostToServe<K extends Comparable<K>>(
    Currency currency,
    Map<K, Money> perOwner,
    Map<Channel, Money> perChannel,
    Money noChannel,
    Map<String, Money> perActivity,
    Money total,
    long costed,
    Map<String, Long> uncostedByActivity) {
  /** The activity name under which interactions with neither a cost driver nor a default activity are counted. */
  public static final String NO_DRIVER = "(no cost driver)";

  /** Validates the figures. */
  public CostToServe {
    Checks.present(currency, "CostToServe.currency");
    perOwner = Collections.unmodifiableMap(new TreeMap<>(Checks.noNulls(perOwner, "CostToServe.perOwner")));
    perChannel = Collections.unmodifiableMap(new EnumMap<>(enumMap(Checks.noNulls(perChannel, "CostToServe.perChannel"))));
    Checks.present(noChannel, "CostToServe.noChannel");
    perActivity = Collections.unmodifiableMap(new TreeMap<>(Checks.noNulls(perActivity, "CostToServe.perActivity")));
    Checks.present(total, "CostToServe.total");
    uncostedByActivity = Collections.unmodifiableMap(new TreeMap<>(Checks.noNulls(uncostedByActivity, "CostToServe.uncostedByActivity")));
    if (costed < 0) {
      throw new InvalidValueException("CostToServe.costed", costed, "a count >= 0");
    }
  }

  private static Map<Channel, Money> enumMap(Map<Channel, Money> m) {
    EnumMap<Channel, Money> e = new EnumMap<>(Channel.class);
    e.putAll(m);
    return e;
  }

  /** The number of items that could not be costed. */
  public long uncosted() {
    return uncostedByActivity.values().stream().mapToLong(Long::longValue).sum();
  }

  /** The cost of {@code owner}, zero if it had no items. */
  public Money of(K owner) {
    return perOwner.getOrDefault(owner, Money.zero(currency));
  }

  /**
   * The cost rolled up to groups (segments, tiers, regions): the exact sum of the owners' costs
   * per group; owners the function maps to {@code null} are left out.
   */
  public <G extends Comparable<G>> Map<G, Money> rollUp(Function<? super K, ? extends G> group) {
    Checks.present(group, "CostToServe.rollUp.group");
    TreeMap<G, Money> out = new TreeMap<>();
    perOwner.forEach((k, v) -> {
      G g = group.apply(k);
      if (g != null) {
        out.merge(g, v, Money::plus);
      }
    });
    return Collections.unmodifiableMap(out);
  }

  /** The cost per segment label: owners without a label go to {@code unlabelled}. */
  public Map<String, Money> perSegment(Map<K, String> segmentOf, String unlabelled) {
    Checks.noNulls(segmentOf, "CostToServe.perSegment.segmentOf");
    Checks.notBlank(unlabelled, "CostToServe.perSegment.unlabelled");
    return rollUp(k -> segmentOf.getOrDefault(k, unlabelled));
  }

  /** The cost-to-serve of each customer over {@code [from, until)} from their timeline events. */
  public static CostToServe<CustomerId> perCustomer(
      RateCard card, Collection<? extends TimelineEvent> events, Instant from, Instant until) {
    return compute(card, OwnerIndex.customersOf(Checks.present(events, "CostToServe.events")), events, from, until);
  }

  /**
   * The cost-to-serve of each household over {@code [from, until)}: each event counts for the
   * household its customer belonged to at the event's instant (by the households' membership
   * history), and events of customers in no household then are left out. So a household's cost
   * is exactly the sum of its members' costs while they were members.
   */
  public static CostToServe<HouseholdId> perHousehold(
      RateCard card,
      Collection<Household> households,
      Collection<? extends TimelineEvent> events,
      Instant from,
      Instant until) {
    return compute(card, OwnerIndex.households(households), events, from, until);
  }

  /**
   * The cost-to-serve over {@code [from, until)} of the owners of {@code index}; owners with
   * events in the period are listed, even at zero cost.
   */
  public static <K extends Comparable<K>> CostToServe<K> compute(
      RateCard card, OwnerIndex<K> index, Collection<? extends TimelineEvent> events, Instant from, Instant until) {
    checkArguments(card, events, from, until);
    Checks.present(index, "CostToServe.index");
    CostAccumulator acc = new CostAccumulator(card, index.size());
    boolean[] seen = new boolean[index.size()];
    Map<String, Long> unknown = accumulate(acc, index, events, from, until, seen);
    return of(acc, index.owners(), seen, unknown);
  }

  private static void checkArguments(
      RateCard card, Collection<? extends TimelineEvent> events, Instant from, Instant until) {
    Checks.present(card, "CostToServe.card");
    Checks.noNulls(Checks.present(events, "CostToServe.events"), "CostToServe.events");
    Checks.present(from, "CostToServe.from");
    Checks.present(until, "CostToServe.until");
    if (!until.isAfter(from)) {
      throw new InvalidValueException("CostToServe.until", until, "an instant after from " + from);
    }
  }

  /**
   * Costs the events of {@code [from, until)} into {@code acc} by owner, marking owners with
   * events in {@code seen}, and returns the uncosted items per activity not known to the card.
   */
  static <K extends Comparable<K>> Map<String, Long> accumulate(
      CostAccumulator acc,
      OwnerIndex<K> index,
      Collection<? extends TimelineEvent> events,
      Instant from,
      Instant until,
      boolean[] seen) {
    RateCard card = acc.card();
    Map<String, Long> unknown = new TreeMap<>();
    Set<EventId> ids = new HashSet<>();
    Map<CaseId, CaseUpdated> firstUpdate = new HashMap<>();
    for (TimelineEvent e : events) {
      if (!ids.add(e.id())) {
        continue;
      }
      if (e instanceof CaseUpdated c) {
        firstUpdate.merge(c.caseId(), c, (a, b) -> TimelineEvent.ORDER.compare(a, b) <= 0 ? a : b);
      }
      if (!(e instanceof Interaction i) || i.at().isBefore(from) || !i.at().isBefore(until)) {
        continue;
      }
      int owner = index.codeOf(i.customer(), i.at());
      if (owner < 0) {
        continue;
      }
      seen[owner] = true;
      String activity;
      long quantity;
      if (i.costDriver().isPresent()) {
        CostDriver d = i.costDriver().get();
        activity = d.activity();
        quantity = thousandths(d.quantity());
        String unit = card.unitOf(activity).orElse(d.unit());
        if (!unit.equals(d.unit())) {
          throw new InvalidValueException(
              "CostDriver.unit", d.unit(), "the rate card's unit '" + unit + "' for activity " + activity + " (event " + i.id() + ")");
        }
      } else if (card.defaultActivities().containsKey(i.channel())) {
        activity = card.defaultActivities().get(i.channel());
        quantity = 1000L;
      } else {
        unknown.merge(NO_DRIVER, 1L, Long::sum);
        continue;
      }
      int code = card.activityCode(activity);
      if (code < 0) {
        unknown.merge(activity, 1L, Long::sum);
        continue;
      }
      acc.add(owner, code, i.channel().ordinal(), i.at().getEpochSecond(), quantity);
    }
    List<CaseUpdated> cases = new ArrayList<>(firstUpdate.values());
    cases.sort(TimelineEvent.ORDER);
    for (CaseUpdated c : cases) {
      String activity = card.caseActivities().get(c.kind());
      if (activity == null || c.at().isBefore(from) || !c.at().isBefore(until)) {
        continue;
      }
      int owner = index.codeOf(c.customer(), c.at());
      if (owner < 0) {
        continue;
      }
      seen[owner] = true;
      int code = card.activityCode(activity);
      if (code < 0) {
        unknown.merge(activity, 1L, Long::sum);
        continue;
      }
      acc.add(owner, code, CostAccumulator.NO_CHANNEL, c.at().getEpochSecond(), 1000L);
    }
    return unknown;
  }

  /**
   * The figures of a columnar accumulator, naming its owner codes by {@code owners} (code
   * {@code i} is {@code owners.get(i)}); every owner is listed.
   */
  public static <K extends Comparable<K>> CostToServe<K> of(CostAccumulator acc, List<K> owners) {
    Checks.present(acc, "CostToServe.of.accumulator");
    Checks.noNulls(Checks.present(owners, "CostToServe.of.owners"), "CostToServe.of.owners");
    if (owners.size() != acc.owners()) {
      throw new InvalidValueException("CostToServe.of.owners", owners.size(), acc.owners() + " owners, one per code");
    }
    boolean[] all = new boolean[owners.size()];
    java.util.Arrays.fill(all, true);
    return of(acc, owners, all, Map.of());
  }

  private static <K extends Comparable<K>> CostToServe<K> of(
      CostAccumulator acc, List<K> owners, boolean[] listed, Map<String, Long> unknown) {
    RateCard card = acc.card();
    Map<K, Money> perOwner = new HashMap<>();
    for (int o = 0; o < owners.size(); o++) {
      if (listed[o] || acc.ownerCostUnscaled(o) != 0) {
        if (perOwner.put(owners.get(o), acc.ownerCost(o)) != null) {
          throw new InvalidValueException("CostToServe.of.owners", owners.get(o), "distinct owners");
        }
      }
    }
    Map<Channel, Money> perChannel = new EnumMap<>(Channel.class);
    for (Channel c : Channel.values()) {
      Money m = acc.channelCost(c);
      if (!m.isZero()) {
        perChannel.put(c, m);
      }
    }
    Map<String, Money> perActivity = new TreeMap<>();
    Map<String, Long> uncosted = new TreeMap<>(unknown);
    List<String> activities = card.activities();
    for (int a = 0; a < activities.size(); a++) {
      perActivity.put(activities.get(a), acc.activityCost(a));
      if (acc.uncosted(a) > 0) {
        uncosted.merge(activities.get(a), acc.uncosted(a), Long::sum);
      }
    }
    return new CostToServe<>(
        card.currency(), perOwner, perChannel, acc.noChannelCost(), perActivity, acc.total(), acc.costed(), uncosted);
  }

  /** A driver quantity in thousandths of its unit, exactly. */
  static long thousandths(BigDecimal quantity) {
    try {
      return quantity.movePointRight(RateCard.QUANTITY_SCALE).longValueExact();
    } catch (ArithmeticException e) {
      throw new InvalidValueException(
          "CostDriver.quantity", quantity, "a quantity with at most " + RateCard.QUANTITY_SCALE + " decimal places");
    }
  }
}
