package org.completecrm.core.loyalty;

import java.util.Optional;
import org.completecrm.core.Checks;

/**
 * The outcome of an operation on a points ledger: the ledger with the new entry, or the ledger
 * unchanged and the refusal.
 *
 * @param ledger the ledger after the operation
 * @param refusal why the operation was refused, if it was
 */
public record LedgerChange(PointsLedger ledger, Optional<PointsRefusal> refusal) {
  /** Validates the outcome. */
  public LedgerChange {
    Checks.present(ledger, "LedgerChange.ledger");
    Checks.present(refusal, "LedgerChange.refusal");
  }

  /** Whether the operation was accepted. */
  public boolean accepted() {
    return refusal.isEmpty();
  }
}
