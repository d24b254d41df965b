package org.completecrm.core.identity;

import java.util.concurrent.ConcurrentHashMap;

/**
 * One shared instance per distinct standardised value of an attribute while records are
 * prepared, so that equal values of different records are the same {@code String}.
 *
 * <p>Design note. Comparing a million records costs memory more than arithmetic: a candidate
 * pair's second record lies anywhere in the heap, and each of its values is a {@code String}
 * and a byte array of its own, two cache misses per value before the first character is read.
 * Most attributes have few distinct values (given names, birth dates, streets, towns, house
 * numbers), so with one instance per value the values a pair reads are the same few thousand
 * objects, which stay in the cache, and {@link String#equals} answers equal values by reference
 * without reading them. It also keeps one copy of each value on the heap instead of one per
 * record. Values are the same text as before, so every comparison, and so every result, is
 * unchanged; only the attributes with few distinct values are pooled (e-mail addresses, phone
 * numbers, identifiers and postcodes are nearly unique per person and would only fill the map).
 * A pool lives for one {@link Prepared#of} call; it is safe for the threads of that call.
 */
final class ValuePool {
  private final ConcurrentHashMap<String, String> values;

  /** A pool sized for about {@code expected} distinct values (it grows past them). */
  ValuePool(int expected) {
    // sized up front: a table that grows while threads read it sends their look-ups through
    // forwarding nodes (a million records' names and dates otherwise resize it a dozen times)
    values = new ConcurrentHashMap<>(Math.max(16, expected));
  }

  /** A pool for a few values. */
  ValuePool() {
    this(16);
  }

  /** The shared instance equal to {@code value}: the first one seen. */
  String of(String value) {
    if (value.isEmpty()) {
      return "";
    }
    // a lookup first: putIfAbsent locks the key's bin even when the key is there, and nearly
    // every value is seen before
    String known = values.get(value);
    if (known != null) {
      return known;
    }
    known = values.putIfAbsent(value, value);
    return known != null ? known : value;
  }

  /** How many distinct values the pool holds. */
  int size() {
    return values.size();
  }
}
