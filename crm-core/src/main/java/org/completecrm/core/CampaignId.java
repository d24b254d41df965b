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

  @Override
  public int compareTo(CampaignId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
