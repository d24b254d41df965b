package org.completecrm.core;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Identifier of a service case or complaint; compared by its text, serialised to JSON as a plain string. */
public record CaseId(String value) implements Comparable<CaseId> {
  /** Validates the text: non-blank, at most 200 characters, no control characters. */
  public CaseId {
    Ids.validate(value, "CaseId.value");
  }

  /** The identifier with the given text. */
  @JsonCreator
  public static CaseId of(String value) {
    return new CaseId(value);
  }

  @JsonValue
  @Override
  public String value() {
    return value;
  }

  // Equality and hash written out, as for every id (see Ids).
  @Override
  public boolean equals(Object o) {
    return o == this || o instanceof CaseId other && value.equals(other.value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  @Override
  public int compareTo(CaseId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
