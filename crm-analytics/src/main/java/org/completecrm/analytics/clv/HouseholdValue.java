package org.completecrm.analytics.clv;

import java.util.OptionalDouble;
import java.util.Set;
import org.completecrm.core.CustomerId;
import org.completecrm.core.HouseholdId;

/**
 * The value scores of a household: the sums over the members at the valuation instant.
 *
 * @param householdId the household
 * @param members the members whose scores were summed (members without a score are left out)
 * @param expectedPurchases the members' summed expected purchases
 * @param clv the members' summed CLV, when every summed member has one
 * @param probabilityAnyAlive the probability that at least one member is alive (members
 *     treated as independent)
 */
public record HouseholdValue(
    HouseholdId householdId,
    Set<CustomerId> members,
    double expectedPurchases,
    OptionalDouble clv,
    double probabilityAnyAlive) {
  /** Copies the member set. */
  public HouseholdValue {
    members = Set.copyOf(members);
  }
}
