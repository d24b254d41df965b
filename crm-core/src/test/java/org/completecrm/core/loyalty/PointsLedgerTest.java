package org.completecrm.core.loyalty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.completecrm.core.CustomerId;
import org.completecrm.core.InvalidValueException;
import org.completecrm.core.Money;
import org.completecrm.core.channel.Channel;
import org.completecrm.core.household.Household;
import org.completecrm.core.testing.HouseholdFixtures;
import org.completecrm.core.testing.LoyaltyFixtures;
import org.junit.jupiter.api.Test;

class PointsLedgerTest {
  static final LoyaltyProgramme PROGRAMME = LoyaltyFixtures.aValueProgramme();
  static final CustomerId ANA = CustomerId.of("ana");
  static final Instant MARCH_2025 = Instant.parse("2025-03-01T12:00:00Z");
  static final Instant JUNE_2025 = Instant.parse("2025-06-01T12:00:00Z");

  private static PointsLedger twoPurchases() {
    return PointsLedger.empty(ANA)
        .earn(PROGRAMME, "p1", Money.of("600", "EUR"), Optional.empty(), Optional.of(Channel.BRANCH), MARCH_2025)
        .earn(PROGRAMME, "p2", Money.of("800", "EUR"), Optional.empty(), Optional.of(Channel.APP_PUSH), JUNE_2025);
  }

  @Test
  void aRedemptionSpendsTheOldestPointsFirst() {
    LedgerChange c = twoPurchases().redeem(PROGRAMME, "r1", "voucher-10", Instant.parse("2025-07-01T00:00:00Z"));
    assertTrue(c.accepted());
    PointsStatement s = c.ledger().statementAt(PROGRAMME, Instant.parse("2025-07-01T00:00:00Z"));
    assertEquals(600 + 1200 - 1000, s.balance());
    assertEquals(List.of(new PointsLot(JUNE_2025, Instant.parse("2027-06-01T12:00:00Z"), 800)), s.openLots());
    assertEquals(1400.0, s.spendInPeriod(0));
  }

  @Test
  void pointsExpireFirstInFirstOutAndTheNextExpiryIsKnown() {
    PointsLedger l = twoPurchases();
    PointsStatement before = l.statementAt(PROGRAMME, Instant.parse("2027-02-01T00:00:00Z"));
    assertEquals(new PointsLot(MARCH_2025, Instant.parse("2027-03-01T12:00:00Z"), 600), before.expiringNext().orElseThrow());
    assertEquals(600, before.pointsExpiringWithin(Duration.ofDays(30)));
    assertEquals(1800, before.pointsExpiringWithin(Duration.ofDays(150)));
    PointsStatement after = l.statementAt(PROGRAMME, Instant.parse("2027-03-01T12:00:00Z"));
    assertEquals(600, after.expired());
    assertEquals(1200, after.balance());
  }

  @Test
  void aRedemptionBeyondTheBalanceIsRefusedWithTheFigures() {
    PointsLedger l = PointsLedger.empty(ANA)
        .earn(PROGRAMME, "p1", Money.of("600", "EUR"), Optional.empty(), Optional.empty(), MARCH_2025);
    LedgerChange c = l.redeem(PROGRAMME, "r1", "voucher-10", JUNE_2025);
    assertFalse(c.accepted());
    assertEquals(l, c.ledger());
    assertEquals("1,000 points asked for, 600 available at 2025-06-01T12:00:00Z", c.refusal().orElseThrow().words());
  }

  @Test
  void goodwillAboveTheTiersLimitIsRefused() {
    PointsLedger l = PointsLedger.empty(ANA);
    assertEquals(RefusalReason.ABOVE_GOODWILL_LIMIT,
        l.goodwill(PROGRAMME, "g1", 800, "silver", "late delivery", MARCH_2025).refusal().orElseThrow().reason());
    assertTrue(l.goodwill(PROGRAMME, "g1", 800, "gold", "late delivery", MARCH_2025).accepted());
  }

  @Test
  void aTransferOutsideTheHouseholdIsRefusedAndOneInsideMovesThePoints() {
    Instant at = Instant.parse("2025-08-01T00:00:00Z");
    Household h = HouseholdFixtures.aCoupleWithOneDependant(at);
    PointsLedger alice = PointsLedger.empty(HouseholdFixtures.PRIMARY)
        .earn(PROGRAMME, "p1", Money.of("500", "EUR"), Optional.empty(), Optional.empty(), MARCH_2025);
    PointsTransfer outside = HouseholdPools.transfer(PROGRAMME, h, alice, PointsLedger.empty(ANA), 100, "t1", at);
    assertEquals(RefusalReason.NOT_IN_SAME_HOUSEHOLD, outside.refusal().orElseThrow().reason());
    PointsTransfer inside = HouseholdPools.transfer(PROGRAMME, h, alice, PointsLedger.empty(HouseholdFixtures.PARTNER), 100, "t1", at);
    assertTrue(inside.accepted());
    assertEquals(400, inside.from().statementAt(PROGRAMME, at).balance());
    assertEquals(100, inside.to().statementAt(PROGRAMME, at).balance());
    HouseholdPool pool = HouseholdPools.of(h, Map.of(
        HouseholdFixtures.PRIMARY, inside.from().statementAt(PROGRAMME, at),
        HouseholdFixtures.PARTNER, inside.to().statementAt(PROGRAMME, at)), at);
    assertEquals(500, pool.balance());
    assertEquals(0L, pool.balances().get(HouseholdFixtures.DEPENDANT));
  }

  @Test
  void entriesAreAppendedInTimeOrderOnly() {
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> twoPurchases()
        .bonus(PROGRAMME, "b1", "answered-survey", MARCH_2025));
    assertEquals("PointsLedger.entries[2].at", e.field());
    assertThrows(InvalidValueException.class, () -> twoPurchases().bonus(PROGRAMME, "b1", "liked-a-post", JUNE_2025));
  }

  @Test
  void aLedgerOverdrawnOutsideThisClassIsReportedNotFolded() {
    PointsLedger bad = PointsLedger.builder().member(ANA).addEntries(LedgerEntry.builder().id("r1").member(ANA)
        .at(MARCH_2025).kind(EntryKind.REDEEM).points(10).reference("voucher-10").build()).build();
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> bad.statementAt(PROGRAMME, JUNE_2025));
    assertEquals("ProgrammeLedger.entries[0].points", e.field());
  }
}
