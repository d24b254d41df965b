package org.completecrm.analytics.profit;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.completecrm.analytics.cost.CostToServe;
import org.completecrm.analytics.cost.OwnerIndex;
import org.completecrm.analytics.cost.RateCard;
import org.completecrm.core.CustomerId;
import org.completecrm.core.EventId;
import org.completecrm.core.HouseholdId;
import org.completecrm.core.InvalidValueException;
import org.completecrm.core.Money;
import org.completecrm.core.household.Household;
import org.completecrm.core.Checks;
import org.completecrm.core.timeline.TimelineEvent;
import org.completecrm.core.timeline.Transaction;
import org.completecrm.core.timeline.TransactionKind;

/**
 * Profitability over a period: each owner's revenue, margin, cost-to-serve and profit, with the
 * cost-to-serve figures they came from.
 *
 * <p>Revenue is purchases minus refunds in {@code [from, until)}. Margin is each transaction's
 * {@link Transaction#margin()} where known, else its amount times a default margin rate (the
 * firm's average contribution margin); a refund's margin counts negatively. Profit is margin
 * minus cost-to-serve. For households, a transaction counts for the household its customer
 * belonged to at the transaction's instant, like an interaction. All sums are exact.
 *
 * @param <K> the owner type
 * @param currency the currency of every amount
 * @param owners every owner of the index, in owner order
 * @param costs the cost-to-serve the profits were computed from
 */
public record Profitability<K extends Comparable<K>>(Currency currency, List<OwnerProfit<K>> owners, CostToServe<K> costs) {
  /** Validates the figures. */
  public Profitability {
    Checks.present(currency, "Profitability.currency");
    owners = List.copyOf(Checks.noNulls(Checks.present(owners, "Profitability.owners"), "Profitability.owners"));
    Checks.present(costs, "Profitability.costs");
  }

  /** Profitability of each customer over {@code [from, until)} from their timeline events. */
  public static Profitability<CustomerId> perCustomer(
      RateCard card, Collection<? extends TimelineEvent> events, Instant from, Instant until, BigDecimal defaultMarginRate) {
    return compute(card, OwnerIndex.customersOf(Checks.present(events, "Profitability.events")), events, from, until, defaultMarginRate);
  }

  /** Profitability of each household over {@code [from, until)}, by its membership history. */
  public static Profitability<HouseholdId> perHousehold(
      RateCard card,
      Collection<Household> households,
      Collection<? extends TimelineEvent> events,
      Instant from,
      Instant until,
      BigDecimal defaultMarginRate) {
    return compute(card, OwnerIndex.households(households), events, from, until, defaultMarginRate);
  }

