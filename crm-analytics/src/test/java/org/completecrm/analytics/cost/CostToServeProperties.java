package org.completecrm.analytics.cost;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.completecrm.analytics.testing.AnalyticsGen.END;
import static org.completecrm.analytics.testing.AnalyticsGen.START;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.completecrm.analytics.testing.AnalyticsGen;
import org.completecrm.analytics.testing.Fixtures;
import org.completecrm.core.CustomerId;
import org.completecrm.core.HouseholdId;
import org.completecrm.core.Money;
import org.completecrm.core.channel.Channel;
import org.completecrm.core.household.Household;
import org.completecrm.core.timeline.TimelineEvent;
import org.junit.jupiter.api.Test;

/** Properties of cost-to-serve: additive over interactions and household members, exact, order-independent. */
class CostToServeProperties {
  private static final RateCard CARD = Fixtures.aRetailBankCard();

  private static CostToServe<CustomerId> costs(List<TimelineEvent> events) {
    return CostToServe.perCustomer(CARD, events, START, END);
  }

  @Test
  void costIsAdditiveOverInteractions() {
    qt().withExamples(300).forAll(AnalyticsGen.timelines(40), integers().between(0, 40)).checkAssert((events, cut) -> {
      int k = Math.min(cut, events.size());
      CostToServe<CustomerId> whole = costs(events);
      CostToServe<CustomerId> first = costs(events.subList(0, k));
      CostToServe<CustomerId> second = costs(events.subList(k, events.size()));
      for (int c = 0; c < AnalyticsGen.CUSTOMERS; c++) {
        CustomerId id = AnalyticsGen.customer(c);
        assertEquals(first.of(id).plus(second.of(id)), whole.of(id));
      }
      assertEquals(first.total().plus(second.total()), whole.total());
      for (Channel ch : Channel.values()) {
        Money zero = Money.zero(Fixtures.EUR);
        assertEquals(first.perChannel().getOrDefault(ch, zero).plus(second.perChannel().getOrDefault(ch, zero)), whole.perChannel().getOrDefault(ch, zero));
      }
      assertEquals(first.costed() + second.costed(), whole.costed());
      assertEquals(first.uncosted() + second.uncosted(), whole.uncosted());
    });
  }

  @Test
  void totalIsTheSumOfOwnersOfActivitiesAndOfChannels() {
    qt().withExamples(300).forAll(AnalyticsGen.timelines(60)).checkAssert(events -> {
      CostToServe<CustomerId> c = costs(events);
      Money zero = Money.zero(Fixtures.EUR);
      assertEquals(c.total(), c.perOwner().values().stream().reduce(zero, Money::plus));
      assertEquals(c.total(), c.perActivity().values().stream().reduce(zero, Money::plus));
      assertEquals(c.total(), c.perChannel().values().stream().reduce(c.noChannel(), Money::plus));
      assertTrue(c.total().signum() >= 0);
    });
  }

  @Test
  void costDoesNotDependOnTheOrderOfEvents() {
    qt().withExamples(200).forAll(AnalyticsGen.timelines(40), integers().all()).checkAssert((events, seed) -> {
      List<TimelineEvent> shuffled = new ArrayList<>(events);
      Collections.shuffle(shuffled, new Random(seed));
      assertEquals(costs(events), costs(shuffled));
    });
  }

  @Test
  void householdCostIsTheSumOfItsMembersCostsWhileMembersOverAnyHistory() {
    qt().withExamples(300).forAll(AnalyticsGen.timelines(40), AnalyticsGen.households()).checkAssert((events, households) -> {
      CostToServe<HouseholdId> byHousehold = CostToServe.perHousehold(CARD, households, events, START, END);
      Money attributed = Money.zero(Fixtures.EUR);
      for (Household h : households) {
        Money expected = Money.zero(Fixtures.EUR);
        for (CustomerId member : h.everMembers()) {
          List<TimelineEvent> whileMember = events.stream()
              .filter(e -> e.customer().equals(member) && h.membershipAt(member, e.at()).isPresent())
              .toList();
          expected = expected.plus(costs(whileMember).of(member));
        }
        assertEquals(expected, byHousehold.of(h.id()), h.toString());
        attributed = attributed.plus(expected);
      }
      assertEquals(attributed, byHousehold.total());
    });
  }

  @Test
  void segmentRollUpIsExact() {
    qt().withExamples(200).forAll(AnalyticsGen.timelines(40)).checkAssert(events -> {
      CostToServe<CustomerId> c = costs(events);
      java.util.Map<CustomerId, String> segments = new java.util.HashMap<>();
      for (int i = 0; i < AnalyticsGen.CUSTOMERS; i += 2) {
        segments.put(AnalyticsGen.customer(i), i < 3 ? "a" : "b");
      }
      java.util.Map<String, Money> bySegment = c.perSegment(segments, "none");
      assertEquals(c.total(), bySegment.values().stream().reduce(Money.zero(Fixtures.EUR), Money::plus));
    });
  }

  /** Households built by crm-core's generator of join, leave, move, merge and split histories. */
  @Test
  void householdCostIsTheSumOfItsMembersCostsOverGeneratedHouseholdOperations() {
    java.time.Instant from = org.completecrm.core.testing.CoreGen.EPOCH;
    java.time.Instant until = from.plus(java.time.Duration.ofDays(730));
    qt().withExamples(100)
        .forAll(AnalyticsGen.timelines(40, org.completecrm.core.testing.HouseholdWorld.CUSTOMERS, from, until),
            org.completecrm.core.testing.CoreGen.householdWorlds())
        .checkAssert((events, households) -> {
          CostToServe<HouseholdId> byHousehold = CostToServe.perHousehold(CARD, households, events, from, until);
          for (Household h : households) {
            Money expected = Money.zero(Fixtures.EUR);
            for (CustomerId member : h.everMembers()) {
              List<TimelineEvent> whileMember = events.stream()
                  .filter(e -> e.customer().equals(member) && h.membershipAt(member, e.at()).isPresent())
                  .toList();
              expected = expected.plus(CostToServe.perCustomer(CARD, whileMember, from, until).of(member));
            }
            assertEquals(expected, byHousehold.of(h.id()), h.toString());
          }
        });
  }
}
