package org.completecrm.core.loyalty;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.completecrm.core.CustomerId;
import org.completecrm.core.InvalidValueException;
import org.completecrm.core.household.Household;
import org.completecrm.core.Checks;

/**
 * Household pooling: the pool as a view over the current members' ledgers, redemption from it
 * (oldest points first across the members), and transfers between members.
 */
public final class HouseholdPools {
  private HouseholdPools() {}

  /**
   * The household's pool at {@code at} from its members' statements as of that instant; a current
   * member without a statement has none, former members' points are not in the pool.
   */
  public static HouseholdPool of(Household household, Map<CustomerId, PointsStatement> statements, Instant at) {
    Checks.present(household, "HouseholdPools.of.household");
    Checks.noNulls(statements, "HouseholdPools.of.statements");
    Checks.present(at, "HouseholdPools.of.at");
    Map<CustomerId, Long> balances = new TreeMap<>();
    PointsLot next = null;
    for (CustomerId m : household.membersAt(at)) {
      PointsStatement s = statements.get(m);
      if (s == null) {
        balances.put(m, 0L);
        continue;
      }
      if (!s.at().equals(at)) {
        throw new InvalidValueException("HouseholdPools.of.statements[" + m + "].at", s.at(), "a statement as of " + at);
      }
      balances.put(m, s.balance());
      Optional<PointsLot> e = s.expiringNext();
      if (e.isPresent()) {
        if (next == null || e.get().expiresAt().isBefore(next.expiresAt())) {
          next = e.get();
        } else if (e.get().expiresAt().equals(next.expiresAt())) {
          Instant credited = next.creditedAt().isBefore(e.get().creditedAt()) ? next.creditedAt() : e.get().creditedAt();
          next = new PointsLot(credited, next.expiresAt(), next.points() + e.get().points());
        }
      }
    }
    long balance = balances.values().stream().mapToLong(Long::longValue).sum();
    return new HouseholdPool(household.id(), at, balances, balance, Optional.ofNullable(next));
  }

  /**
   * Redeems reward {@code rewardId} for {@code member} from the household's pool: the points are
   * taken from the current members' lots, the soonest to expire first, and each member who gives
   * points gets a redemption entry for their share. Refused when the pool is short.
   */
  public static PoolRedemption redeem(LoyaltyProgramme programme, Household household,
      Map<CustomerId, PointsLedger> ledgers, CustomerId member, String rewardId, String entryId, Instant at) {
    Checks.present(programme, "HouseholdPools.redeem.programme");
    Checks.present(household, "HouseholdPools.redeem.household");
    Checks.noNulls(ledgers, "HouseholdPools.redeem.ledgers");
    if (!programme.householdPooling()) {
      throw new InvalidValueException("LoyaltyProgramme.householdPooling", false, "a programme that pools points per household");
    }
    Set<CustomerId> members = household.membersAt(Checks.present(at, "HouseholdPools.redeem.at"));
    if (!members.contains(member)) {
      throw new InvalidValueException("HouseholdPools.redeem.member", member, "a current member of " + household.id());
    }
    Reward reward = programme.reward(rewardId).orElseThrow(() -> new InvalidValueException(
        "HouseholdPools.redeem.rewardId", rewardId, "a reward of the catalogue"));
    record Owned(CustomerId member, PointsLot lot) {}
    List<Owned> lots = new ArrayList<>();
    for (CustomerId m : members) {
      PointsLedger l = ledgers.get(m);
      if (l != null) {
        if (!l.entries().isEmpty() && l.entries().get(l.entries().size() - 1).at().isAfter(at)) {
          throw new InvalidValueException("HouseholdPools.redeem.at", at,
              "an instant at or after every member's last entry (ledgers are append-only)");
        }
        l.statementAt(programme, at).openLots().forEach(lot -> lots.add(new Owned(m, lot)));
      }
    }
    long pool = lots.stream().mapToLong(o -> o.lot().points()).sum();
    if (pool < reward.points()) {
      return new PoolRedemption(ledgers,
          Optional.of(new PointsRefusal(member, at, RefusalReason.INSUFFICIENT_BALANCE, reward.points(), pool)));
    }
    lots.sort(Comparator.comparing((Owned o) -> o.lot().expiresAt()).thenComparing(o -> o.lot().creditedAt())
        .thenComparing(Owned::member));
    Map<CustomerId, Long> shares = new TreeMap<>();
    long left = reward.points();
    for (Owned o : lots) {
      if (left == 0) {
        break;
      }
      long take = Math.min(left, o.lot().points());
      shares.merge(o.member(), take, Long::sum);
      left -= take;
    }
    Map<CustomerId, PointsLedger> next = new HashMap<>(ledgers);
    shares.forEach((m, points) -> next.put(m, ledgers.get(m).append(programme, LedgerEntry.builder().id(entryId)
        .member(m).at(at).kind(EntryKind.REDEEM).points(points).reference(rewardId).build()).ledger()));
    return new PoolRedemption(next, Optional.empty());
  }

  /**
   * Transfers {@code points} from one member's ledger to another's; refused unless both are
   * current members of {@code household}, or when the giver's balance is short. The points
   * received form a new lot, credited (and so expiring) from the transfer's instant.
   */
  public static PointsTransfer transfer(LoyaltyProgramme programme, Household household, PointsLedger from,
      PointsLedger to, long points, String entryId, Instant at) {
    Checks.present(programme, "HouseholdPools.transfer.programme");
    Checks.present(household, "HouseholdPools.transfer.household");
    Checks.present(from, "HouseholdPools.transfer.from");
    Checks.present(to, "HouseholdPools.transfer.to");
    Set<CustomerId> members = household.membersAt(Checks.present(at, "HouseholdPools.transfer.at"));
    if (!members.contains(from.member()) || !members.contains(to.member())) {
      return new PointsTransfer(from, to,
          Optional.of(new PointsRefusal(from.member(), at, RefusalReason.NOT_IN_SAME_HOUSEHOLD, points, 0)));
    }
    LedgerChange out = from.append(programme, LedgerEntry.builder().id(entryId).member(from.member()).at(at)
        .kind(EntryKind.TRANSFER_OUT).points(points).counterparty(to.member()).build());
    if (!out.accepted()) {
      return new PointsTransfer(from, to, out.refusal());
    }
    LedgerChange in = to.append(programme, LedgerEntry.builder().id(entryId).member(to.member()).at(at)
        .kind(EntryKind.TRANSFER_IN).points(points).counterparty(from.member()).build());
    return new PointsTransfer(out.ledger(), in.ledger(), Optional.empty());
  }
}
