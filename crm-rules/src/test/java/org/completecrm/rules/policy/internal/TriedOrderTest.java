package org.completecrm.rules.policy.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.completecrm.core.channel.Channel;
import org.completecrm.core.channel.ChannelPreferences;
import org.completecrm.rules.explain.Delivery;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;

/** Channels are tried session first, then by the customer's ranking, then by cost, then in channel order. */
class TriedOrderTest {
  private static final Map<Channel, Double> COST = Map.of(Channel.EMAIL, 0.05, Channel.SMS, 0.08, Channel.PHONE, 4.5,
      Channel.POST, 0.9, Channel.APP_PUSH, 0.01);

  private static double cost(Channel c) {
    return COST.getOrDefault(c, 0.0);
  }

  @Test
  void theSessionChannelComesFirstThenTheRankingThenTheCost() {
    ChannelPreferences prefs = ChannelPreferences.builder().zone(ZoneOffset.UTC).addRankedChannels(Channel.EMAIL, Channel.APP_PUSH).build();
    TriedOrder order = TriedOrder.of(Optional.of(Channel.PHONE), prefs, TriedOrderTest::cost);
    assertEquals(List.of(Channel.PHONE, Channel.EMAIL, Channel.APP_PUSH, Channel.WEB, Channel.BRANCH, Channel.CHAT,
        Channel.SOCIAL, Channel.SMS, Channel.POST), order.channels());
    assertEquals(Delivery.IN_SESSION, order.delivery(Channel.PHONE));
    assertEquals(Delivery.OUTBOUND, order.delivery(Channel.EMAIL));
  }

  @Test
  void withoutASessionEveryChannelIsOutbound() {
    TriedOrder order = TriedOrder.of(Optional.empty(), ChannelPreferences.builder().zone(ZoneOffset.UTC).build(), TriedOrderTest::cost);
    assertEquals(List.of(Channel.WEB, Channel.BRANCH, Channel.CHAT, Channel.SOCIAL, Channel.APP_PUSH, Channel.EMAIL,
        Channel.SMS, Channel.POST, Channel.PHONE), order.channels());
    for (Channel c : Channel.values()) {
      assertEquals(Delivery.OUTBOUND, order.delivery(c));
    }
  }

  @Test
  void theOrderIsTheStatedOneForAnyRankingAndSession() {
    qt().forAll(Generate.longRange(0, Long.MAX_VALUE)).checkAssert(seed -> {
      Random random = new Random(seed);
      List<Channel> all = new ArrayList<>(List.of(Channel.values()));
      Collections.shuffle(all, random);
      List<Channel> ranked = all.subList(0, random.nextInt(all.size() + 1));
      Optional<Channel> session = random.nextBoolean() ? Optional.empty()
          : Optional.of(Channel.values()[random.nextInt(Channel.values().length)]);
      ChannelPreferences prefs = ChannelPreferences.builder().zone(ZoneOffset.UTC).addAllRankedChannels(ranked).build();
      List<Channel> expected = new ArrayList<>(List.of(Channel.values()));
      expected.sort(Comparator.<Channel>comparingInt(c -> session.isPresent() && session.get() == c ? -1
              : ranked.contains(c) ? ranked.indexOf(c) : ranked.size())
          .thenComparingDouble(TriedOrderTest::cost).thenComparing(Comparator.naturalOrder()));
      assertEquals(expected, TriedOrder.of(session, prefs, TriedOrderTest::cost).channels(),
          () -> "ranked " + ranked + ", session " + session);
    });
  }

  @Test
  void aCandidatesChannelsAreTriedInTheDecisionsOrder() {
    qt().forAll(Generate.longRange(0, Long.MAX_VALUE)).checkAssert(seed -> {
      Random random = new Random(seed);
      List<Channel> all = new ArrayList<>(List.of(Channel.values()));
      Collections.shuffle(all, random);
      ChannelPreferences prefs = ChannelPreferences.builder().zone(ZoneOffset.UTC)
          .addAllRankedChannels(all.subList(0, random.nextInt(all.size() + 1))).build();
      TriedOrder order = TriedOrder.of(Optional.of(all.get(0)), prefs, TriedOrderTest::cost);
      Set<Channel> supported = EnumSet.noneOf(Channel.class);
      for (Channel c : Channel.values()) {
        if (random.nextInt(3) == 0) {
          supported.add(c);
        }
      }
      List<Channel> expected = order.channels().stream().filter(supported::contains).toList();
      assertEquals(expected, List.of(order.of(TriedOrder.mask(Collections.unmodifiableSet(supported)))),
          () -> "supported " + supported);
    });
  }
}
