package org.completecrm.core.consent;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.Optional;
import org.completecrm.core.InvalidValueException;
import org.completecrm.core.channel.Channel;
import org.completecrm.core.channel.Purpose;

/**
 * Whether a customer may be contacted on a channel for a purpose at an instant, and the ledger
 * entry that decides it (absent when consent was never given).
 *
 * @param channel the channel asked about
 * @param purpose the purpose asked about
 * @param at the instant asked about
 * @param status the resulting state
 * @param decidingEntry the entry that decides the state, if any
 */
public record EffectiveConsent(
    Channel channel, Purpose purpose, Instant at, ConsentStatus status, Optional<ConsentEntry> decidingEntry) {

  /** Validates the parts. */
  @JsonCreator
  public EffectiveConsent(
      @JsonProperty("channel") Channel channel,
      @JsonProperty("purpose") Purpose purpose,
      @JsonProperty("at") Instant at,
      @JsonProperty("status") ConsentStatus status,
      @JsonProperty("decidingEntry") Optional<ConsentEntry> decidingEntry) {
    if (channel == null || purpose == null || at == null || status == null) {
      throw new InvalidValueException("EffectiveConsent", "null", "channel, purpose, at and status");
    }
    this.channel = channel;
    this.purpose = purpose;
    this.at = at;
    this.status = status;
    this.decidingEntry = decidingEntry == null ? Optional.empty() : decidingEntry;
    if ((status == ConsentStatus.NEVER_GIVEN) != this.decidingEntry.isEmpty()) {
      throw new InvalidValueException(
          "EffectiveConsent.decidingEntry", this.decidingEntry, "an entry exactly when consent was ever given");
    }
  }

  /** Whether contact is allowed. */
  public boolean allowed() {
    return status == ConsentStatus.GRANTED;
  }

  /** A sentence for explanations: {@code "EMAIL/MARKETING: withdrawn 2024-06-01T00:00:00Z via call-centre"}. */
  public String describe() {
    if (decidingEntry.isEmpty()) {
      return channel + "/" + purpose + ": never given";
    }
    return channel + "/" + purpose + ": " + STATUS_WORDS[status.ordinal()] + " (" + decidingEntry.get().describe() + ")";
  }

  private static final String[] STATUS_WORDS = statusWords();

  private static String[] statusWords() {
    ConsentStatus[] all = ConsentStatus.values();
    String[] words = new String[all.length];
    for (ConsentStatus s : all) {
      words[s.ordinal()] = s.name().toLowerCase(java.util.Locale.ROOT);
    }
    return words;
  }
}
