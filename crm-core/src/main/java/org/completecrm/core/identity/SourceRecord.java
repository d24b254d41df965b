package org.completecrm.core.identity;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.completecrm.core.InvalidValueException;
import org.completecrm.core.PersonalData;
import org.completecrm.core.Checks;
import org.immutables.value.Value;

/**
 * A record about a person in one source system: its identity (system and key), its typed
 * attributes as the source holds them, free attributes, which attributes the source verified,
 * and when the source last changed it.
 *
 * <p>Values are kept as given (standardisation happens when matching), so resolution is lossless:
 * the record that goes in is the record that comes out of an unmerge. {@code toString} never
 * prints personal data.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableSourceRecord.class)
@JsonDeserialize(as = ImmutableSourceRecord.class)
public abstract class SourceRecord {
  SourceRecord() {}

  /** A builder. */
  public static ImmutableSourceRecord.Builder builder() {
    return ImmutableSourceRecord.builder();
  }

  /** The record's system and key. */
  public abstract SourceIdentity identity();

  /** Typed attributes (never {@link AttributeType#OTHER}; those go to {@link #freeAttributes()}). */
  @PersonalData
  public abstract Map<AttributeType, String> attributes();

  /** Attributes without a type, by the source's column name. */
  @PersonalData
  public abstract Map<String, String> freeAttributes();

  /** Attributes the source has verified (an e-mail confirmed by a link, an account id checked). */
  public abstract Set<AttributeType> verified();

  /** When the source last changed the record, if known (used by "most recent" survivorship). */
  public abstract Optional<Instant> updatedAt();

  /** The attribute's value, if present and not blank. */
  public Optional<String> get(AttributeType type) {
    String v = attributes().get(type);
    return v == null || v.isBlank() ? Optional.empty() : Optional.of(v);
  }

  /** Whether the attribute is present and verified by the source. */
  public boolean isVerified(AttributeType type) {
    return verified().contains(type) && get(type).isPresent();
  }

  @Value.Check
  void check() {
    Checks.present(identity(), "SourceRecord.identity");
    Checks.noNulls(attributes(), "SourceRecord.attributes");
    Checks.noNulls(freeAttributes(), "SourceRecord.freeAttributes");
    Checks.noNulls(verified(), "SourceRecord.verified");
    if (attributes().containsKey(AttributeType.OTHER)) {
      throw new InvalidValueException(
          "SourceRecord.attributes", "OTHER", "typed attributes only (OTHER values go to freeAttributes)");
    }
  }

  @Override
  public String toString() {
    return "SourceRecord{" + identity() + ", attributes=" + attributes().keySet() + "}";
  }
}
