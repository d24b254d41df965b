package org.completecrm.core;

/**
 * Validation shared by the identifier records.
 *
 * <p>Each identifier record writes out its {@code equals} (same type, same text) and {@code
 * hashCode} (its text's hash, the value the generated one gives) rather than using the record's
 * generated methods: those go through method handles that the JIT does not always inline, and
 * identifiers are hash-map keys on every decision's path (offers in the timeline index, for one).
 */
final class Ids {
  static final int MAX_LENGTH = 200;

  private Ids() {}

  static void validate(String value, String field) {
    if (value == null) {
      throw new InvalidValueException(field, "null", "a non-blank identifier");
    }
    if (value.isBlank() || value.length() > MAX_LENGTH) {
      throw new InvalidValueException(
          field, value, "a non-blank identifier of at most " + MAX_LENGTH + " characters");
    }
    for (int i = 0; i < value.length(); i++) {
      if (Character.isISOControl(value.charAt(i))) {
        throw new InvalidValueException(field, value, "an identifier without control characters");
      }
    }
  }
}
