package org.completecrm.core.testing;

import java.time.Duration;
import java.time.Instant;
import org.completecrm.core.CustomerId;
import org.completecrm.core.HouseholdId;
import org.completecrm.core.household.Household;
import org.completecrm.core.household.HouseholdRole;

/** Named households for example tests, built through the household operations. */
public final class HouseholdFixtures {
  /** The primary member of the fixtures' households. */
  public static final CustomerId PRIMARY = CustomerFixtures.ALICE;
  /** The partner. */
  public static final CustomerId PARTNER = CustomerFixtures.BJORN;
  /** The dependant. */
  public static final CustomerId DEPENDANT = CustomerFixtures.CHIARA;

  private HouseholdFixtures() {}

  /**
   * Household {@code h-couple}: Alice (primary) from a year before {@code at}, Bjørn (partner)
   * from 300 days before, Chiara (dependant) from 200 days before; all three members at {@code at}.
   */
  public static Household aCoupleWithOneDependant(Instant at) {
    return Household.empty(HouseholdId.of("h-couple"))
        .join(PRIMARY, HouseholdRole.PRIMARY, at.minus(Duration.ofDays(365)))
        .join(PARTNER, HouseholdRole.PARTNER, at.minus(Duration.ofDays(300)))
        .join(DEPENDANT, HouseholdRole.DEPENDANT, at.minus(Duration.ofDays(200)));
  }

  /** Household {@code h-single}: Alice alone, primary from a year before {@code at}. */
  public static Household aSinglePerson(Instant at) {
    return Household.empty(HouseholdId.of("h-single")).join(PRIMARY, HouseholdRole.PRIMARY, at.minus(Duration.ofDays(365)));
  }

  /**
   * The couple household in which the dependant grew up: Chiara was a dependant until 30 days
   * before {@code at}, and has been an adult member in role OTHER since.
   */
  public static Household aCoupleWhoseDependantCameOfAge(Instant at) {
    return aCoupleWithOneDependant(at).changeRole(DEPENDANT, HouseholdRole.OTHER, at.minus(Duration.ofDays(30)));
  }

  /** The couple household that Bjørn left 10 days before {@code at}: history kept, two members now. */
  public static Household aCoupleAfterThePartnerLeft(Instant at) {
    return aCoupleWithOneDependant(at).leave(PARTNER, at.minus(Duration.ofDays(10)));
  }
}
