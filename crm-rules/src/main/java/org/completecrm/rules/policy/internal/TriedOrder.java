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
 * nine) are then put in this order by their positions ({@link #of(Set)}), rather than walking all
 * nine channels and asking the candidate's set about each, which was the largest part of the
 * contact policies' time in a campaign run.
 */
final class TriedOrder {
  private static final Channel[] ALL = Channel.values();

  private final List<Channel> channels;
  /** Each channel's position in {@link #channels}, by ordinal. */
  private final int[] positions = new int[ALL.length];
  private final Optional<Channel> session;

  private TriedOrder(List<Channel> channels, Optional<Channel> session) {
    this.channels = channels;
    this.session = session;
    Arrays.fill(positions, channels.size());
    for (int i = 0; i < channels.size(); i++) {
      positions[channels.get(i).ordinal()] = i;
    }
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
    return new TriedOrder(List.of(out), session);
  }

  /** Whether channel {@code x} comes before channel {@code y} (ordinals): rank, then cost, then channel order. */
  private static boolean before(int x, int y, int[] rank, double[] costs) {
    int c = Integer.compare(rank[x], rank[y]);
    c = c != 0 ? c : Double.compare(costs[x], costs[y]);
    return (c != 0 ? c : Integer.compare(x, y)) < 0;
  }

  /**
   * The channels of {@code supported}, in the order tried: each put in place by its position in
   * this order as the set is read (a set holds a few channels, so this reads fewer than walking
   * every channel and asking the set about each).
   */
  Channel[] of(Set<Channel> supported) {
    Channel[] out = new Channel[supported.size()];
    int n = 0;
    for (Channel c : supported) {
      int p = positions[c.ordinal()];
      int at = n++;
      while (at > 0 && positions[out[at - 1].ordinal()] > p) {
        out[at] = out[at - 1];
        at--;
      }
      out[at] = c;
    }
    return out;
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
