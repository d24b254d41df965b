package org.completecrm.core.household;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.completecrm.core.testing.CoreGen;
import org.completecrm.core.testing.HouseholdOp;
import org.completecrm.core.testing.HouseholdWorld;
import org.junit.jupiter.api.Test;

/** Household operations never lose history and never put a customer in two households at once. */
class HouseholdProperties {

  @Test
  void operationsNeverLoseAMembershipPeriod() {
    qt().withExamples(300).forAll(CoreGen.householdOps(40)).checkAssert(ops -> {
      HouseholdWorld w = HouseholdWorld.start(CoreGen.EPOCH);
      for (HouseholdOp op : ops) {
        HouseholdWorld next = w.apply(op);
        for (HouseholdWorld.Tagged before : w.periods()) {
          assertTrue(next.periods().stream().anyMatch(after -> continues(before, after)),
              () -> "lost " + before + " after " + op);
        }
        w = next;
      }
    });
  }

  /** The same period, possibly closed since (an open period may only gain an end, never lose its start). */
  private static boolean continues(HouseholdWorld.Tagged before, HouseholdWorld.Tagged after) {
    Membership b = before.membership();
    Membership a = after.membership();
    return before.household().equals(after.household())
        && a.customer().equals(b.customer())
        && a.role() == b.role()
        && a.since().equals(b.since())
        && (b.until().isPresent() ? a.until().equals(b.until()) : true);
  }

  @Test
  void noCustomerIsInTwoHouseholdsAtOnce() {
    qt().withExamples(300).forAll(CoreGen.householdOps(40)).checkAssert(ops -> {
      HouseholdWorld w = HouseholdWorld.start(CoreGen.EPOCH).applyAll(ops);
      Households.requireNoOverlap(w.households());
      for (HouseholdWorld.Tagged t : w.periods()) {
        Instant at = t.membership().since();
        long holding = w.households().stream()
            .filter(h -> h.membershipAt(t.membership().customer(), at).isPresent()).count();
        assertEquals(1, holding, () -> t + " in " + w.households());
      }
    });
  }

  @Test
  void atMostOnePrimaryAtEveryInstantAMembershipStarts() {
    qt().withExamples(200).forAll(CoreGen.householdWorlds()).checkAssert(households -> {
      for (Household h : households) {
        for (Membership m : h.memberships()) {
          long primaries = h.memberships().stream()
              .filter(x -> x.activeAt(m.since()) && x.role() == HouseholdRole.PRIMARY).count();
          assertTrue(primaries <= 1, h::toString);
        }
      }
    });
  }

  @Test
  void mergeMovesEveryCurrentMemberAndKeepsTheAbsorbedHistory() {
    qt().withExamples(200).forAll(CoreGen.householdWorlds(), CoreGen.durationsUpTo(java.time.Duration.ofDays(30)))
        .checkAssert((households, step) -> {
          if (households.size() < 2) {
            return;
          }
          Household survivor = households.get(0);
          Household absorbed = households.get(1);
          Instant at = latestChange(households).plus(step);
          Households.Pair p = Households.merge(survivor, absorbed, at);
          assertTrue(p.second().membersAt(at).isEmpty());
          assertTrue(p.first().membersAt(at).containsAll(absorbed.membersAt(at.minusSeconds(1))));
          assertEquals(absorbed.everMembers(), p.second().everMembers());
          Households.requireNoOverlap(List.of(p.first(), p.second()));
        });
  }

  @Test
  void generatedSequencesExerciseEveryOperation() {
    java.util.Map<HouseholdOp.Kind, Integer> applied = new java.util.EnumMap<>(HouseholdOp.Kind.class);
    qt().withFixedSeed(20_240_501L).withExamples(200).forAll(CoreGen.householdOps(40)).checkAssert(ops -> {
      HouseholdWorld w = HouseholdWorld.start(CoreGen.EPOCH);
      for (HouseholdOp op : ops) {
        HouseholdWorld next = w.apply(op);
        if (next.applied() > w.applied()) {
          applied.merge(op.kind(), 1, Integer::sum);
        }
        w = next;
      }
      assertEquals(ops.size(), w.applied() + w.refused());
    });
    for (HouseholdOp.Kind k : HouseholdOp.Kind.values()) {
      assertTrue(applied.getOrDefault(k, 0) >= 10, () -> k + " applied only " + applied.get(k) + " times: " + applied);
    }
  }

  @Test
  void householdOfFindsTheOnlyHouseholdAtEachInstant() {
    qt().withExamples(200).forAll(CoreGen.householdWorlds()).checkAssert(households -> {
      for (Household h : households) {
        for (Membership m : h.memberships()) {
          Optional<Household> found = Households.householdOf(households, m.customer(), m.since());
          assertEquals(Optional.of(h.id()), found.map(Household::id));
        }
      }
    });
  }

  private static Instant latestChange(List<Household> households) {
    Instant latest = CoreGen.EPOCH;
    for (Household h : households) {
      for (Membership m : h.memberships()) {
        latest = m.since().isAfter(latest) ? m.since() : latest;
        if (m.until().isPresent() && m.until().get().isAfter(latest)) {
          latest = m.until().get();
        }
      }
    }
    return latest;
  }
}
