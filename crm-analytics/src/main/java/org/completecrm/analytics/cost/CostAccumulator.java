package org.completecrm.analytics.cost;

import java.math.BigDecimal;
import org.completecrm.core.InvalidValueException;
import org.completecrm.core.Money;
import org.completecrm.core.channel.Channel;
import org.completecrm.core.Checks;

/**
 * The columnar, streaming form of cost-to-serve: adds costed interactions one at a time (or a
 * batch of primitive columns) and keeps exact totals per owner (a customer or household index),
 * channel and activity.
 *
 * <p>Each cost is {@code rate × quantity} in fixed point: the rate unscaled at the card's {@link
 * RateCard#rateScale()}, the quantity in thousandths of the driver unit, the cost at {@link
 * RateCard#costScale()}; totals are {@code long} sums, so they are exact and independent of the
 * order of adding. Overflow (beyond about 9.2e18 units of the cost scale) fails rather than wraps.
 * {@link CostToServe} uses this class for its object API. Not thread-safe: give each thread its
 * own accumulator and {@link #merge} them.
 */
public final class CostAccumulator {
  /** The channel code of an activity that belongs to no channel (a service case). */
  public static final int NO_CHANNEL = Channel.values().length;

  private final RateCard card;
  private final long[] byOwner;
  private final long[] byChannel = new long[NO_CHANNEL + 1];
  private final long[] byActivity;
  private final long[] uncostedByActivity;
  private long costed;
  private long uncosted;

  /** An empty accumulator for {@code owners} owners (codes {@code 0..owners-1}) at {@code card}'s rates. */
  public CostAccumulator(RateCard card, int owners) {
    this.card = Checks.present(card, "CostAccumulator.card");
    if (owners < 0) {
      throw new InvalidValueException("CostAccumulator.owners", owners, "a count >= 0");
    }
    this.byOwner = new long[owners];
    this.byActivity = new long[card.activities().size()];
    this.uncostedByActivity = new long[card.activities().size()];
  }

  /**
   * Costs one interaction and returns whether a rate applied; without one it is counted as
   * uncosted and adds nothing.
   *
   * @param owner the owner code
   * @param activity the activity code ({@link RateCard#activityCode})
   * @param channel the channel ordinal, or {@link #NO_CHANNEL}
   * @param epochSecond when it happened, in seconds since the epoch
   * @param quantityThousandths the driver quantity in thousandths of its unit, never negative
   */
  public boolean add(int owner, int activity, int channel, long epochSecond, long quantityThousandths) {
    if (owner < 0 || owner >= byOwner.length) {
      throw new InvalidValueException("CostAccumulator.owner", owner, "an owner code in [0, " + byOwner.length + ")");
    }
    if (activity < 0 || activity >= byActivity.length) {
      throw new InvalidValueException("CostAccumulator.activity", activity, "an activity code in [0, " + byActivity.length + ")");
    }
    if (channel < 0 || channel > NO_CHANNEL) {
      throw new InvalidValueException("CostAccumulator.channel", channel, "a channel ordinal in [0, " + NO_CHANNEL + "]");
    }
    long rate = card.unscaledRate(activity, channel, epochSecond);
    if (rate < 0) {
      uncosted++;
      uncostedByActivity[activity]++;
      return false;
    }
    if (quantityThousandths < 0) {
      throw new InvalidValueException("CostAccumulator.quantity", quantityThousandths, "a quantity >= 0");
    }
    long cost = Math.multiplyExact(rate, quantityThousandths);
    byOwner[owner] = Math.addExact(byOwner[owner], cost);
    byChannel[channel] = Math.addExact(byChannel[channel], cost);
    byActivity[activity] = Math.addExact(byActivity[activity], cost);
    costed++;
    return true;
  }

  /**
   * Costs the interactions {@code [from, to)} of the given columns, the bulk form of {@link #add}.
   *
   * @return the number that were costed
   */
  public long addAll(
      int[] owner, byte[] activity, byte[] channel, long[] epochSecond, long[] quantityThousandths, int from, int to) {
    int length = Math.min(Math.min(Checks.present(owner, "CostAccumulator.addAll.owner").length,
        Checks.present(activity, "CostAccumulator.addAll.activity").length),
        Math.min(Math.min(Checks.present(channel, "CostAccumulator.addAll.channel").length,
        Checks.present(epochSecond, "CostAccumulator.addAll.epochSecond").length),
        Checks.present(quantityThousandths, "CostAccumulator.addAll.quantityThousandths").length));
    if (from < 0 || to < from || to > length) {
      throw new InvalidValueException("CostAccumulator.addAll.range", "[" + from + ", " + to + ")", "a range within the columns' length " + length);
    }
    long n = 0;
    for (int i = from; i < to; i++) {
      if (add(owner[i], activity[i], channel[i], epochSecond[i], quantityThousandths[i])) {
        n++;
      }
    }
    return n;
  }

  /** Adds every total of {@code other} (same card, same number of owners) into this accumulator. */
  public void merge(CostAccumulator other) {
    Checks.present(other, "CostAccumulator.merge.other");
    if (other.card != card || other.byOwner.length != byOwner.length) {
      throw new InvalidValueException("CostAccumulator.merge.other", other, "an accumulator of the same card and owners");
    }
    for (int i = 0; i < byOwner.length; i++) {
      byOwner[i] = Math.addExact(byOwner[i], other.byOwner[i]);
    }
    for (int i = 0; i < byChannel.length; i++) {
      byChannel[i] = Math.addExact(byChannel[i], other.byChannel[i]);
    }
    for (int i = 0; i < byActivity.length; i++) {
      byActivity[i] = Math.addExact(byActivity[i], other.byActivity[i]);
      uncostedByActivity[i] += other.uncostedByActivity[i];
    }
    costed += other.costed;
    uncosted += other.uncosted;
  }

  /** The rate card. */
  public RateCard card() {
    return card;
  }

  /** The number of owners. */
  public int owners() {
    return byOwner.length;
  }

  /** Owner {@code owner}'s cost, unscaled at {@link RateCard#costScale()}. */
  public long ownerCostUnscaled(int owner) {
    return byOwner[owner];
  }

  /** A copy of every owner's cost, unscaled at {@link RateCard#costScale()}. */
  public long[] ownerCostsUnscaled() {
    return byOwner.clone();
  }

  /** Owner {@code owner}'s cost. */
  public Money ownerCost(int owner) {
    return money(byOwner[owner]);
  }

  /** The cost on {@code channel}. */
  public Money channelCost(Channel channel) {
    return money(byChannel[channel.ordinal()]);
  }

  /** The cost of activities that belong to no channel (service cases). */
  public Money noChannelCost() {
    return money(byChannel[NO_CHANNEL]);
  }

  /** The cost of activity code {@code activity}. */
  public Money activityCost(int activity) {
    return money(byActivity[activity]);
  }

  /** The number of items of activity code {@code activity} without a rate. */
  public long uncosted(int activity) {
    return uncostedByActivity[activity];
  }

  /** The total cost. */
  public Money total() {
    long t = 0;
    for (long a : byActivity) {
      t = Math.addExact(t, a);
    }
    return money(t);
  }

  /** The number of costed items. */
  public long costed() {
    return costed;
  }

  /** The number of items that had no rate. */
  public long uncosted() {
    return uncosted;
  }

  Money money(long unscaled) {
    return Money.of(BigDecimal.valueOf(unscaled, card.costScale()), card.currency());
  }
}
