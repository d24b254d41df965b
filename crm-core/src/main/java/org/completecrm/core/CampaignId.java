package org.completecrm.core;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Identifier of a marketing campaign; compared by its text, serialised to JSON as a plain string. */
public record CampaignId(String value) implements Comparable<CampaignId> {
  /** Validates the text: non-blank, at most 200 characters, no control characters. */
  public CampaignId {
    Ids.validate(value, "CampaignId.value");
  }

  /** The identifier with the given text. */
  @JsonCreator
  public static CampaignId of(String value) {
    return new CampaignId(value);
  }

  @JsonValue
  @Override
  public String value() {
    return value;
  }

  // Equality and hash written out, as for every id (see Ids).
  @Override
  public boolean equals(Object o) {
    return o == this || o instanceof CampaignId other && value.equals(other.value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  @Override
  public int compareTo(CampaignId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
