package org.completecrm.core;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Identifier of an event on a customer's timeline (interaction, transaction, offer, case change); compared by its text, serialised to JSON as a plain string. */
public record EventId(String value) implements Comparable<EventId> {
  /** Validates the text: non-blank, at most 200 characters, no control characters. */
  public EventId {
    Ids.validate(value, "EventId.value");
  }

  /** The identifier with the given text. */
  @JsonCreator
  public static EventId of(String value) {
    return new EventId(value);
  }

  @JsonValue
  @Override
  public String value() {
    return value;
  }

  // Equality and hash written out, as for every id (see Ids).
  @Override
  public boolean equals(Object o) {
    return o == this || o instanceof EventId other && value.equals(other.value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  @Override
  public int compareTo(EventId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
