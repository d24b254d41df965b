package org.completecrm.core.loyalty;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.Instant;
import java.util.Optional;
import org.completecrm.core.CustomerId;
import org.completecrm.core.InvalidValueException;
import org.completecrm.core.Money;
import org.completecrm.core.Checks;
import org.immutables.value.Value;

/**
 * One entry of a member's points ledger: what happened, when, and how many points.
 *
 * <p>Earn entries carry the spend (they may earn 0 points, so that spend still counts towards a
 * tier); transfers name the other member; redemptions name the reward, bonuses the behaviour and
 * goodwill adjustments their reason, in {@link #reference()}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableLedgerEntry.class)
@JsonDeserialize(as = ImmutableLedgerEntry.class)
public abstract class LedgerEntry {
  LedgerEntry() {}

  /** A builder. */
  public static ImmutableLedgerEntry.Builder builder() {
    return ImmutableLedgerEntry.builder();
  }

  /** The entry's id, unique in the member's ledger. */
  public abstract String id();

  /** The member whose ledger it is. */
  public abstract CustomerId member();

  /** When it happened. */
  public abstract Instant at();

  /** What it records. */
  public abstract EntryKind kind();

  /** The points, at least 1 (0 allowed for an earn entry, whose spend still counts). */
  public abstract long points();

  /** The spend of an earn entry. */
  public abstract Optional<Money> spend();

  /** The reward redeemed, the behaviour rewarded or the goodwill's reason. */
  public abstract Optional<String> reference();

  /** The other member of a transfer. */
  public abstract Optional<CustomerId> counterparty();

  @Value.Check
  void check() {
    Checks.notBlank(id(), "LedgerEntry.id");
    Checks.present(member(), "LedgerEntry.member");
    Checks.present(at(), "LedgerEntry.at");
    Checks.present(kind(), "LedgerEntry.kind");
    long min = kind() == EntryKind.EARN ? 0 : 1;
    if (points() < min) {
      throw new InvalidValueException("LedgerEntry.points", points(), "at least " + min + " point" + (min == 1 ? "" : "s"));
    }
    if (spend().isPresent() != (kind() == EntryKind.EARN)) {
      throw new InvalidValueException("LedgerEntry.spend", spend().map(Object::toString).orElse("absent"),
          "a spend on earn entries and only on them");
    }
    if (spend().isPresent() && spend().get().signum() < 0) {
      throw new InvalidValueException("LedgerEntry.spend", spend().get(), "a spend >= 0");
    }
    boolean transfer = kind() == EntryKind.TRANSFER_IN || kind() == EntryKind.TRANSFER_OUT;
    if (counterparty().isPresent() != transfer) {
      throw new InvalidValueException("LedgerEntry.counterparty", counterparty().map(Object::toString).orElse("absent"),
          "the other member on transfers and only on them");
    }
    if (counterparty().isPresent() && counterparty().get().equals(member())) {
      throw new InvalidValueException("LedgerEntry.counterparty", counterparty().get(), "a member other than " + member());
    }
  }

  @Override
  public String toString() {
    return id() + " " + kind() + " " + points() + " at " + at();
  }
}
