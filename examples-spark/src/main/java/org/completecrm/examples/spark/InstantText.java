package org.completecrm.examples.spark;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * The instant of a table's {@code updated_at} text, as {@link Instant#parse} reads it.
 *
 * <p>Design note. Every record's {@code updated_at} is read when its record is made (to
 * standardise it, and again to resolve its component), and {@link Instant#parse} goes through
 * the general ISO formatter: a parse context, a map of fields and their resolution per call. It
 * was the largest single cost of making a record from its columns on a million records. The text
 * a table holds is nearly always what {@link Instant#toString} writes for whole seconds ({@code
 * 2026-12-06T10:15:30Z}, 20 characters); that shape is read digit by digit and checked by {@link
 * LocalDateTime#of}, which refuses exactly the fields that the formatter refuses for it. Any other
 * text, and a field out of range (a leap second, the 30th of February), goes to {@link
 * Instant#parse}, so the result and the error of every text are those of {@link Instant#parse}
 * ({@code InstantTextTest}).
 */
final class InstantText {
  private InstantText() {}

  /** The instant of {@code text}, as {@link Instant#parse}{@code (text)}. */
  static Instant parse(String text) {
    if (text.length() == 20 && text.charAt(4) == '-' && text.charAt(7) == '-' && text.charAt(10) == 'T'
        && text.charAt(13) == ':' && text.charAt(16) == ':' && text.charAt(19) == 'Z') {
      int year = digits(text, 0, 4);
      int month = digits(text, 5, 7);
      int day = digits(text, 8, 10);
      int hour = digits(text, 11, 13);
      int minute = digits(text, 14, 16);
      int second = digits(text, 17, 19);
      if ((year | month | day | hour | minute | second) >= 0 && second < 60) {
        try {
          return LocalDateTime.of(year, month, day, hour, minute, second).toInstant(ZoneOffset.UTC);
        } catch (DateTimeException e) {
          // out of range: as the formatter decides it, below
        }
      }
    }
    return Instant.parse(text);
  }

  /** The number of the ASCII digits from {@code from} to {@code to}, or -1 if one is not a digit. */
  private static int digits(String s, int from, int to) {
    int v = 0;
    for (int k = from; k < to; k++) {
      char c = s.charAt(k);
      if (c < '0' || c > '9') {
        return -1;
      }
      v = v * 10 + (c - '0');
    }
    return v;
  }
}
