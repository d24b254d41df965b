package org.completecrm.core.consent;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.completecrm.core.CustomerId;
import org.completecrm.core.InvalidValueException;
import org.completecrm.core.channel.Channel;
import org.completecrm.core.channel.Purpose;
import org.completecrm.core.Checks;
import org.immutables.value.Value;

/**
 * A customer's append-only consent ledger, and the effective consent for a channel and purpose
 * at any instant.
 *
 * <p>Effective consent is a function of the entries alone, whatever order they were appended
 * in: the latest entry at or before the instant decides (see {@link ConsentEntry#EFFECT_ORDER}:
 * a withdrawal at the same instant as a grant wins); a grant whose expiry has passed is {@link
 * ConsentStatus#EXPIRED}; with no entry consent was {@link ConsentStatus#NEVER_GIVEN}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableConsentLedger.class)
@JsonDeserialize(as = ImmutableConsentLedger.class)
public abstract class ConsentLedger {
  ConsentLedger() {}

  /** An empty ledger for a customer. */
  public static ConsentLedger empty(CustomerId customer) {
    return ImmutableConsentLedger.builder().customer(customer).build();
  }

  /** A builder. */
  public static ImmutableConsentLedger.Builder builder() {
    return ImmutableConsentLedger.builder();
  }

  /** Whose ledger it is. */
  public abstract CustomerId customer();

  /** Entries in the order they were appended. */
  public abstract List<ConsentEntry> entries();

  /** The ledger with {@code entry} appended; fails if it belongs to another customer. */
  public ConsentLedger append(ConsentEntry entry) {
    Checks.present(entry, "ConsentLedger.append.entry");
    return ImmutableConsentLedger.builder().from(this).addEntries(entry).build();
  }

  /** The effective consent for {@code channel} and {@code purpose} at {@code at}. */
  public EffectiveConsent effective(Channel channel, Purpose purpose, Instant at) {
    Checks.present(channel, "ConsentLedger.effective.channel");
    Checks.present(purpose, "ConsentLedger.effective.purpose");
    Checks.present(at, "ConsentLedger.effective.at");
    ConsentEntry e = null;
    List<ConsentEntry> entries = entries();
    for (int i = 0; i < entries.size(); i++) {
      ConsentEntry x = entries.get(i);
      if (x.channel() == channel && x.purpose() == purpose && !x.recordedAt().isAfter(at)
          && (e == null || ConsentEntry.EFFECT_ORDER.compare(x, e) > 0)) {
        e = x;
      }
    }
    if (e == null) {
      return new EffectiveConsent(channel, purpose, at, ConsentStatus.NEVER_GIVEN, Optional.empty());
    }
    Optional<ConsentEntry> latest = Optional.of(e);
    Optional<Instant> expires = e.expiresAt();
    ConsentStatus status;
    if (e.action() == ConsentAction.WITHDRAWN) {
      status = ConsentStatus.WITHDRAWN;
    } else if (expires.isPresent() && !at.isBefore(expires.get())) {
      status = ConsentStatus.EXPIRED;
    } else {
      status = ConsentStatus.GRANTED;
    }
    return new EffectiveConsent(channel, purpose, at, status, latest);
  }

  /** Whether contact on {@code channel} for {@code purpose} is allowed at {@code at}. */
  public boolean allows(Channel channel, Purpose purpose, Instant at) {
    return effective(channel, purpose, at).allowed();
  }

  @Value.Check
  void check() {
    Checks.present(customer(), "ConsentLedger.customer");
    Checks.noNulls(entries(), "ConsentLedger.entries");
    for (int i = 0; i < entries().size(); i++) {
      if (!entries().get(i).customer().equals(customer())) {
        throw new InvalidValueException(
            "ConsentLedger.entries[" + i + "].customer", entries().get(i).customer(), "the ledger's customer " + customer());
      }
    }
  }

  @Override
  public String toString() {
    return "ConsentLedger{" + customer() + ", entries=" + entries().size() + "}";
  }
}
