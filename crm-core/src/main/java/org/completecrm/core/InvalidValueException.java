package org.completecrm.core;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Invalid input: names the field, the rejected value and what was expected, and the JSON path
 * when the value came from JSON.
 *
 * <p>Message shape: {@code ConsentEntry.expiresAt: expected an instant after recordedAt
 * 2024-05-01T00:00:00Z, got '2024-04-01T00:00:00Z' (at $.entries[2].expiresAt)}. Callers that
 * pass personal data as the rejected value should redact it first (see {@link Redaction}); the
 * JSON reader does so for attributes marked {@link PersonalData}.
 */
public class InvalidValueException extends CrmException {
  private static final long serialVersionUID = 1L;

  private final String field;
  private final String rejectedValue;
  private final String expected;
  private final @Nullable String jsonPath;

  /** Longest rejected value kept, in characters: a longer one is cut and its length said. */
  public static final int MAX_REJECTED_LENGTH = 80;

  /**
   * Invalid value of {@code field} (for example {@code "Money.amount"}); a rejected value longer
   * than {@link #MAX_REJECTED_LENGTH} characters is kept only in part.
   */
  public InvalidValueException(String field, @Nullable Object rejectedValue, String expected) {
    this(field, truncate(String.valueOf(rejectedValue)), expected, null, null);
  }

  private InvalidValueException(
      String field, String rejectedValue, String expected, @Nullable String jsonPath, @Nullable Throwable cause) {
    super(message(field, rejectedValue, expected, jsonPath), cause);
    this.field = field;
    this.rejectedValue = rejectedValue;
    this.expected = expected;
    this.jsonPath = jsonPath;
  }

  /** The first {@link #MAX_REJECTED_LENGTH} characters and the whole length: {@code 'aaa… (10485760 characters)'}. */
  static String truncate(String value) {
    if (value.length() <= MAX_REJECTED_LENGTH) {
      return value;
    }
    int end = MAX_REJECTED_LENGTH;
    if (Character.isHighSurrogate(value.charAt(end - 1))) {
      end--;
    }
    return value.substring(0, end) + "… (" + value.length() + " characters)";
  }

  private static String message(String field, String value, String expected, @Nullable String jsonPath) {
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
