package org.completecrm.core.loyalty;

import java.time.Instant;
import org.completecrm.core.InvalidValueException;

/**
 * Points credited together and still unspent: they are spent and expire first in, first out.
 *
 * @param creditedAt when they were credited
 * @param expiresAt when what is left of them expires
 * @param points how many are left, at least 1
 */
public record PointsLot(Instant creditedAt, Instant expiresAt, long points) {
  /** Validates the lot. */
  public PointsLot {
    if (creditedAt == null || expiresAt == null || !expiresAt.isAfter(creditedAt)) {
      throw new InvalidValueException("PointsLot.expiresAt", expiresAt, "an instant after creditedAt " + creditedAt);
    }
    if (points < 1) {
      throw new InvalidValueException("PointsLot.points", points, "at least 1 point");
    }
  }
}
