package org.completecrm.core.consent;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.Instant;
import java.util.Comparator;
import java.util.Optional;
import org.completecrm.core.CustomerId;
import org.completecrm.core.InvalidValueException;
import org.completecrm.core.PersonalData;
import org.completecrm.core.channel.Channel;
import org.completecrm.core.channel.Purpose;
import org.completecrm.core.Checks;
import org.immutables.value.Value;

/**
 * One line of a customer's consent ledger: consent granted, withdrawn, requested (double opt-in)
 * or confirmed for a channel and purpose (optionally one contact point), when it was recorded and
 * from when it counts, on which legal basis, through which source, with what evidence, and (for a
 * grant) until when. Fields added after 0.2.0 are left out of the JSON when absent, so ledgers
 * written before read and write unchanged.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableConsentEntry.class)
@JsonDeserialize(as = ImmutableConsentEntry.class)
public abstract class ConsentEntry {
  /**
   * The order in which entries take effect: by {@link #effectiveFrom}; at the same instant a grant,
   * then a request, then a confirmation, then a withdrawal (withdrawal wins); then by every other
   * attribute, so the order is total.
   */
  public static final Comparator<ConsentEntry> EFFECT_ORDER =
      Comparator.comparing(ConsentEntry::effectiveFrom)
          .thenComparing(e -> rank(e.action()))
          .thenComparing(e -> e.expiresAt().orElse(Instant.MAX))
          .thenComparing(ConsentEntry::source)
          .thenComparing(ConsentEntry::evidence)
          .thenComparing(ConsentEntry::recordedAt)
          .thenComparing(e -> e.legalBasis().map(Enum::ordinal).orElse(-1))
          .thenComparing(e -> e.contactPoint().orElse(""));

  private static int rank(ConsentAction action) {
    switch (action) {
      case GRANTED:
        return 0;
      case REQUESTED:
        return 1;
      case CONFIRMED:
        return 2;
      default:
        return 3;
    }
  }

  ConsentEntry() {}

  /** A builder. */
  public static ImmutableConsentEntry.Builder builder() {
    return ImmutableConsentEntry.builder();
  }

  /** The customer who gave or withdrew consent. */
  public abstract CustomerId customer();

  /** The channel the entry is about. */
  public abstract Channel channel();

  /** The purpose the entry is about. */
  public abstract Purpose purpose();

  /** Granted or withdrawn. */
  public abstract ConsentAction action();

  /** When the entry was recorded; it takes effect then, or at {@link #startsAt} if given. */
  public abstract Instant recordedAt();

  /** A start in the future: the entry takes effect at this instant, after it was recorded. */
  @JsonInclude(JsonInclude.Include.NON_ABSENT)
  public abstract Optional<Instant> startsAt();

  /** The lawful basis the entry rests on, if recorded. */
  @JsonInclude(JsonInclude.Include.NON_ABSENT)
  public abstract Optional<LegalBasis> legalBasis();

  /**
   * The contact point the entry is about (this address, this number), as the host names it; absent
   * for the whole channel. An entry for a contact point counts only for that contact point.
   */
  @JsonInclude(JsonInclude.Include.NON_ABSENT)
  @PersonalData
  public abstract Optional<String> contactPoint();

  /** When the entry takes effect: {@link #startsAt} if given, else {@link #recordedAt}. */
  @JsonIgnore
  public Instant effectiveFrom() {
    return startsAt().orElse(recordedAt());
  }

  /** For a grant: when it lapses, if it does. */
  public abstract Optional<Instant> expiresAt();

  /** Where it was captured: {@code "web-preference-centre"}, {@code "branch-form"}, {@code "call-recording"}. */
  public abstract String source();

  /** A reference to the evidence: form id, recording id, signed document. */
  public abstract String evidence();

  /** Plain-words description for explanations, e.g. {@code "EMAIL/MARKETING granted 2024-05-01T00:00:00Z via web-form"}. */
  @Value.Lazy
  @JsonIgnore
  public String describe() {
    return channel() + "/" + purpose() + contactPoint().map(c -> " to " + org.completecrm.core.Redaction.tail(c)).orElse("")
        + " " + action().name().toLowerCase(java.util.Locale.ROOT) + " " + recordedAt().toString()
        + startsAt().map(s -> ", from " + s).orElse("") + " via " + source()
        + legalBasis().map(b -> " (" + b.name().toLowerCase(java.util.Locale.ROOT) + ")").orElse("")
        + expiresAt().map(e -> ", expires " + e).orElse("");
  }

  @Value.Check
  void check() {
    Checks.present(customer(), "ConsentEntry.customer");
    Checks.present(channel(), "ConsentEntry.channel");
    Checks.present(purpose(), "ConsentEntry.purpose");
    Checks.present(action(), "ConsentEntry.action");
    Checks.present(recordedAt(), "ConsentEntry.recordedAt");
    Checks.notBlank(source(), "ConsentEntry.source");
    Checks.notBlank(evidence(), "ConsentEntry.evidence");
    contactPoint().ifPresent(c -> Checks.notBlank(c, "ConsentEntry.contactPoint"));
    if (startsAt().isPresent() && !startsAt().get().isAfter(recordedAt())) {
      throw new InvalidValueException("ConsentEntry.startsAt", startsAt().get(), "an instant after recordedAt " + recordedAt());
    }
    if (expiresAt().isPresent()) {
      if (action() == ConsentAction.WITHDRAWN) {
        throw new InvalidValueException("ConsentEntry.expiresAt", expiresAt().get(), "no expiry on a withdrawal");
      }
      if (!expiresAt().get().isAfter(effectiveFrom())) {
        throw new InvalidValueException("ConsentEntry.expiresAt", expiresAt().get(),
            "an instant after " + (startsAt().isPresent() ? "startsAt " : "recordedAt ") + effectiveFrom());
      }
    }
  }

  /** The entry with the contact point masked to its last characters: it is personal data. */
  @Override
  public String toString() {
    return "ConsentEntry{customer=" + customer() + ", channel=" + channel() + ", purpose=" + purpose() + ", action="
        + action() + ", recordedAt=" + recordedAt() + startsAt().map(x -> ", startsAt=" + x).orElse("")
        + expiresAt().map(x -> ", expiresAt=" + x).orElse("") + legalBasis().map(x -> ", legalBasis=" + x).orElse("")
        + contactPoint().map(x -> ", contactPoint=" + org.completecrm.core.Redaction.tail(x)).orElse("")
        + ", source=" + source() + ", evidence=" + evidence() + "}";
  }
}
