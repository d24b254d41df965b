package org.completecrm.core.consent;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.Instant;
import java.util.Comparator;
import java.util.Optional;
import org.completecrm.core.CustomerId;
import org.completecrm.core.InvalidValueException;
import org.completecrm.core.channel.Channel;
import org.completecrm.core.channel.Purpose;
import org.completecrm.core.Checks;
import org.immutables.value.Value;

/**
 * One line of a customer's consent ledger: consent granted or withdrawn for a channel and
 * purpose, when, through which source, with what evidence, and (for a grant) until when.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableConsentEntry.class)
@JsonDeserialize(as = ImmutableConsentEntry.class)
public abstract class ConsentEntry {
  /**
   * The order in which entries take effect: by instant; at the same instant a withdrawal after a
   * grant (withdrawal wins); then by every other attribute, so the order is total.
   */
  public static final Comparator<ConsentEntry> EFFECT_ORDER =
      Comparator.comparing(ConsentEntry::recordedAt)
          .thenComparing(e -> e.action() == ConsentAction.WITHDRAWN)
          .thenComparing(e -> e.expiresAt().orElse(Instant.MAX))
          .thenComparing(ConsentEntry::source)
          .thenComparing(ConsentEntry::evidence);

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

  /** When the entry took effect. */
  public abstract Instant recordedAt();

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
    return channel() + "/" + purpose() + " " + action().name().toLowerCase(java.util.Locale.ROOT) + " "
        + recordedAt().toString() + " via " + source() + expiresAt().map(e -> ", expires " + e).orElse("");
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
    if (expiresAt().isPresent()) {
      if (action() == ConsentAction.WITHDRAWN) {
        throw new InvalidValueException("ConsentEntry.expiresAt", expiresAt().get(), "no expiry on a withdrawal");
      }
      if (!expiresAt().get().isAfter(recordedAt())) {
        throw new InvalidValueException(
            "ConsentEntry.expiresAt", expiresAt().get(), "an instant after recordedAt " + recordedAt());
      }
    }
  }
}