  /** Profitability over {@code [from, until)} of every owner of {@code index}. */
  public static <K extends Comparable<K>> Profitability<K> compute(
      RateCard card,
      OwnerIndex<K> index,
      Collection<? extends TimelineEvent> events,
      Instant from,
      Instant until,
      BigDecimal defaultMarginRate) {
    Checks.present(defaultMarginRate, "Profitability.defaultMarginRate");
    if (defaultMarginRate.compareTo(BigDecimal.ONE) > 0 || defaultMarginRate.compareTo(BigDecimal.ONE.negate()) < 0) {
      throw new InvalidValueException("Profitability.defaultMarginRate", defaultMarginRate, "a rate in [-1, 1]");
    }
    CostToServe<K> costs = CostToServe.compute(card, index, events, from, until);
    Currency currency = card.currency();
    List<Row> rows = new ArrayList<>();
    Set<EventId> ids = new HashSet<>();
    int scale = Math.max(0, currency.getDefaultFractionDigits());
    for (TimelineEvent e : events) {
      if (!(e instanceof Transaction t) || t.at().isBefore(from) || !t.at().isBefore(until) || !ids.add(t.id())) {
        continue;
      }
      int owner = index.codeOf(t.customer(), t.at());
      if (owner < 0) {
        continue;
      }
      if (!t.amount().currency().equals(currency)) {
        throw new InvalidValueException(
            "Transaction.amount.currency", t.amount().currency(), "the rate card's currency " + currency + " (event " + t.id() + ")");
      }
      BigDecimal revenue = t.signedAmount().amount();
      BigDecimal margin = t.margin().map(Money::amount).orElse(t.amount().amount().multiply(defaultMarginRate));
      if (t.kind() == TransactionKind.REFUND) {
        margin = margin.negate();
      }
      scale = Math.max(scale, Math.max(scaleOf(revenue), scaleOf(margin)));
      rows.add(new Row(owner, revenue, margin));
    }
    if (scale > 12) {
      throw new InvalidValueException("Transaction.amount", scale + " decimal places", "amounts with at most 12 decimal places");
    }
    ProfitAccumulator acc = new ProfitAccumulator(currency, index.size(), scale);
    for (Row r : rows) {
      acc.add(r.owner(), unscaled(r.revenue(), scale), unscaled(r.margin(), scale));
    }
    int costScale = card.costScale();
    long[] cost = new long[index.size()];
    List<K> owners = index.owners();
    for (int o = 0; o < cost.length; o++) {
      cost[o] = unscaled(costs.of(owners.get(o)).amount(), costScale);
    }
    int profitScale = acc.profitScale(costScale);
    long[] profit = acc.profitUnscaled(cost, costScale);
    List<OwnerProfit<K>> out = new ArrayList<>(owners.size());
    for (int o = 0; o < owners.size(); o++) {
      out.add(new OwnerProfit<>(
          owners.get(o),
          acc.revenue(o),
          acc.margin(o),
          costs.of(owners.get(o)),
          Money.of(BigDecimal.valueOf(profit[o], profitScale), currency)));
    }
    return new Profitability<>(currency, out, costs);
  }

  /** One transaction's owner code, signed revenue and signed margin. */
  private record Row(int owner, BigDecimal revenue, BigDecimal margin) {}

  private static int scaleOf(BigDecimal v) {
    return Math.max(0, v.stripTrailingZeros().scale());
  }

  private static long unscaled(BigDecimal v, int scale) {
    try {
      return v.setScale(scale).unscaledValue().longValueExact();
    } catch (ArithmeticException e) {
      throw new InvalidValueException("Profitability.amount", v, "an amount that fits 18 digits at " + scale + " decimal places");
    }
  }

  /** Each owner's profit, in owner order. */
  public Map<K, Money> profitByOwner() {
    Map<K, Money> m = new TreeMap<>();
    owners.forEach(p -> m.put(p.owner(), p.profit()));
    return java.util.Collections.unmodifiableMap(m);
  }

  /** The total revenue. */
  public Money totalRevenue() {
    return owners.stream().map(OwnerProfit::revenue).reduce(Money.zero(currency), Money::plus);
  }

  /** The total margin. */
  public Money totalMargin() {
    return owners.stream().map(OwnerProfit::margin).reduce(Money.zero(currency), Money::plus);
  }

  /** The total cost-to-serve of the owners. */
  public Money totalCostToServe() {
    return owners.stream().map(OwnerProfit::costToServe).reduce(Money.zero(currency), Money::plus);
  }

  /** The total profit. */
  public Money totalProfit() {
    return owners.stream().map(OwnerProfit::profit).reduce(Money.zero(currency), Money::plus);
  }

  /** The whale curve of the owners' profits. */
  public WhaleCurve whaleCurve() {
    return WhaleCurve.of(owners.stream().map(OwnerProfit::profit).toList(), currency);
  }

  /** The owners from most to least profitable, ties by owner: the order of the whale curve. */
  public List<OwnerProfit<K>> ranked() {
    List<OwnerProfit<K>> r = new ArrayList<>(owners);
    r.sort(java.util.Comparator.comparing((OwnerProfit<K> p) -> p.profit()).reversed()
        .thenComparing(OwnerProfit::owner));
    return List.copyOf(r);
  }

  /** The owners who destroy profit (profit below zero), least profitable first. */
  public List<OwnerProfit<K>> destroyers() {
    List<OwnerProfit<K>> r = new ArrayList<>(owners.stream().filter(p -> p.profit().signum() < 0).toList());
    r.sort(java.util.Comparator.comparing((OwnerProfit<K> p) -> p.profit()).thenComparing(OwnerProfit::owner));
    return List.copyOf(r);
  }
}
