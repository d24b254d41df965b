package org.completecrm.core.identity;

import org.completecrm.core.InvalidValueException;

/**
 * The 64-bit hash of a blocking key, computed from a record's standardised values without
 * building the key's text: the same value as {@link Blocking#hash} of {@link Blocking#key}.
 *
 * <p>Design note. A million records have fifteen blocking keys each and half of them a dozen
 * typing-error keys of their national id: some twenty million key texts, each a concatenation of
 * two values (a new {@code String} and its byte array) that is hashed once and thrown away. The
 * hash (FNV-1a over the characters, then the SplitMix64 finaliser) reads the characters in order,
 * so it can read them where they already are: the two values and the separator, a prefix of a
 * value, a value with one character left out. Nothing is allocated, and the blocks, and so the
 * candidate pairs, are the same as with the texts ({@code KeyHashTest} checks every key against
 * the text form on generated records, {@code KeyHashBenchmark} in examples measures both).
 */
final class KeyHash {
  private static final long OFFSET = 0xcbf29ce484222325L;
  private static final long PRIME = 0x100000001b3L;
  /** The separator between the two values of a key (as in {@link Blocking#key}). */
  private static final char SEPARATOR = '\u0001';

  private KeyHash() {}

  /** The hash of the text {@code key} under key number {@code k}: FNV-1a, then the SplitMix64 finaliser; never 0. */
  static long of(int k, String key) {
    return finish(add(OFFSET ^ k, key, 0, key.length()));
  }

  /** The hash of blocking key {@code k} of record {@code i}, or 0 when a component is missing (the key is {@code null}). */
  static long of(Prepared p, int i, int k) {
    String given = p.givenCanon[i];
    String family = p.family[i];
    String dob = p.dob[i];
    long h = OFFSET ^ k;
    switch (k) {
      case 0:
        if (given.isEmpty() || family.isEmpty() && p.familySoundex[i].isEmpty()) {
          return 0;
        }
        h = add(h, given, 0, Math.min(3, given.length()));
        h = add(h, SEPARATOR);
        h = add(h, family, 0, Math.min(2, family.length()));
        return finish(add(h, p.familySoundex[i]));
      case 1:
        return both(h, dob, given, 1);
      case 2:
        return both(h, dob, family, 1);
      case 3:
        return both(h, p.postcode[i], p.streetNo[i], Integer.MAX_VALUE);
      case 4:
        return whole(h, p.email[i]);
      case 5:
        String phone = p.phone[i];
        return phone.length() < 7 ? 0 : finish(add(h, phone, phone.length() - 7, phone.length()));
      case 6:
        return whole(h, p.nationalId[i]);
      case 7:
        return whole(h, p.accountId[i]);
      case 8:
        return both(h, p.familySoundex[i], p.postcode[i], Integer.MAX_VALUE);
      case 9:
        return both(h, p.street[i], p.postcode[i], Integer.MAX_VALUE);
      case 10:
        if (p.streetNo[i].isEmpty() || p.locality[i].isEmpty()) {
          return 0;
        }
        h = add(h, p.street[i]);
        h = add(h, ' ');
        h = add(h, p.streetNo[i]);
        h = add(h, SEPARATOR);
        return finish(add(h, p.locality[i]));
      case 11:
        return both(h, given, p.postcode[i], Integer.MAX_VALUE);
      case 12:
        if (family.isEmpty() || dob.length() < 4) {
          return 0;
        }
        h = add(h, family);
        h = add(h, SEPARATOR);
        return finish(add(h, dob, 0, 4));
      case 13:
        if (given.isEmpty() || family.isEmpty()) {
          return 0;
        }
        return given.compareTo(family) <= 0 ? both(h, given, family, Integer.MAX_VALUE)
            : both(h, family, given, Integer.MAX_VALUE);
      case 14:
        if (given.isEmpty() || family.isEmpty() || dob.isEmpty()) {
          return 0;
        }
        char x = given.charAt(0);
        char y = family.charAt(0);
        h = add(h, dob);
        h = add(h, SEPARATOR);
        h = add(h, x <= y ? x : y);
        h = add(h, SEPARATOR);
        return finish(add(h, x <= y ? y : x));
      default:
        throw new InvalidValueException("KeyHash.key", k, "a blocking key from 0 to " + (Blocking.KEYS - 1));
    }
  }

  /**
   * The hash of typing-error key {@code d} of a national id (as {@link Blocking#idVariants}): the
   * id itself for {@code d == 0}, otherwise the id without its character {@code d - 1}.
   */
  static long variant(String id, int d) {
    long h = OFFSET ^ Blocking.KEYS;
    if (d == 0) {
      return finish(add(h, id, 0, id.length()));
    }
    h = add(h, id, 0, d - 1);
    return finish(add(h, id, d, id.length()));
  }

  /** How many typing-error keys a national id has (as {@link Blocking#idVariants}). */
  static int variants(String id) {
    return id.length() < 4 || id.length() > Blocking.MAX_VARIANT_LENGTH ? 0 : id.length() + 1;
  }

  /** {@code a}, the separator and the first {@code bLength} characters of {@code b}; 0 when either is empty. */
  private static long both(long h, String a, String b, int bLength) {
    if (a.isEmpty() || b.isEmpty()) {
      return 0;
    }
    h = add(h, a);
    h = add(h, SEPARATOR);
    return finish(add(h, b, 0, Math.min(bLength, b.length())));
  }

  private static long whole(long h, String a) {
    return a.isEmpty() ? 0 : finish(add(h, a));
  }

  private static long add(long h, String s) {
    return add(h, s, 0, s.length());
  }

  private static long add(long h, String s, int from, int to) {
    for (int i = from; i < to; i++) {
      h ^= s.charAt(i);
      h *= PRIME;
    }
    return h;
  }

  private static long add(long h, char c) {
    return (h ^ c) * PRIME;
  }

  private static long finish(long h) {
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    h *= 0xc4ceb9fe1a85ec53L;
    h ^= h >>> 33;
    return h == 0 ? 1 : h;
  }
}
