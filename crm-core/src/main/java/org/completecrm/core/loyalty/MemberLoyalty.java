package org.completecrm.core.loyalty;

import java.time.Duration;
import java.time.Instant;
import org.completecrm.core.Checks;

/**
 * A member's loyalty as a decision sees it: the programme, the tier held (with its reason) and the
 * points statement, all derived by the host as of one instant and passed in with the customer.
 *
 * @param programme the programme's id
 * @param tier the tier held
 * @param statement the points
 */
public record MemberLoyalty(String programme, TierStanding tier, PointsStatement statement) {
  /** Validates the presence of each part. */
  public MemberLoyalty {
    Checks.notBlank(programme, "MemberLoyalty.programme");
    Checks.present(tier, "MemberLoyalty.tier");
    Checks.present(statement, "MemberLoyalty.statement");
  }

  /** The member's loyalty under {@code programme} as of {@code at}, from their ledger and figures. */
  public static MemberLoyalty of(LoyaltyProgramme programme, PointsLedger ledger, PeriodFigures figures, Instant at) {
    Checks.present(programme, "MemberLoyalty.of.programme");
    Checks.present(ledger, "MemberLoyalty.of.ledger");
    return new MemberLoyalty(programme.id(), Tiers.standing(programme, figures, at), ledger.statementAt(programme, at));
  }

  /** The points available. */
  public long points() {
    return statement.balance();
  }

  /** The points that expire after {@code at} and at or before {@code at + window} unless spent first. */
  public long pointsExpiringWithin(Instant at, Duration window) {
    Checks.present(at, "MemberLoyalty.pointsExpiringWithin.at");
    Checks.present(window, "MemberLoyalty.pointsExpiringWithin.window");
    Instant until = at.plus(window);
    long points = 0;
    for (PointsLot lot : statement.openLots()) {
      if (lot.expiresAt().isAfter(at) && !lot.expiresAt().isAfter(until)) {
        points += lot.points();
      }
    }
    return points;
  }
}
