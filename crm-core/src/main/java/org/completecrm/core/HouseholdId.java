package org.completecrm.core;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Identifier of a household, the unit of relationship and value; compared by its text, serialised to JSON as a plain string. */
public record HouseholdId(String value) implements Comparable<HouseholdId> {
  /** Validates the text: non-blank, at most 200 characters, no control characters. */
  public HouseholdId {
    Ids.validate(value, "HouseholdId.value");
  }

  /** The identifier with the given text. */
  @JsonCreator
  public static HouseholdId of(String value) {
    return new HouseholdId(value);
  }

  @JsonValue
  @Override
  public String value() {
    return value;
  }

  // Equality and hash written out, as for every id (see Ids).
  @Override
  public boolean equals(Object o) {
    return o == this || o instanceof HouseholdId other && value.equals(other.value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  @Override
  public int compareTo(HouseholdId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
