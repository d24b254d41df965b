package org.completecrm.core.loyalty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.completecrm.core.CustomerId;
import org.completecrm.core.HouseholdId;
import org.completecrm.core.household.Household;
import org.completecrm.core.household.HouseholdRole;
import org.completecrm.core.json.CrmJson;
import org.completecrm.core.testing.LoyaltyFixtures;
import org.completecrm.core.testing.LoyaltyGen;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;

/** Invariants of the points ledger, household pools and tiers. */
class LoyaltyProperties {

  @Test
  void pointsAreConservedForEveryMemberAtEveryInstant() {
    qt().withExamples(300).forAll(LoyaltyGen.programmes(), LoyaltyGen.pointsOps(40)).checkAssert((programme, ops) -> {
      LedgerWorld w = LedgerWorld.of(programme, ops);
      for (Instant at : w.probes()) {
        PointsStatement s = w.ledger().statementAt(programme, at);
        assertEquals(s.earned() + s.bonus() + s.adjusted() + s.transferredIn(),
            s.balance() + s.redeemed() + s.expired() + s.transferredOut(), () -> s.toString());
      }
    });
  }

  @Test
  void aBalanceIsNeverNegativeAndADebitBeyondItIsRefusedWithAReason() {
    qt().withExamples(300).forAll(LoyaltyGen.programmes(), LoyaltyGen.pointsOps(40)).checkAssert((programme, ops) -> {
      LedgerWorld w = LedgerWorld.of(programme, ops);
      PointsLedger before = PointsLedger.empty(LedgerWorld.MEMBER);
      for (int i = 0; i < ops.size(); i++) {
        LedgerChange c = w.changes().get(i);
        long available = before.statementAt(programme, w.instants().get(i)).balance();
        boolean beyond = !ops.get(i).kind().isCredit() && ops.get(i).points() > available;
        assertEquals(beyond, !c.accepted());
        if (beyond) {
          PointsRefusal r = c.refusal().orElseThrow();
          assertEquals(RefusalReason.INSUFFICIENT_BALANCE, r.reason());
          assertEquals(ops.get(i).points(), r.requested());
          assertEquals(available, r.available());
          assertTrue(r.words().contains("available"), r::words);
          assertEquals(before, c.ledger());
        }
        before = c.ledger();
      }
      for (Instant at : w.probes()) {
        assertTrue(w.ledger().statementAt(programme, at).balance() >= 0);
      }
    });
  }

  @Test
  void expiryAndSpendingNeverTakePointsCreditedLaterThanPointsTheyLeave() {
    qt().withExamples(300).forAll(LoyaltyGen.programmes(), LoyaltyGen.pointsOps(40)).checkAssert((programme, ops) -> {
      LedgerWorld w = LedgerWorld.of(programme, ops);
      for (Instant at : w.probes()) {
        PointsStatement s = w.ledger().statementAt(programme, at);
        if (s.openLots().isEmpty()) {
          continue;
        }
        Instant oldestLeft = s.openLots().get(0).creditedAt();
        // Every credit after the oldest lot left is still there in full: nothing later was taken.
        long later = w.ledger().entries().stream()
            .filter(e -> e.kind().isCredit() && e.at().isAfter(oldestLeft) && !e.at().isAfter(at))
            .mapToLong(LedgerEntry::points).sum();
        long leftAfterOldest = s.openLots().stream().filter(l -> l.creditedAt().isAfter(oldestLeft))
            .mapToLong(PointsLot::points).sum();
        assertEquals(later, leftAfterOldest, () -> s.openLots().toString());
        for (PointsLot l : s.openLots()) {
          assertTrue(l.expiresAt().isAfter(at), l::toString);
        }
        for (int k = 1; k < s.openLots().size(); k++) {
          assertFalse(s.openLots().get(k).expiresAt().isBefore(s.openLots().get(k - 1).expiresAt()));
        }
      }
    });
  }

