package org.completecrm.core.privacy;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.completecrm.core.HouseholdId;
import org.completecrm.core.household.Membership;
import org.completecrm.core.Checks;
import org.immutables.value.Value;

/** One period of a customer's membership of a household, as exported: which household, which role, when. */
@Value.Immutable
@JsonSerialize(as = ImmutableHouseholdMembership.class)
@JsonDeserialize(as = ImmutableHouseholdMembership.class)
public abstract class HouseholdMembership {
  HouseholdMembership() {}

  /** The period {@code membership} of household {@code household}. */
  public static HouseholdMembership of(HouseholdId household, Membership membership) {
    return ImmutableHouseholdMembership.builder().household(household).membership(membership).build();
  }

  /** The household. */
  public abstract HouseholdId household();

  /** The period, role and member. */
  public abstract Membership membership();

  @Value.Check
  void check() {
    Checks.present(household(), "HouseholdMembership.household");
    Checks.present(membership(), "HouseholdMembership.membership");
  }
}
