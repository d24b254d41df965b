package org.completecrm.core.loyalty;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.completecrm.core.CustomerId;
import org.completecrm.core.InvalidValueException;
import org.completecrm.core.Checks;

/**
 * A member's points as of an instant, derived from the ledger: the balance, the totals by kind,
 * the unspent lots (oldest first) and the spend per qualification period. Points are conserved:
 * {@code earned + bonus + adjusted + transferredIn == balance + redeemed + expired + transferredOut}.
 *
 * @param member the member
 * @param at the instant
 * @param balance points available, never negative
 * @param earned points earned by purchases
 * @param bonus bonus points for behaviours
 * @param adjusted goodwill points
 * @param transferredIn points received from the household
 * @param redeemed points spent on rewards
 * @param expired points expired by {@code at}
 * @param transferredOut points given to the household
 * @param purchases the number of purchases (earn entries): the member's occasions to redeem
 * @param redemptions the number of redemptions
 * @param openLots the unspent lots, oldest first; their points add up to the balance
 * @param spendByPeriod spend per qualification period, from the programme's start to the period of {@code at}
 */
public record PointsStatement(
    CustomerId member,
    Instant at,
    long balance,
    long earned,
    long bonus,
    long adjusted,
    long transferredIn,
    long redeemed,
    long expired,
    long transferredOut,
    long purchases,
    long redemptions,
    List<PointsLot> openLots,
    List<Double> spendByPeriod) {

  /** Validates the statement: a balance that is the lots' sum and conserves points. */
  public PointsStatement {
    Checks.present(member, "PointsStatement.member");
    Checks.present(at, "PointsStatement.at");
    openLots = Checks.immutableList(openLots, "PointsStatement.openLots");
    spendByPeriod = Checks.immutableList(spendByPeriod, "PointsStatement.spendByPeriod");
    long lots = openLots.stream().mapToLong(PointsLot::points).sum();
    if (balance < 0 || balance != lots) {
      throw new InvalidValueException("PointsStatement.balance", balance, "the sum of the open lots " + lots);
    }
    if (purchases < 0 || redemptions < 0) {
      throw new InvalidValueException("PointsStatement.purchases", Math.min(purchases, redemptions), "counts >= 0");
    }
    if (earned + bonus + adjusted + transferredIn != balance + redeemed + expired + transferredOut) {
      throw new InvalidValueException("PointsStatement.balance", balance,
          "a balance that conserves points (credits equal balance plus debits and expiry)");
    }
  }

  /** An empty statement: a member without entries. */
  public static PointsStatement empty(CustomerId member, Instant at) {
    return new PointsStatement(member, at, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, List.of(), List.of());
  }

  /** The points that expire next and when: every lot sharing the earliest expiry instant. */
  public Optional<PointsLot> expiringNext() {
    if (openLots.isEmpty()) {
      return Optional.empty();
    }
    PointsLot first = openLots.get(0);
    long points = openLots.stream().filter(l -> l.expiresAt().equals(first.expiresAt())).mapToLong(PointsLot::points).sum();
    return Optional.of(new PointsLot(first.creditedAt(), first.expiresAt(), points));
  }

  /** The points that expire within {@code window} after {@link #at()} unless spent first. */
  public long pointsExpiringWithin(Duration window) {
    Checks.present(window, "PointsStatement.pointsExpiringWithin.window");
    Instant until = at.plus(window);
    return openLots.stream().filter(l -> !l.expiresAt().isAfter(until)).mapToLong(PointsLot::points).sum();
  }

  /** The spend in qualification period {@code k}, 0 outside the periods tracked. */
  public double spendInPeriod(int k) {
    return k >= 0 && k < spendByPeriod.size() ? spendByPeriod.get(k) : 0;
  }
}