  @Test
  void aHouseholdPoolIsTheSumOfItsCurrentMembersBalances() {
    qt().withExamples(150)
        .forAll(LoyaltyGen.pointsOps(20), LoyaltyGen.pointsOps(20), Generate.range(1, 400), Generate.range(1, 900))
        .checkAssert((opsA, opsB, leaveDay, probeDay) -> {
          LoyaltyProgramme programme = LoyaltyFixtures.aValueProgramme();
          CustomerId a = LedgerWorld.MEMBER;
          CustomerId b = LedgerWorld.OTHER;
          Household h = Household.empty(HouseholdId.of("h-1"))
              .join(a, HouseholdRole.PRIMARY, LoyaltyFixtures.START.minusSeconds(1))
              .join(b, HouseholdRole.PARTNER, LoyaltyFixtures.START.minusSeconds(1))
              .leave(b, LoyaltyGen.day(leaveDay));
          Map<CustomerId, PointsLedger> ledgers = Map.of(
              a, LedgerWorld.of(programme, a, opsA).ledger(), b, LedgerWorld.of(programme, b, opsB).ledger());
          Instant at = LoyaltyGen.day(probeDay);
          for (PointsLedger l : ledgers.values()) {
            for (LedgerEntry e : l.entries()) {
              at = e.at().isAfter(at) ? e.at() : at;
            }
          }
          Instant when = at;
          Map<CustomerId, PointsStatement> statements = new HashMap<>();
          ledgers.forEach((m, l) -> statements.put(m, l.statementAt(programme, when)));
          HouseholdPool pool = HouseholdPools.of(h, statements, at);
          long expected = h.membersAt(at).stream().mapToLong(m -> statements.get(m).balance()).sum();
          assertEquals(expected, pool.balance());
          assertEquals(h.membersAt(at), pool.balances().keySet());

          PoolRedemption r = HouseholdPools.redeem(programme, h, ledgers, a, "voucher-10", "pool-1", at);
          assertEquals(pool.balance() < 1000, !r.accepted());
          long after = h.membersAt(at).stream()
              .mapToLong(m -> r.ledgers().get(m).statementAt(programme, when).balance()).sum();
          assertEquals(r.accepted() ? pool.balance() - 1000 : pool.balance(), after);
        });
  }

  @Test
  void theTierEarnedNeverFallsWhenAFigureRises() {
    qt().withExamples(300)
        .forAll(LoyaltyGen.tieredProgrammes(), LoyaltyGen.figureHistories(), Generate.range(0, 3), Generate.range(0, 2_000))
        .checkAssert((programme, figures, measureIndex, raise) -> {
          QualificationMeasure m = QualificationMeasure.values()[measureIndex];
          PeriodFigures low = (x, k) -> figures.get(x)[k];
          PeriodFigures high = low.with(m, k -> figures.get(m)[k] + raise);
          for (int k = 0; k < 12; k++) {
            assertTrue(Tiers.earned(programme, low, k) <= Tiers.earned(programme, high, k));
          }
          for (int day = 0; day < 12 * 92; day += 17) {
            Instant at = LoyaltyGen.day(day);
            assertTrue(Tiers.tierIndexAt(programme, low, at) <= Tiers.tierIndexAt(programme, high, at));
          }
        });
  }

  @Test
  void softLandingNeverDropsMoreThanOneTierAPeriod() {
    qt().withExamples(300).forAll(LoyaltyGen.tieredProgrammes(), LoyaltyGen.figureHistories())
        .checkAssert((programme, figures) -> {
          LoyaltyProgramme soft = LoyaltyProgramme.builder().from(programme).qualification(
              Qualification.builder().from(programme.qualification()).softLanding(true).build()).build();
          PeriodFigures f = (x, k) -> figures.get(x)[k];
          List<Integer> held = new ArrayList<>();
          for (int k = 1; k < 12; k++) {
            Instant boundary = soft.periodStart(k);
            int before = Tiers.tierIndexAt(soft, f, boundary.minusSeconds(1));
            Instant afterGrace = boundary.plusSeconds(86_400L * 31 * soft.qualification().graceMonths() + 86_400);
            int after = Tiers.tierIndexAt(soft, f, afterGrace);
            held.add(after);
            assertTrue(after >= before - 1, () -> "period " + " dropped from " + before + " to " + after);
            assertTrue(Tiers.tierIndexAt(soft, f, boundary) >= before - 1);
          }
        });
  }

  @Test
  void programmesAndLedgersRoundTripThroughJson() {
    qt().withExamples(100).forAll(LoyaltyGen.programmes(), LoyaltyGen.pointsOps(20)).checkAssert((programme, ops) -> {
      assertEquals(programme, LoyaltyProgrammes.fromJson(LoyaltyProgrammes.write(programme)));
      PointsLedger ledger = LedgerWorld.of(programme, ops).ledger();
      assertEquals(ledger, CrmJson.read(CrmJson.write(ledger), PointsLedger.class));
    });
  }
}
