package org.completecrm.core.loyalty;

import java.util.Map;
import java.util.Optional;
import org.completecrm.core.CustomerId;
import org.completecrm.core.Checks;

/**
 * The outcome of redeeming from a household's pool: each member's ledger after it (a member whose
 * points were used has a redemption entry for their share), or the ledgers unchanged and the refusal.
 *
 * @param ledgers the members' ledgers after the redemption
 * @param refusal why it was refused, if it was
 */
public record PoolRedemption(Map<CustomerId, PointsLedger> ledgers, Optional<PointsRefusal> refusal) {
  /** Validates the outcome. */
  public PoolRedemption {
    ledgers = Map.copyOf(Checks.noNulls(ledgers, "PoolRedemption.ledgers"));
    Checks.present(refusal, "PoolRedemption.refusal");
  }

  /** Whether the redemption was accepted. */
  public boolean accepted() {
    return refusal.isEmpty();
  }
}
