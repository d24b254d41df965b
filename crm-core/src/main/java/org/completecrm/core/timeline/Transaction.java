package org.completecrm.core.timeline;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.completecrm.core.CustomerId;
import org.completecrm.core.EventId;
import org.completecrm.core.InvalidValueException;
import org.completecrm.core.Money;
import org.completecrm.core.channel.Channel;
import org.completecrm.core.identity.SourceIdentity;
import org.completecrm.core.Checks;
import org.immutables.value.Value;

/** A purchase or refund with its amount. */
@Value.Immutable
@JsonSerialize(as = ImmutableTransaction.class)
@JsonDeserialize(as = ImmutableTransaction.class)
public abstract class Transaction implements TimelineEvent {
  Transaction() {}

  /** A builder. */
  public static ImmutableTransaction.Builder builder() {
    return ImmutableTransaction.builder();
  }

  @Override
  public abstract EventId id();

  @Override
  public abstract CustomerId customer();

  @Override
  public abstract Instant at();

  @Override
  public abstract Optional<SourceIdentity> source();

  /** The amount paid (refunds carry a positive amount and kind REFUND). */
  public abstract Money amount();

  /** Purchase or refund. */
  public abstract TransactionKind kind();

  /** The product or product line, if known. */
  public abstract Optional<String> product();

  /** The contribution margin, if known (same currency as the amount). */
  public abstract Optional<Money> margin();

  /** The channel it was made through, if known. */
  public abstract Optional<Channel> channel();

  /** Further attributes from the source system. */
  public abstract Map<String, String> attributes();

  /** The amount with its sign: positive for a purchase, negative for a refund. */
  public org.completecrm.core.Money signedAmount() {
    return kind() == TransactionKind.REFUND ? amount().negate() : amount();
  }

  @Value.Check
  void check() {
    Checks.present(id(), "Transaction.id");
    Checks.present(customer(), "Transaction.customer");
    Checks.instant(at(), "Transaction.at");
    Checks.present(amount(), "Transaction.amount");
    Checks.present(kind(), "Transaction.kind");
    Checks.noNulls(attributes(), "Transaction.attributes");
    if (amount().signum() < 0) {
      throw new InvalidValueException("Transaction.amount", amount(), "an amount >= 0 (use kind REFUND for money returned)");
    }
    margin().ifPresent(m -> {
      if (!m.currency().equals(amount().currency())) {
        throw new InvalidValueException("Transaction.margin.currency", m.currency(), "the amount's currency " + amount().currency());
      }
    });
  }

  @Override
  public String toString() {
    return "Transaction{" + id() + ", " + customer() + ", " + at() + "}";
  }
}
