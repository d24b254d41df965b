package org.completecrm.core;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Identifier of a record in a source system (billing, fulfilment, web shop, contact centre); compared by its text, serialised to JSON as a plain string. */
public record SourceRecordId(String value) implements Comparable<SourceRecordId> {
  /** Validates the text: non-blank, at most 200 characters, no control characters. */
  public SourceRecordId {
    Ids.validate(value, "SourceRecordId.value");
  }

  /** The identifier with the given text. */
  @JsonCreator
  public static SourceRecordId of(String value) {
    return new SourceRecordId(value);
  }

  @JsonValue
  @Override
  public String value() {
    return value;
  }

  // Equality and hash written out, as for every id (see Ids).
  @Override
  public boolean equals(Object o) {
    return o == this || o instanceof SourceRecordId other && value.equals(other.value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  @Override
  public int compareTo(SourceRecordId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
