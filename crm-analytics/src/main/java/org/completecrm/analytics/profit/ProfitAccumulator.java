package org.completecrm.analytics.profit;

import java.math.BigDecimal;
import java.util.Currency;
import org.completecrm.analytics.cost.CostAccumulator;
import org.completecrm.core.InvalidValueException;
import org.completecrm.core.Money;
import org.completecrm.core.Checks;

/**
 * The columnar, streaming form of profitability: exact revenue and margin per owner code, from
 * transactions added one at a time or as primitive columns, and the profit after a {@link
 * CostAccumulator}'s cost-to-serve.
 *
 * <p>Amounts are unscaled {@code long}s at a fixed number of decimal places ({@link #scale()});
 * sums are exact, order-independent and fail on overflow. Not thread-safe; {@link #merge} per-thread
 * accumulators.
 */
public final class ProfitAccumulator {
  private final Currency currency;
  private final int scale;
  private final long[] revenue;
  private final long[] margin;
  private long transactions;

  /** An empty accumulator of {@code owners} owners in {@code currency}, amounts at {@code scale} decimal places. */
  public ProfitAccumulator(Currency currency, int owners, int scale) {
    this.currency = Checks.present(currency, "ProfitAccumulator.currency");
    if (owners < 0) {
      throw new InvalidValueException("ProfitAccumulator.owners", owners, "a count >= 0");
    }
    if (scale < 0 || scale > 12) {
      throw new InvalidValueException("ProfitAccumulator.scale", scale, "decimal places in [0, 12]");
    }
    this.scale = scale;
    this.revenue = new long[owners];
    this.margin = new long[owners];
  }

  /**
   * Adds one transaction: its signed revenue (negative for a refund) and signed margin, both
   * unscaled at {@link #scale()}.
   */
  public void add(int owner, long signedRevenue, long signedMargin) {
    if (owner < 0 || owner >= revenue.length) {
      throw new InvalidValueException("ProfitAccumulator.owner", owner, "an owner code in [0, " + revenue.length + ")");
    }
    revenue[owner] = Math.addExact(revenue[owner], signedRevenue);
    margin[owner] = Math.addExact(margin[owner], signedMargin);
    transactions++;
  }

  /** Adds the transactions {@code [from, to)} of the given columns, the bulk form of {@link #add}. */
  public void addAll(int[] owner, long[] signedRevenue, long[] signedMargin, int from, int to) {
    int length = Math.min(Checks.present(owner, "ProfitAccumulator.addAll.owner").length,
        Math.min(Checks.present(signedRevenue, "ProfitAccumulator.addAll.signedRevenue").length,
            Checks.present(signedMargin, "ProfitAccumulator.addAll.signedMargin").length));
    if (from < 0 || to < from || to > length) {
      throw new InvalidValueException("ProfitAccumulator.addAll.range", "[" + from + ", " + to + ")", "a range within the columns' length " + length);
    }
    for (int i = from; i < to; i++) {
      add(owner[i], signedRevenue[i], signedMargin[i]);
    }
  }

  /** Adds every total of {@code other} (same currency, scale and owners). */
  public void merge(ProfitAccumulator other) {
    Checks.present(other, "ProfitAccumulator.merge.other");
    if (!other.currency.equals(currency) || other.scale != scale || other.revenue.length != revenue.length) {
      throw new InvalidValueException("ProfitAccumulator.merge.other", other, "an accumulator of the same currency, scale and owners");
    }
    for (int i = 0; i < revenue.length; i++) {
      revenue[i] = Math.addExact(revenue[i], other.revenue[i]);
      margin[i] = Math.addExact(margin[i], other.margin[i]);
    }
    transactions += other.transactions;
  }

  /** The currency. */
  public Currency currency() {
    return currency;
  }

  /** The decimal places of revenue and margin. */
  public int scale() {
    return scale;
  }

  /** The number of owners. */
  public int owners() {
    return revenue.length;
  }

  /** The number of transactions added. */
  public long transactions() {
    return transactions;
  }

  /** Owner {@code owner}'s revenue. */
  public Money revenue(int owner) {
    return Money.of(BigDecimal.valueOf(revenue[owner], scale), currency);
  }

  /** Owner {@code owner}'s margin. */
  public Money margin(int owner) {
    return Money.of(BigDecimal.valueOf(margin[owner], scale), currency);
  }

  /** The decimal places of {@link #profitUnscaled}: the larger of this scale and the cost scale. */
  public int profitScale(int costScale) {
    return Math.max(scale, costScale);
  }

  /**
   * Every owner's profit, margin minus cost-to-serve, unscaled at {@link #profitScale}: exact.
   * The cost accumulator must have the same currency and owners.
   */
  public long[] profitUnscaled(CostAccumulator costs) {
    Checks.present(costs, "ProfitAccumulator.profitUnscaled.costs");
    if (!costs.card().currency().equals(currency)) {
      throw new InvalidValueException("ProfitAccumulator.costs.currency", costs.card().currency(), "the currency " + currency);
    }
    return profitUnscaled(costs.ownerCostsUnscaled(), costs.card().costScale());
  }

  /**
   * Every owner's profit, margin minus cost-to-serve, unscaled at {@link #profitScale}: exact.
   *
   * @param cost each owner's cost-to-serve, unscaled at {@code costScale}, one per owner
   * @param costScale the decimal places of {@code cost}
   */
  public long[] profitUnscaled(long[] cost, int costScale) {
    Checks.present(cost, "ProfitAccumulator.profitUnscaled.cost");
    if (cost.length != margin.length) {
      throw new InvalidValueException("ProfitAccumulator.profitUnscaled.cost", cost.length + " owners", margin.length + " owners");
    }
    if (costScale < 0) {
      throw new InvalidValueException("ProfitAccumulator.profitUnscaled.costScale", costScale, "decimal places >= 0");
    }
    int out = profitScale(costScale);
    long marginFactor = pow10(out - scale);
    long costFactor = pow10(out - costScale);
    long[] profit = new long[margin.length];
    for (int i = 0; i < profit.length; i++) {
      profit[i] = Math.subtractExact(
          Math.multiplyExact(margin[i], marginFactor), Math.multiplyExact(cost[i], costFactor));
    }
    return profit;
  }

  static long pow10(int n) {
    long f = 1;
    for (int i = 0; i < n; i++) {
      f = Math.multiplyExact(f, 10L);
    }
    return f;
  }
}
