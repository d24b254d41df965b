package org.completecrm.core.loyalty;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.completecrm.core.CustomerId;
import org.completecrm.core.InvalidValueException;
import org.completecrm.core.Money;
import org.completecrm.core.channel.Channel;
import org.completecrm.core.Checks;
import org.immutables.value.Value;

/**
 * A member's append-only points ledger. Everything else (balance, points expiring next, tier) is
 * derived from it as of an instant by {@link #statementAt}, never stored.
 *
 * <p>Entries are appended in time order; a debit beyond the balance (a redemption, a transfer)
 * is refused as a value ({@link LedgerChange#refusal()}), never written.
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePointsLedger.class)
@JsonDeserialize(as = ImmutablePointsLedger.class)
public abstract class PointsLedger {
  PointsLedger() {}

  /** A builder. */
  public static ImmutablePointsLedger.Builder builder() {
    return ImmutablePointsLedger.builder();
  }

  /** The empty ledger of {@code member}. */
  public static PointsLedger empty(CustomerId member) {
    return builder().member(member).build();
  }

  /** The member. */
  public abstract CustomerId member();

  /** The entries, in time order. */
  public abstract List<LedgerEntry> entries();

  /**
   * The member's points as of {@code at}: entries up to and including {@code at}, lots expired at
   * or before it.
   *
   * @throws InvalidValueException if an entry spends more than the balance (a ledger not written through this class)
   */
  public PointsStatement statementAt(LoyaltyProgramme programme, Instant at) {
    return ProgrammeLedger.of(List.of(this)).statementsAt(programme, at).statement(0);
  }

  /** Records a purchase: the points the programme's earning rules give for it, and its spend. */
  public PointsLedger earn(LoyaltyProgramme programme, String entryId, Money spend, Optional<String> product,
      Optional<Channel> channel, Instant at) {
    Checks.present(programme, "PointsLedger.earn.programme");
    Checks.present(spend, "PointsLedger.earn.spend");
    if (!spend.currency().equals(programme.currency())) {
      throw new InvalidValueException("PointsLedger.earn.spend", spend, "a spend in the programme's currency " + programme.currency());
    }
    long points = programme.pointsFor(spend.amount().doubleValue(), product, channel);
    return appendUnchecked(LedgerEntry.builder().id(entryId).member(member()).at(at).kind(EntryKind.EARN)
        .points(points).spend(spend).reference(product).build());
  }

  /** Credits the programme's bonus for {@code behaviour}. */
  public PointsLedger bonus(LoyaltyProgramme programme, String entryId, String behaviour, Instant at) {
    Checks.present(programme, "PointsLedger.bonus.programme");
    BehaviourBonus b = programme.bonusFor(behaviour).orElseThrow(() -> new InvalidValueException(
        "PointsLedger.bonus.behaviour", behaviour, "a behaviour the programme rewards " + programme.bonuses().stream()
            .map(BehaviourBonus::behaviour).toList()));
    return appendUnchecked(LedgerEntry.builder().id(entryId).member(member()).at(at).kind(EntryKind.BONUS)
        .points(b.points()).reference(behaviour).build());
  }

  /** Redeems reward {@code rewardId}; refused when the balance at {@code at} is short of its points. */
  public LedgerChange redeem(LoyaltyProgramme programme, String entryId, String rewardId, Instant at) {
    Checks.present(programme, "PointsLedger.redeem.programme");
    Reward r = programme.reward(rewardId).orElseThrow(() -> new InvalidValueException(
        "PointsLedger.redeem.rewardId", rewardId, "a reward of the catalogue " + programme.rewards().stream()
            .map(Reward::id).toList()));
    return append(programme, LedgerEntry.builder().id(entryId).member(member()).at(at).kind(EntryKind.REDEEM)
        .points(r.points()).reference(rewardId).build());
  }

  /**
   * Credits goodwill points from the frontline; refused above the programme's limit for the
   * member's tier {@code tierId}.
   */
  public LedgerChange goodwill(LoyaltyProgramme programme, String entryId, long points, String tierId, String reason,
      Instant at) {
    Checks.present(programme, "PointsLedger.goodwill.programme");
    if (programme.tierIndex(tierId).isEmpty()) {
      throw new InvalidValueException("PointsLedger.goodwill.tierId", tierId, "a tier of the programme");
    }
    long limit = programme.goodwill().limitFor(tierId);
    if (points > limit) {
      return new LedgerChange(this, Optional.of(
          new PointsRefusal(member(), at, RefusalReason.ABOVE_GOODWILL_LIMIT, points, limit)));
    }
    return new LedgerChange(appendUnchecked(LedgerEntry.builder().id(entryId).member(member()).at(at)
        .kind(EntryKind.ADJUST).points(points).reference(reason).build()), Optional.empty());
  }

  /**
   * Appends an entry; a debit beyond the balance as of its instant is refused.
   *
   * @throws InvalidValueException if the entry is another member's, earlier than the last entry, or reuses an id
   */
  public LedgerChange append(LoyaltyProgramme programme, LedgerEntry entry) {
    Checks.present(programme, "PointsLedger.append.programme");
    Checks.present(entry, "PointsLedger.append.entry");
    if (!entry.kind().isCredit()) {
      long balance = statementAt(programme, entry.at()).balance();
      if (entry.points() > balance) {
        return new LedgerChange(this, Optional.of(
            new PointsRefusal(member(), entry.at(), RefusalReason.INSUFFICIENT_BALANCE, entry.points(), balance)));
      }
    }
    return new LedgerChange(appendUnchecked(entry), Optional.empty());
  }

  private PointsLedger appendUnchecked(LedgerEntry entry) {
    List<LedgerEntry> next = new ArrayList<>(entries().size() + 1);
    next.addAll(entries());
    next.add(entry);
    return builder().member(member()).entries(next).build();
  }

  @Value.Check
  void check() {
    Checks.present(member(), "PointsLedger.member");
    Checks.noNulls(entries(), "PointsLedger.entries");
    Set<String> ids = new HashSet<>();
    Instant last = Instant.MIN;
    for (int i = 0; i < entries().size(); i++) {
      LedgerEntry e = entries().get(i);
      if (!e.member().equals(member())) {
        throw new InvalidValueException("PointsLedger.entries[" + i + "].member", e.member(), "the ledger's member " + member());
      }
      if (e.at().isBefore(last)) {
        throw new InvalidValueException("PointsLedger.entries[" + i + "].at", e.at(),
            "an instant at or after the entry before it, " + last + " (the ledger is append-only)");
      }
      if (!ids.add(e.id())) {
        throw new InvalidValueException("PointsLedger.entries[" + i + "].id", e.id(), "an entry id used only once");
      }
      last = e.at();
    }
  }

  @Override
  public String toString() {
    return "PointsLedger{" + member() + ", entries=" + entries().size() + "}";
  }
}
