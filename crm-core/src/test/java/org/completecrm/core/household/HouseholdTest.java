package org.completecrm.core.household;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.completecrm.core.CustomerId;
import org.completecrm.core.HouseholdId;
import org.completecrm.core.InvalidValueException;
import org.completecrm.core.testing.HouseholdFixtures;
import org.junit.jupiter.api.Test;

/** Household operations on named fixtures. */
class HouseholdTest {
  private static final Instant NOW = Instant.parse("2024-05-01T00:00:00Z");
  private static final CustomerId ALICE = HouseholdFixtures.PRIMARY;
  private static final CustomerId BJORN = HouseholdFixtures.PARTNER;
  private static final CustomerId CHIARA = HouseholdFixtures.DEPENDANT;

  @Test
  void aCoupleWithOneDependantHasThreeMembersWithRoles() {
    Household h = HouseholdFixtures.aCoupleWithOneDependant(NOW);
    assertEquals(Set.of(ALICE, BJORN, CHIARA), h.membersAt(NOW));
    assertEquals(Optional.of(ALICE), h.primaryAt(NOW));
    assertEquals(Optional.of(HouseholdRole.DEPENDANT), h.roleAt(CHIARA, NOW));
    assertEquals(Set.of(ALICE), h.membersAt(NOW.minus(Duration.ofDays(320))));
  }

  @Test
  void leavingClosesThePeriodAndKeepsIt() {
    Household h = HouseholdFixtures.aCoupleAfterThePartnerLeft(NOW);
    assertEquals(Set.of(ALICE, CHIARA), h.membersAt(NOW));
    assertEquals(Optional.of(HouseholdRole.PARTNER), h.roleAt(BJORN, NOW.minus(Duration.ofDays(20))));
    assertTrue(h.everMembers().contains(BJORN));
  }

  @Test
  void changingRoleClosesTheOldPeriod() {
    Household h = HouseholdFixtures.aCoupleWhoseDependantCameOfAge(NOW);
    assertEquals(Optional.of(HouseholdRole.OTHER), h.roleAt(CHIARA, NOW));
    assertEquals(Optional.of(HouseholdRole.DEPENDANT), h.roleAt(CHIARA, NOW.minus(Duration.ofDays(31))));
    assertEquals(4, h.memberships().size());
  }

  @Test
  void movingClosesOnePeriodWhenTheOtherOpens() {
    Households.Pair p = Households.move(HouseholdFixtures.aCoupleWithOneDependant(NOW),
        Household.empty(HouseholdId.of("h-new")), BJORN, HouseholdRole.PRIMARY, NOW);
    assertEquals(Optional.of(NOW), p.first().membershipAt(BJORN, NOW.minusSeconds(1)).flatMap(Membership::until));
    assertEquals(Optional.of(HouseholdRole.PRIMARY), p.second().roleAt(BJORN, NOW));
    Households.requireNoOverlap(List.of(p.first(), p.second()));
  }

  @Test
  void mergingMakesASecondPrimaryAPartner() {
    Household other = Household.empty(HouseholdId.of("h-other"))
        .join(CustomerId.of("c-dmitri"), HouseholdRole.PRIMARY, NOW.minus(Duration.ofDays(50)));
    Households.Pair p = Households.merge(HouseholdFixtures.aCoupleWithOneDependant(NOW), other, NOW);
    assertEquals(Optional.of(HouseholdRole.PARTNER), p.first().roleAt(CustomerId.of("c-dmitri"), NOW));
    assertTrue(p.second().membersAt(NOW).isEmpty());
    assertEquals(1, p.second().memberships().size());
  }

  @Test
  void splittingOffWithoutThePrimaryMakesTheFirstMemberPrimary() {
    Households.Pair p = Households.split(HouseholdFixtures.aCoupleWithOneDependant(NOW), Set.of(CHIARA, BJORN),
        HouseholdId.of("h-split"), NOW);
    assertEquals(Set.of(ALICE), p.first().membersAt(NOW));
    assertEquals(Optional.of(BJORN), p.second().primaryAt(NOW));
    assertEquals(Optional.of(HouseholdRole.DEPENDANT), p.second().roleAt(CHIARA, NOW));
  }

  @Test
  void joiningTwiceOrTwoPrimariesAreRejected() {
    Household h = HouseholdFixtures.aCoupleWithOneDependant(NOW);
    InvalidValueException twice = assertThrows(InvalidValueException.class, () -> h.join(BJORN, HouseholdRole.OTHER, NOW));
    assertEquals("Household.join.customer", twice.field());
    InvalidValueException primaries = assertThrows(InvalidValueException.class,
        () -> h.join(CustomerId.of("c-x"), HouseholdRole.PRIMARY, NOW));
    assertEquals("Household.memberships", primaries.field());
  }

  @Test
  void leavingAtTheInstantOfJoiningNamesWhenTheMembershipBegan() {
    Household h = Household.empty(HouseholdId.of("h-1")).join(ALICE, HouseholdRole.PRIMARY, NOW);
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> h.leave(ALICE, NOW));
    assertEquals("Household.leave.at", e.field());
    assertTrue(e.expected().endsWith(NOW.toString()));
  }

  @Test
  void overlapAcrossHouseholdsIsFoundEvenForSharedMemberships() {
    Household a = HouseholdFixtures.aCoupleWithOneDependant(NOW);
    Household copy = Household.builder().from(a).id(HouseholdId.of("h-copy")).build();
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> Households.requireNoOverlap(List.of(a, copy)));
    assertEquals("Households.memberships", e.field());
  }

  @Test
  void householdOfFindsTheHouseholdAtAnInstant() {
    Household a = HouseholdFixtures.aCoupleAfterThePartnerLeft(NOW);
    Household b = Household.empty(HouseholdId.of("h-b")).join(BJORN, HouseholdRole.PRIMARY, NOW.minus(Duration.ofDays(5)));
    assertEquals(Optional.of(b), Households.householdOf(List.of(a, b), BJORN, NOW));
    assertEquals(Optional.of(a), Households.householdOf(List.of(a, b), BJORN, NOW.minus(Duration.ofDays(20))));
  }
}
