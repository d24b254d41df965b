package org.completecrm.rules.policy.internal;

import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
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
 * rank and cost are read once into a key before the sort (the cost function is a look-up in the
 * compiled rule set), so the sort compares numbers. A candidate's channels (two or three of the
 * nine) are then put in this order by their positions ({@link #of(Set)}), rather than walking all
 * nine channels and asking the candidate's set about each, which was the largest part of the
 * contact policies' time in a campaign run.
 */
final class TriedOrder {
  /** A channel with its sort keys: rank (the session channel -1, unranked after the ranked), then cost. */
  private record Keyed(Channel channel, int rank, double cost) {}

  // A plain comparator, not a Comparator.comparing chain (see nba.Ranked.ORDER).
  private static final Comparator<Keyed> ORDER = (x, y) -> {
    int c = Integer.compare(x.rank(), y.rank());
    c = c != 0 ? c : Double.compare(x.cost(), y.cost());
    return c != 0 ? c : x.channel().compareTo(y.channel());
  };

  private final List<Channel> channels;
  private final Map<Channel, Integer> positions = new EnumMap<>(Channel.class);
  private final Optional<Channel> session;

  private TriedOrder(List<Channel> channels, Optional<Channel> session) {
    this.channels = channels;
    this.session = session;
    for (int i = 0; i < channels.size(); i++) {
      positions.put(channels.get(i), i);
    }
  }

  /** The order for a decision in {@code session} (if any) for a customer of {@code prefs}, channels costing {@code cost}. */
  static TriedOrder of(Optional<Channel> session, ChannelPreferences prefs, ToDoubleFunction<Channel> cost) {
    List<Channel> ranked = prefs.rankedChannels();
    Channel[] all = Channel.values();
    Keyed[] keyed = new Keyed[all.length];
    for (int i = 0; i < all.length; i++) {
      Channel c = all[i];
      int r = ranked.indexOf(c);
      int rank = session.isPresent() && session.get() == c ? -1 : r < 0 ? ranked.size() : r;
      keyed[i] = new Keyed(c, rank, cost.applyAsDouble(c));
    }
    Arrays.sort(keyed, ORDER);
    Channel[] order = new Channel[keyed.length];
    for (int i = 0; i < keyed.length; i++) {
      order[i] = keyed[i].channel();
    }
    return new TriedOrder(List.of(order), session);
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
      int p = position(c);
      int at = n++;
      while (at > 0 && position(out[at - 1]) > p) {
        out[at] = out[at - 1];
        at--;
      }
      out[at] = c;
    }
    return out;
  }

  private int position(Channel c) {
    Integer p = positions.get(c);
    return p == null ? channels.size() : p;
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
