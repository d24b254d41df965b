package org.completecrm.core.loyalty;

import java.util.Optional;
import org.completecrm.core.Checks;

/**
 * The outcome of a transfer within a household: both ledgers after it, or unchanged and the refusal.
 *
 * @param from the giving member's ledger
 * @param to the receiving member's ledger
 * @param refusal why it was refused, if it was
 */
public record PointsTransfer(PointsLedger from, PointsLedger to, Optional<PointsRefusal> refusal) {
  /** Validates the outcome. */
  public PointsTransfer {
    Checks.present(from, "PointsTransfer.from");
    Checks.present(to, "PointsTransfer.to");
    Checks.present(refusal, "PointsTransfer.refusal");
  }

  /** Whether the transfer was accepted. */
  public boolean accepted() {
    return refusal.isEmpty();
  }
}
