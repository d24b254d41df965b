package org.completecrm.core;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Identifier of a customer (a person or organisation); compared by its text, serialised to JSON as a plain string. */
public record CustomerId(String value) implements Comparable<CustomerId> {
  /** Validates the text: non-blank, at most 200 characters, no control characters. */
  public CustomerId {
    Ids.validate(value, "CustomerId.value");
  }

  /** The identifier with the given text. */
  @JsonCreator
  public static CustomerId of(String value) {
    return new CustomerId(value);
  }

  @JsonValue
  @Override
  public String value() {
    return value;
  }

  // Equality and hash written out, as for every id (see Ids).
  @Override
  public boolean equals(Object o) {
    return o == this || o instanceof CustomerId other && value.equals(other.value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  @Override
  public int compareTo(CustomerId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
