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
import org.jspecify.annotations.Nullable;

/**
 * A customer's append-only consent ledger, and the effective consent for a channel and purpose
 * at any instant.
 *
 * <p>Effective consent is a function of the entries alone, whatever order they were appended
 * in: the latest entry in effect at the instant decides (see {@link ConsentEntry#EFFECT_ORDER}:
 * a withdrawal at the same instant as a grant wins; an entry with a start in the future counts
 * from its start); a grant whose expiry has passed is {@link ConsentStatus#EXPIRED}; with no entry
 * consent was {@link ConsentStatus#NEVER_GIVEN}. Double opt-in: a {@link ConsentAction#REQUESTED}
 * entry is {@link ConsentStatus#PENDING_CONFIRMATION}, never consent; a {@link
 * ConsentAction#CONFIRMED} entry right after it grants consent (with the confirmation's expiry, or
 * else the request's); a confirmation after anything else is ignored.
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

  /**
   * The effective consent for {@code channel} and {@code purpose} at {@code at}, for the channel as
   * a whole: entries about one contact point do not count.
   */
  public EffectiveConsent effective(Channel channel, Purpose purpose, Instant at) {
    Checks.present(channel, "ConsentLedger.effective.channel");
    Checks.present(purpose, "ConsentLedger.effective.purpose");
    Checks.present(at, "ConsentLedger.effective.at");
    return fold(channel, purpose, null, at);
  }

  /**
   * The effective consent for {@code channel} and {@code purpose} at {@code at} for one contact
   * point: the latest of the entries for the whole channel and those for this contact point decides.
   */
  public EffectiveConsent effective(Channel channel, Purpose purpose, String contactPoint, Instant at) {
    Checks.present(channel, "ConsentLedger.effective.channel");
    Checks.present(purpose, "ConsentLedger.effective.purpose");
    Checks.notBlank(contactPoint, "ConsentLedger.effective.contactPoint");
    Checks.present(at, "ConsentLedger.effective.at");
    return fold(channel, purpose, contactPoint, at);
  }

  private EffectiveConsent fold(Channel channel, Purpose purpose, @Nullable String point, Instant at) {
    ConsentEntry e = latest(channel, purpose, point, at, null);
    // A confirmation counts only right after a request; otherwise it is as if it were not there.
    ConsentEntry request = null;
    while (e != null && e.action() == ConsentAction.CONFIRMED) {
      ConsentEntry before = latest(channel, purpose, point, at, e);
      if (before != null && before.action() == ConsentAction.REQUESTED) {
        request = before;
        break;
      }
      e = before;
    }
    if (e == null) {
      return new EffectiveConsent(channel, purpose, at, ConsentStatus.NEVER_GIVEN, Optional.empty());
    }
    Optional<Instant> expires = e.expiresAt().isPresent() || request == null ? e.expiresAt() : request.expiresAt();
    ConsentStatus status;
    if (e.action() == ConsentAction.WITHDRAWN) {
      status = ConsentStatus.WITHDRAWN;
    } else if (e.action() == ConsentAction.REQUESTED) {
      status = ConsentStatus.PENDING_CONFIRMATION;
    } else if (expires.isPresent() && !at.isBefore(expires.get())) {
      status = ConsentStatus.EXPIRED;
    } else {
      status = ConsentStatus.GRANTED;
    }
    return new EffectiveConsent(channel, purpose, at, status, Optional.of(e));
  }

  /** The latest entry in effect at {@code at} for the channel, purpose and point, before {@code below} if given. */
  private @Nullable ConsentEntry latest(
      Channel channel, Purpose purpose, @Nullable String point, Instant at, @Nullable ConsentEntry below) {
    ConsentEntry e = null;
    List<ConsentEntry> entries = entries();
    for (int i = 0; i < entries.size(); i++) {
      ConsentEntry x = entries.get(i);
      if (x.channel() == channel && x.purpose() == purpose && !x.effectiveFrom().isAfter(at)
          && (x.contactPoint().isEmpty() || x.contactPoint().get().equals(point))
          && (below == null || ConsentEntry.EFFECT_ORDER.compare(x, below) < 0)
          && (e == null || ConsentEntry.EFFECT_ORDER.compare(x, e) > 0)) {
        e = x;
      }
    }
    return e;
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
