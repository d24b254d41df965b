package org.completecrm.core;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.RandomAccess;

/**
 * Checks of values that fail with an {@link InvalidValueException} naming the field, the value and
 * what was expected: the ones every value type of the library uses, for a host's own values too.
 * API since it left {@code core.internal} (crm-rules and crm-analytics check with it, and an
 * internal package is used only inside its own module).
 */
public final class Checks {
  private Checks() {}

  /**
   * Fails with an {@link InvalidValueException} naming {@code field} if {@code value} is null.
   * For an attribute ({@code Type.attribute}) the message says that it is required and how to
   * supply it: the builder method and the JSON property of that name.
   */
  public static <T> T present(T value, String field) {
    if (value == null) {
      throw new InvalidValueException(field, "null", required(field));
    }
    return value;
  }

  /** What a missing attribute needs, in the words of a builder's and a JSON reader's user. */
  static String required(String field) {
    if (field == null) {
      return "a value";
    }
    int dot = field.lastIndexOf('.');
    String attribute = field.substring(dot + 1);
    if (dot < 0 || !attribute.matches("[a-z][A-Za-z0-9]*")) {
      return "a value";
    }
    return "a value: " + attribute + " is required (builder method " + attribute
        + "(...), JSON property \"" + attribute + "\")";
  }

  /** The earliest instant the library works with: windows, quiet hours and deferrals stay far from {@link Instant#MIN}. */
  public static final Instant EARLIEST = Instant.parse("0001-01-01T00:00:00Z");
  /** The latest instant the library works with. */
  public static final Instant LATEST = Instant.parse("9999-12-31T23:59:59.999999999Z");

  /**
   * Fails unless {@code value} is an instant from year 1 to year 9999: every window, deferral and
   * cool-down the library adds to it then stays inside the range of {@link Instant}.
   */
  public static Instant instant(Instant value, String field) {
    present(value, field);
    if (value.isBefore(EARLIEST) || value.isAfter(LATEST)) {
      throw new InvalidValueException(field, value, "an instant from 0001-01-01T00:00:00Z to 9999-12-31T23:59:59Z");
    }
    return value;
  }

  /** Fails if {@code value} is null or blank. */
  public static String notBlank(String value, String field) {
    present(value, field);
    if (value.isBlank()) {
      throw new InvalidValueException(field, value, "a non-blank text");
    }
    return value;
  }

  /** Fails if the collection or one of its elements is null. */
  public static <C extends Collection<?>> C noNulls(C values, String field) {
    present(values, field);
    if (NullFreeCollections.nullFree(values)) {
      return values; // no null for sure (empty, List.of, contains(null) false): nothing to name
    }
    if (values instanceof List<?> && values instanceof RandomAccess) {
      List<?> list = (List<?>) values;
      for (int i = 0; i < list.size(); i++) {
        if (list.get(i) == null) {
          throw new InvalidValueException(field + "[" + i + "]", "null", "a value");
        }
      }
      return values;
    }
    int i = 0;
    for (Object v : values) {
      if (v == null) {
        throw new InvalidValueException(field + "[" + i + "]", "null", "a value");
      }
      i++;
    }
    return values;
  }

  /**
   * {@code values} as an unmodifiable list: the list itself when it already is a {@code List.of}
   * list, else a copy. Fails, naming {@code field} and the first null element's index, if the
   * list or an element is null.
   */
  public static <T> List<T> immutableList(List<T> values, String field) {
    present(values, field);
    try {
      return List.copyOf(values);
    } catch (NullPointerException e) {
      // List.copyOf rejects null elements without saying which; name the first one.
      noNulls(values, field);
      throw e;
    }
  }

  /** Fails if the map or one of its keys or values is null. */
  public static <M extends Map<?, ?>> M noNulls(M values, String field) {
    present(values, field);
    if (NullFreeCollections.nullFree(values)) {
      return values;
    }
    for (Map.Entry<?, ?> e : values.entrySet()) {
      if (e.getKey() == null || e.getValue() == null) {
        throw new InvalidValueException(field + "[" + e.getKey() + "]", "null", "a value");
      }
    }
    return values;
  }

  /** Fails unless {@code value} is finite and at least zero. */
  public static double finiteNonNegative(double value, String field) {
    if (!Double.isFinite(value) || value < 0) {
      throw new InvalidValueException(field, value, "a finite number >= 0");
    }
    return value;
  }

  /** Fails unless {@code value} is finite. */
  public static double finite(double value, String field) {
    if (!Double.isFinite(value)) {
      throw new InvalidValueException(field, value, "a finite number");
    }
    return value;
  }

  /** Fails unless {@code value} lies in [0, 1]. */
  public static double probability(double value, String field) {
    if (!(value >= 0 && value <= 1)) {
      throw new InvalidValueException(field, value, "a probability in [0, 1]");
    }
    return value;
  }
}
