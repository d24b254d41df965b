package org.completecrm.core;

import java.util.Optional;

/**
 * Invalid input: names the field, the rejected value and what was expected, and the JSON path
 * when the value came from JSON.
 *
 * <p>Message shape: {@code ConsentEntry.expiresAt: expected an instant after recordedAt
 * 2024-05-01T00:00:00Z, got '2024-04-01T00:00:00Z' (at $.entries[2].expiresAt)}. Callers that
 * pass personal data as the rejected value should redact it first (see {@link Redaction}).
 */
public class InvalidValueException extends CrmException {
  private static final long serialVersionUID = 1L;

  private final String field;
  private final String rejectedValue;
  private final String expected;
  private final String jsonPath;

  /** Invalid value of {@code field} (for example {@code "Money.amount"}). */
  public InvalidValueException(String field, Object rejectedValue, String expected) {
    this(field, String.valueOf(rejectedValue), expected, null, null);
  }

  private InvalidValueException(
      String field, String rejectedValue, String expected, String jsonPath, Throwable cause) {
    super(message(field, rejectedValue, expected, jsonPath), cause);
    this.field = field;
    this.rejectedValue = rejectedValue;
    this.expected = expected;
    this.jsonPath = jsonPath;
  }

  private static String message(String field, String value, String expected, String jsonPath) {
    String base = field + ": expected " + expected + ", got '" + value + "'";
    return jsonPath == null ? base : base + " (at " + jsonPath + ")";
  }

  /** The same error located at a JSON path, for errors found while reading JSON. */
  public InvalidValueException atJsonPath(String path) {
    return new InvalidValueException(field, rejectedValue, expected, path, this);
  }

  /** The field that was rejected, as {@code Type.attribute}. */
  public String field() {
    return field;
  }

  /** The rejected value as text (redacted where it is personal data). */
  public String rejectedValue() {
    return rejectedValue;
  }

  /** What was expected instead, in plain words. */
  public String expected() {
    return expected;
  }

  /** The JSON path of the value ({@code $.rules[3].when.field}) when it came from JSON. */
  public Optional<String> jsonPath() {
    return Optional.ofNullable(jsonPath);
  }
}
