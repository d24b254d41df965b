package org.completecrm.core;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Identifier of an idea customers submitted or the firm proposed; compared by its text, serialised to JSON as a plain string. */
public record IdeaId(String value) implements Comparable<IdeaId> {
  /** Validates the text: non-blank, at most 200 characters, no control characters. */
  public IdeaId {
    Ids.validate(value, "IdeaId.value");
  }

  /** The identifier with the given text. */
  @JsonCreator
  public static IdeaId of(String value) {
    return new IdeaId(value);
  }

  @JsonValue
  @Override
  public String value() {
    return value;
  }

  // Equality and hash written out, as for every id (see Ids).
  @Override
  public boolean equals(Object o) {
    return o == this || o instanceof IdeaId other && value.equals(other.value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  @Override
  public int compareTo(IdeaId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
