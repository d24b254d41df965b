package org.completecrm.core;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Identifier of a commitment: something promised to a customer; compared by its text, serialised to JSON as a plain string. */
public record CommitmentId(String value) implements Comparable<CommitmentId> {
  /** Validates the text: non-blank, at most 200 characters, no control characters. */
  public CommitmentId {
    Ids.validate(value, "CommitmentId.value");
  }

  /** The identifier with the given text. */
  @JsonCreator
  public static CommitmentId of(String value) {
    return new CommitmentId(value);
  }

  @JsonValue
  @Override
  public String value() {
    return value;
  }

  // Equality and hash written out, as for every id (see Ids).
  @Override
  public boolean equals(Object o) {
    return o == this || o instanceof CommitmentId other && value.equals(other.value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  @Override
  public int compareTo(CommitmentId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
