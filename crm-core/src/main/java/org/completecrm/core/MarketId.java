package org.completecrm.core;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Identifier of a prediction market the firm runs among customers; compared by its text, serialised to JSON as a plain string. */
public record MarketId(String value) implements Comparable<MarketId> {
  /** Validates the text: non-blank, at most 200 characters, no control characters. */
  public MarketId {
    Ids.validate(value, "MarketId.value");
  }

  /** The identifier with the given text. */
  @JsonCreator
  public static MarketId of(String value) {
    return new MarketId(value);
  }

  @JsonValue
  @Override
  public String value() {
    return value;
  }

  // Equality and hash written out, as for every id (see Ids).
  @Override
  public boolean equals(Object o) {
    return o == this || o instanceof MarketId other && value.equals(other.value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  @Override
  public int compareTo(MarketId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
