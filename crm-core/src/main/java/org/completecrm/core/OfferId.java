package org.completecrm.core;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Identifier of an offer or service action that can be presented to a customer; compared by its text, serialised to JSON as a plain string. */
public record OfferId(String value) implements Comparable<OfferId> {
  /** Validates the text: non-blank, at most 200 characters, no control characters. */
  public OfferId {
    Ids.validate(value, "OfferId.value");
  }

  /** The identifier with the given text. */
  @JsonCreator
  public static OfferId of(String value) {
    return new OfferId(value);
  }

  @JsonValue
  @Override
  public String value() {
    return value;
  }

  // Equality and hash written out, as for every id (see Ids).
  @Override
  public boolean equals(Object o) {
    return o == this || o instanceof OfferId other && value.equals(other.value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  @Override
  public int compareTo(OfferId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
