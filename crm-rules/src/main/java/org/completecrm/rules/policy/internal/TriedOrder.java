package org.completecrm.rules.policy.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.ToDoubleFunction;
import org.completecrm.core.channel.Channel;
import org.completecrm.core.channel.ChannelPreferences;
import org.completecrm.rules.explain.Delivery;

/**
 * The order in which one decision tries channels: the customer's live session channel (a call, a
 * visit) first, then the customer's ranking ({@link ChannelPreferences#rankedChannels}), then
 * contact cost, then channel order.
 *
 * <p>Design note: worked out once per decision, not once per candidate and channel. Each channel's
 * rank and cost are read once into arrays by ordinal before the sort (the cost function is a look-up
 * in the compiled rule set), so the sort of the nine channels compares numbers. A candidate's channels (two or three of the
 * nine) are then taken in this order from a bit set of their ordinals ({@link #of(int)}), made once
 * per action and rule set: asking the candidate's set about each channel, and later reading the
 * set's iterator, were each in turn the largest part of the contact policies' time in a campaign run.
 */
final class TriedOrder {
  private static final Channel[] ALL = Channel.values();
  /** The number of channels. */
  static final int CHANNELS = ALL.length;
  private static final int ALL_MASK = (1 << ALL.length) - 1;

  private final List<Channel> channels;
  /** {@link #channels} as an array. */
  private final Channel[] ordered;
  private final Optional<Channel> session;

  private TriedOrder(Channel[] ordered, Optional<Channel> session) {
    this.channels = List.of(ordered);
    this.ordered = ordered;
    this.session = session;
  }

  /** The order for a decision in {@code session} (if any) for a customer of {@code prefs}, channels costing {@code cost}. */
  static TriedOrder of(Optional<Channel> session, ChannelPreferences prefs, ToDoubleFunction<Channel> cost) {
    List<Channel> ranked = prefs.rankedChannels();
    int n = ALL.length;
    int[] rank = new int[n];
    Arrays.fill(rank, Integer.MIN_VALUE);
    for (int i = 0; i < ranked.size(); i++) {
      int o = ranked.get(i).ordinal();
      if (rank[o] == Integer.MIN_VALUE) {
        rank[o] = i; // the first place, as indexOf gives it
      }
    }
    Channel inSession = session.orElse(null);
    double[] costs = new double[n];
    for (int o = 0; o < n; o++) {
      rank[o] = ALL[o] == inSession ? -1 : rank[o] == Integer.MIN_VALUE ? ranked.size() : rank[o];
      costs[o] = cost.applyAsDouble(ALL[o]);
    }
    // Insertion sort of the ordinals by (rank, cost, ordinal): nine channels, keys compared as numbers.
    int[] order = new int[n];
    for (int o = 0; o < n; o++) {
      int at = o;
      while (at > 0 && before(o, order[at - 1], rank, costs)) {
        order[at] = order[at - 1];
        at--;
      }
      order[at] = o;
    }
    Channel[] out = new Channel[n];
    for (int i = 0; i < n; i++) {
      out[i] = ALL[order[i]];
    }
    return new TriedOrder(out, session);
  }

  /** Whether channel {@code x} comes before channel {@code y} (ordinals): rank, then cost, then channel order. */
  private static boolean before(int x, int y, int[] rank, double[] costs) {
    int c = Integer.compare(rank[x], rank[y]);
    c = c != 0 ? c : Double.compare(costs[x], costs[y]);
    return (c != 0 ? c : Integer.compare(x, y)) < 0;
  }

  /**
   * The channels of the bit set {@code supported} (bit {@code 1 << ordinal} for each channel, as
   * {@link #mask} makes it), in the order tried ({@link #next}). A set's iterator was the largest
   * part of putting a candidate's channels in order, and an action's bit set is made once per rule
   * set.
   */
  Channel[] of(int supported) {
    Channel[] out = new Channel[Integer.bitCount(supported & ALL_MASK)];
    for (int i = next(supported, 0), n = 0; n < out.length; i = next(supported, i + 1)) {
      out[n++] = ordered[i];
    }
    return out;
  }

  /**
   * The place in this order, at {@code from} or after, of the first channel of the bit set {@code
   * supported}; the number of channels when there is none. The contact policies walk a candidate's
   * channels so, without making {@link #of(int)}'s array.
   */
  int next(int supported, int from) {
    int i = from;
    while (i < ordered.length && (supported & (1 << ordered[i].ordinal())) == 0) {
      i++;
    }
    return i;
  }

  /** The bit set of {@code channels}: bit {@code 1 << ordinal} for each. */
  static int mask(Set<Channel> channels) {
    int mask = 0;
    for (Channel c : channels) {
      mask |= 1 << c.ordinal();
    }
    return mask;
  }

  /** The {@code i}-th channel tried (of every channel). */
  Channel channel(int i) {
    return ordered[i];
  }

  /** Every channel, in the order tried. */
  List<Channel> channels() {
    return channels;
  }

  /** How a contact on {@code channel} is delivered: in the customer's session on its channel, else outbound. */
  Delivery delivery(Channel channel) {
    return session.isPresent() && session.get() == channel ? Delivery.IN_SESSION : Delivery.OUTBOUND;
  }
}
