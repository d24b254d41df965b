package org.completecrm.core;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Identifier of a team that owns work (contact centre, branch, back office); compared by its text, serialised to JSON as a plain string. */
public record TeamId(String value) implements Comparable<TeamId> {
  /** Validates the text: non-blank, at most 200 characters, no control characters. */
  public TeamId {
    Ids.validate(value, "TeamId.value");
  }

  /** The identifier with the given text. */
  @JsonCreator
  public static TeamId of(String value) {
    return new TeamId(value);
  }

  @JsonValue
  @Override
  public String value() {
    return value;
  }

  // Equality and hash written out, as for every id (see Ids).
  @Override
  public boolean equals(Object o) {
    return o == this || o instanceof TeamId other && value.equals(other.value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  @Override
  public int compareTo(TeamId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
