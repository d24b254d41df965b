package org.completecrm.core.identity;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.completecrm.core.InvalidValueException;

/**
 * Where a piece of customer data came from: a source system (billing, fulfilment, web shop,
 * contact centre) and the record's key in that system.
 *
 * @param system the source system's name, for example {@code "billing"}
 * @param key the record's key inside that system
 */
public record SourceIdentity(String system, String key) implements Comparable<SourceIdentity> {
  /** Validates both parts: non-blank. */
  @JsonCreator
  public SourceIdentity(@JsonProperty("system") String system, @JsonProperty("key") String key) {
    if (system == null || system.isBlank()) {
      throw new InvalidValueException("SourceIdentity.system", system, "a non-blank system name");
    }
    if (key == null || key.isBlank()) {
      throw new InvalidValueException("SourceIdentity.key", key, "a non-blank record key");
    }
    this.system = system;
    this.key = key;
  }

  /** The identity of record {@code key} in {@code system}. */
  public static SourceIdentity of(String system, String key) {
    return new SourceIdentity(system, key);
  }

  @Override
  public int compareTo(SourceIdentity o) {
    int c = system.compareTo(o.system);
    return c != 0 ? c : key.compareTo(o.key);
  }

  /**
   * The identity for error messages, with the record key masked to its last two characters: {@code
   * "billing:***11"}. A record key can identify a person (a customer number, an e-mail used as key).
   */
  public String masked() {
    return system + ":" + org.completecrm.core.Redaction.tail(key);
  }

  /** For example {@code "billing:4711"}. */
  @Override
  public String toString() {
    return system + ":" + key;
  }
}
