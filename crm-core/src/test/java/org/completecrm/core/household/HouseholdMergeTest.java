package org.completecrm.core.household;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.completecrm.core.CustomerId;
import org.completecrm.core.HouseholdId;
import org.completecrm.core.testing.CoreGen;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.quicktheories.generators.SourceDSL;

/** A merge carries every member of the absorbed household, whenever their period began or ends (issue 23). */
class HouseholdMergeTest {
  private static final Instant T = Instant.parse("2025-03-01T00:00:00Z");
  private static final CustomerId ANA = CustomerId.of("c-ana");
  private static final CustomerId BEN = CustomerId.of("c-ben");
  private static final CustomerId ZOE = CustomerId.of("c-zoe");
  private static final CustomerId MAX = CustomerId.of("c-max");

  @Test
  void aMemberWhoJoinedAtTheMergeInstantIsCarried() {
    Household survivor = Household.empty(HouseholdId.of("h-1")).join(ANA, HouseholdRole.PRIMARY, T.minusSeconds(100));
    Household absorbed = Household.empty(HouseholdId.of("h-2")).join(BEN, HouseholdRole.PRIMARY, T.minusSeconds(50))
        .join(ZOE, HouseholdRole.DEPENDANT, T);
    Households.Pair p = Households.merge(survivor, absorbed, T);
    assertEquals(Set.of(ANA, BEN, ZOE), p.first().membersAt(T));
    assertEquals(Optional.of(HouseholdRole.DEPENDANT), p.first().roleAt(ZOE, T));
    assertEquals(Optional.of(HouseholdRole.PARTNER), p.first().roleAt(BEN, T));
    assertTrue(p.second().membersAt(T).isEmpty());
    assertEquals(Set.of(BEN), p.second().membersAt(T.minusSeconds(1)));
  }

  @Test
  void aMemberWhosePeriodClosesAfterTheMergeIsCarriedUntilThen() {
    Instant leaves = T.plus(Duration.ofDays(10));
    Household survivor = Household.empty(HouseholdId.of("h-1"));
    Household absorbed = Household.builder().id(HouseholdId.of("h-2"))
        .addMemberships(Membership.of(BEN, HouseholdRole.PRIMARY, T.minusSeconds(50)))
        .addMemberships(Membership.builder().customer(MAX).role(HouseholdRole.DEPENDANT)
            .since(T.minusSeconds(40)).until(leaves).build())
        .addMemberships(Membership.of(ZOE, HouseholdRole.PARTNER, T.plusSeconds(60)))
        .build();
    Households.Pair p = Households.merge(survivor, absorbed, T);
    assertEquals(Set.of(BEN, MAX), p.first().membersAt(T));
    assertEquals(Optional.of(HouseholdRole.PRIMARY), p.first().roleAt(BEN, T));
    assertEquals(Set.of(BEN, MAX, ZOE), p.first().membersAt(leaves.minusSeconds(1)));
    assertEquals(Set.of(BEN, ZOE), p.first().membersAt(leaves));
    assertEquals(Set.of(BEN, MAX), p.second().membersAt(T.minusSeconds(1)));
    assertTrue(p.second().membersAt(T.plusSeconds(60)).isEmpty());
  }

  /** Whatever the instant of the merge, every member of either household then or later is a member of the survivor. */
  @Test
  void everyMemberAtOrAfterTheMergeIsInTheSurvivorAndNothingBeforeIsLost() {
    qt().withExamples(400).forAll(CoreGen.householdWorlds(), SourceDSL.integers().between(0, 10_000))
        .checkAssert((households, pick) -> {
          if (households.size() < 2) {
            return;
          }
          Household survivor = households.get(0);
          Household absorbed = households.get(1);
          List<Instant> changes = changes(List.of(survivor, absorbed));
          Instant at = changes.get(pick % changes.size());
          Households.Pair p = Households.merge(survivor, absorbed, at);
          for (Instant t : changes) {
            Set<CustomerId> expected = new TreeSet<>(survivor.membersAt(t));
            if (!t.isBefore(at)) {
              expected.addAll(absorbed.membersAt(t));
              assertTrue(p.second().membersAt(t).isEmpty(), () -> "absorbed still has members at " + t);
            } else {
              assertEquals(absorbed.membersAt(t), p.second().membersAt(t), () -> "history before the merge at " + t);
            }
            assertEquals(expected, p.first().membersAt(t), () -> "survivor at " + t + " after a merge at " + at);
          }
          assertTrue(p.first().everMembers().containsAll(survivor.everMembers()));
          Households.requireNoOverlap(List.of(p.first(), p.second()));
        });
  }

  /** A guard against quadratic checks (a join on 20,000 memberships took 2.2 s), not a benchmark: the bound is wide. */
  @Test
  @Timeout(value = 30, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void aJoinOnAHouseholdWithManyMembershipsTakesLinearTime() {
    Household h = Household.empty(HouseholdId.of("h-big"));
    List<Membership> many = new ArrayList<>();
    for (int i = 0; i < 20_000; i++) {
      many.add(Membership.builder().customer(CustomerId.of("c-" + i)).role(HouseholdRole.DEPENDANT)
          .since(T.plusSeconds(i)).until(T.plusSeconds(i + 1)).build());
    }
    h = Household.builder().from(h).memberships(many).build();
    Household grown = h;
    for (int i = 0; i < 50; i++) {
      grown = grown.join(CustomerId.of("n-" + i), HouseholdRole.DEPENDANT, T.plusSeconds(30_000 + i));
    }
    assertEquals(20_050, grown.memberships().size());
  }

  private static List<Instant> changes(List<Household> households) {
    TreeSet<Instant> all = new TreeSet<>();
    for (Household h : households) {
      for (Membership m : h.memberships()) {
        all.add(m.since());
        m.until().ifPresent(all::add);
        all.add(m.since().plusSeconds(1));
      }
    }
    all.add(CoreGen.EPOCH);
    return new ArrayList<>(all);
  }
}
