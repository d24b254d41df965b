package org.completecrm.core.loyalty;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.completecrm.core.CustomerId;
import org.completecrm.core.HouseholdId;
import org.completecrm.core.InvalidValueException;
import org.completecrm.core.Checks;

/**
 * A household's pooled points as of an instant: a view derived from its current members' ledgers,
 * never a ledger of its own.
 *
 * @param household the household
 * @param at the instant
 * @param balances each current member's balance (0 for a member without a ledger)
 * @param balance the pool: the sum of the current members' balances
 * @param expiringNext the pool's points that expire next and when, if any
 */
public record HouseholdPool(
    HouseholdId household, Instant at, Map<CustomerId, Long> balances, long balance, Optional<PointsLot> expiringNext) {
  /** Validates the pool: its balance is the sum of its members'. */
  public HouseholdPool {
    Checks.present(household, "HouseholdPool.household");
    Checks.present(at, "HouseholdPool.at");
    balances = Map.copyOf(Checks.noNulls(balances, "HouseholdPool.balances"));
    Checks.present(expiringNext, "HouseholdPool.expiringNext");
    long sum = balances.values().stream().mapToLong(Long::longValue).sum();
    if (balance != sum) {
      throw new InvalidValueException("HouseholdPool.balance", balance,
          "the sum of the members' balances " + sum);
    }
  }
}
