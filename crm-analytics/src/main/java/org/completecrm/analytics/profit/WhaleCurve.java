package org.completecrm.analytics.profit;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Collection;
import java.util.Currency;
import org.completecrm.core.InvalidValueException;
import org.completecrm.core.Money;
import org.completecrm.core.Checks;

/**
 * The cumulative profitability ("whale") curve: customers sorted from most to least profitable,
 * and the cumulative profit of the first {@code i} of them for {@code i = 0..n}.
 *
 * <p>Because profits are sorted in decreasing order the curve is concave (its increments never
 * grow); it rises while customers are profitable, peaks where the profitable customers end
 * ({@link #peakIndex()}), falls through the customers who destroy profit and ends at the total
 * profit. The drop from the peak to the end is the {@linkplain #profitDestroyed() profit
 * destroyed}; in many firms the peak is well above 100% of total profit (Kaplan and Narayanan,
 * "Measuring and Managing Customer Profitability", Journal of Cost Management, 2001). Cumulative
 * sums are exact fixed-point {@code long}s.
 */
public final class WhaleCurve {
  private final Currency currency;
  private final int scale;
  private final long[] cumulative;
  private final int peakIndex;

  private WhaleCurve(Currency currency, int scale, long[] descending) {
    this.currency = currency;
    this.scale = scale;
    this.cumulative = new long[descending.length + 1];
    int peak = 0;
    for (int i = 0; i < descending.length; i++) {
      cumulative[i + 1] = Math.addExact(cumulative[i], descending[i]);
      if (descending[i] > 0) {
        peak = i + 1;
      }
    }
    this.peakIndex = peak;
  }

  /** The curve of the given profits (any order), all in {@code currency}. */
  public static WhaleCurve of(Collection<Money> profits, Currency currency) {
    Checks.present(currency, "WhaleCurve.currency");
    Checks.noNulls(Checks.present(profits, "WhaleCurve.profits"), "WhaleCurve.profits");
    int scale = 0;
    for (Money m : profits) {
      if (!m.currency().equals(currency)) {
        throw new InvalidValueException("WhaleCurve.profits.currency", m.currency(), "the currency " + currency);
      }
      scale = Math.max(scale, Math.max(0, m.amount().stripTrailingZeros().scale()));
    }
    long[] values = new long[profits.size()];
    int i = 0;
    for (Money m : profits) {
      try {
        values[i++] = m.amount().setScale(scale).unscaledValue().longValueExact();
      } catch (ArithmeticException e) {
        throw new InvalidValueException("WhaleCurve.profits", m, "a profit that fits 18 digits at " + scale + " decimal places");
      }
    }
    return ofUnscaled(values, scale, currency);
  }

  /** The curve of the given profits (any order), unscaled at {@code scale} decimal places: the columnar form. */
  public static WhaleCurve ofUnscaled(long[] profits, int scale, Currency currency) {
    Checks.present(profits, "WhaleCurve.profits");
    Checks.present(currency, "WhaleCurve.currency");
    if (scale < 0) {
      throw new InvalidValueException("WhaleCurve.scale", scale, "decimal places >= 0");
    }
    long[] sorted = profits.clone();
    Arrays.sort(sorted);
    for (int i = 0, j = sorted.length - 1; i < j; i++, j--) {
      long t = sorted[i];
      sorted[i] = sorted[j];
      sorted[j] = t;
    }
    return new WhaleCurve(currency, scale, sorted);
  }

  /** The number of customers. */
  public int size() {
    return cumulative.length - 1;
  }

  /** The cumulative profit of the {@code i} most profitable customers, {@code 0 <= i <= size()}. */
  public Money cumulative(int i) {
    if (i < 0 || i > size()) {
      throw new InvalidValueException("WhaleCurve.cumulative.i", i, "an index in [0, " + size() + "]");
    }
    return money(cumulative[i]);
  }

  /** The profit of the {@code i}-th most profitable customer (0-based): the curve's increment. */
  public Money increment(int i) {
    if (i < 0 || i >= size()) {
      throw new InvalidValueException("WhaleCurve.increment.i", i, "an index in [0, " + size() + ")");
    }
    return money(cumulative[i + 1] - cumulative[i]);
  }

  /** The total profit: where the curve ends. */
  public Money total() {
    return money(cumulative[size()]);
  }

  /** The number of profitable customers: where the curve peaks. */
  public int peakIndex() {
    return peakIndex;
  }

  /** The highest cumulative profit: the profit of all profitable customers together. */
  public Money peak() {
    return money(cumulative[peakIndex]);
  }

  /** The profit destroyed by the unprofitable customers: peak minus total, never negative. */
  public Money profitDestroyed() {
    return money(cumulative[peakIndex] - cumulative[size()]);
  }

  /** The peak as a multiple of total profit ({@code 1.5} = 150%); fails unless total profit is positive. */
  public double peakShareOfTotal() {
    return shareOfTotal(peakIndex);
  }

  /** The cumulative profit of the first {@code i} customers as a multiple of total profit; fails unless total profit is positive. */
  public double shareOfTotal(int i) {
    cumulative(i);
    long total = cumulative[size()];
    if (total <= 0) {
      throw new InvalidValueException("WhaleCurve.total", total(), "a positive total profit to take shares of");
    }
    return new BigDecimal(cumulative[i]).divide(new BigDecimal(total), java.math.MathContext.DECIMAL64).doubleValue();
  }

  /**
   * The share of total profit produced by the most profitable {@code customerShare} (in [0, 1])
   * of customers, rounded down to whole customers; fails unless total profit is positive.
   */
  public double shareOfTotalFromTop(double customerShare) {
    Checks.probability(customerShare, "WhaleCurve.customerShare");
    return shareOfTotal((int) Math.floor(customerShare * size()));
  }

  /**
   * At most {@code maxPoints + 1} evenly spaced points of the curve for charting: {@code
   * [0]} the share of customers in percent and {@code [1]} the cumulative profit in percent of
   * total profit (or in currency units when total profit is not positive); the peak is always
   * included.
   */
  public double[][] chartPoints(int maxPoints) {
    if (maxPoints < 1) {
      throw new InvalidValueException("WhaleCurve.chartPoints.maxPoints", maxPoints, "a count >= 1");
    }
    int n = size();
    int step = Math.max(1, (int) Math.ceil(n / (double) maxPoints));
    java.util.TreeSet<Integer> at = new java.util.TreeSet<>();
    for (int i = 0; i < n; i += step) {
      at.add(i);
    }
    at.add(n);
    at.add(peakIndex);
    boolean percent = cumulative[n] > 0;
    double[][] out = new double[2][at.size()];
    int k = 0;
    for (int i : at) {
      out[0][k] = n == 0 ? 0 : 100.0 * i / n;
      out[1][k] = percent ? 100.0 * shareOfTotal(i) : cumulative(i).amount().doubleValue();
      k++;
    }
    return out;
  }

  private Money money(long unscaled) {
    return Money.of(BigDecimal.valueOf(unscaled, scale), currency);
  }

  @Override
  public String toString() {
    return "WhaleCurve{n=" + size() + ", peak=" + peak() + " at " + peakIndex + ", total=" + total() + "}";
  }
}
