package org.completecrm.core;

/**
 * Masks personal data for {@code toString}, logs and messages: enough to tell values apart,
 * never the whole value.
 */
public final class Redaction {
  private Redaction() {}

  /** Keeps the first character and the length class: {@code "Alice"} becomes {@code "A***"}. */
  public static String mask(String value) {
    if (value == null) {
      return "null";
    }
    if (value.isEmpty()) {
      return "";
    }
    return value.codePoints().limit(1).collect(StringBuilder::new, StringBuilder::appendCodePoint,
            StringBuilder::append) + "***";
  }

  /** Masks the local part of an e-mail address: {@code "alice@example.com"} gives {@code "a***@example.com"}. */
  public static String email(String value) {
    if (value == null) {
      return "null";
    }
    int at = value.indexOf('@');
    return at < 0 ? mask(value) : mask(value.substring(0, at)) + value.substring(at);
  }

  /** Keeps the last two digits of a phone number or identifier: {@code "***89"}. */
  public static String tail(String value) {
    if (value == null) {
      return "null";
    }
    return value.length() <= 2 ? "***" : "***" + value.substring(value.length() - 2);
  }
}
