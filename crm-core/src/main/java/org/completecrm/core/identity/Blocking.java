package org.completecrm.core.identity;

import java.util.Arrays;
import org.completecrm.core.InvalidValueException;

/**
 * Blocking: records that share at least one blocking key become candidate pairs; all other pairs
 * are never compared. Several keys are unioned (name, birth date with an initial, house, e-mail,
 * phone, identifiers), so that a typo in one attribute still leaves the pair in another block.
 *
 * <p>Keys are hashed to 64 bits and sorted with the record index packed into the low bits, which
 * keeps memory at one {@code long} per record and key. A hash collision only adds candidate pairs.
 * Blocks larger than the limit (a placeholder e-mail shared by thousands) are skipped and counted:
 * comparing them would grow quadratically, and such values say little about identity anyway.
 */
final class Blocking {
  static final int KEYS = 15;

  private Blocking() {}

  /** The result: sorted distinct candidate pairs ({@code i << 32 | j}, {@code i < j}) and the skipped blocks. */
  record Candidates(long[] pairs, long skippedBlocks) {}

  /** The blocking key {@code k} of record {@code i}, or {@code null} when a component is missing. */
  static String key(Prepared p, int i, int k) {
    switch (k) {
      case 0:
        return both(prefix(p.givenCanon[i], 3), prefix(p.family[i], 2) + p.familySoundex[i]);
      case 1:
        return both(p.dob[i], prefix(p.givenCanon[i], 1));
      case 2:
        return both(p.dob[i], prefix(p.family[i], 1));
      case 3:
        return both(p.postcode[i], p.streetNo[i]);
      case 4:
        return nonEmpty(p.email[i]);
      case 5:
        return p.phone[i].length() >= 7 ? p.phone[i].substring(p.phone[i].length() - 7) : null;
      case 6:
        return nonEmpty(p.nationalId[i]);
      case 7:
        return nonEmpty(p.accountId[i]);
      case 8:
        return both(p.familySoundex[i], p.postcode[i]);
      case 9:
        return both(p.street[i], p.postcode[i]);
      case 10:
        return p.streetNo[i].isEmpty() ? null : both(p.street[i] + ' ' + p.streetNo[i], p.locality[i]);
      case 11:
        return both(p.givenCanon[i], p.postcode[i]);
      case 12:
        return both(p.family[i], p.dob[i].length() >= 4 ? p.dob[i].substring(0, 4) : "");
      case 13:
        return sortedBoth(p.givenCanon[i], p.family[i]);
      case 14:
        return p.givenCanon[i].isEmpty() || p.family[i].isEmpty() ? null
            : both(p.dob[i], sortedBoth(prefix(p.givenCanon[i], 1), prefix(p.family[i], 1)));
      default:
        throw new InvalidValueException("Blocking.key", k, "a blocking key from 0 to " + (KEYS - 1));
    }
  }

  private static String prefix(String s, int n) {
    return s.length() <= n ? s : s.substring(0, n);
  }

  /** Both values in sorted order, so that given and family name swapped give the same key. */
  private static String sortedBoth(String a, String b) {
    return a.compareTo(b) <= 0 ? both(a, b) : both(b, a);
  }

  private static String nonEmpty(String s) {
    return s.isEmpty() ? null : s;
  }

  private static String both(String a, String b) {
    return a.isEmpty() || b.isEmpty() ? null : a + '\u0001' + b;
  }

  /** A 64-bit hash of a key (FNV-1a followed by the SplitMix64 finaliser), never 0 for a key. */
  static long hash(int k, String key) {
    return KeyHash.of(k, key);
  }

  /** The longest national id that gets typing-error keys. */
  static final int MAX_VARIANT_LENGTH = 20;

  /**
   * The typing-error keys of a national id: the id itself and the id with each one character
   * deleted. Two ids one substitution, insertion, deletion or adjacent transposition apart share
   * one of them (the deletion neighbourhood of SymSpell, Garbe 2012), so a mistyped id still finds
   * its record. Unlike a sorted neighbourhood, whether two records share a key depends on the
   * two records alone, which keeps incremental matching equal to a batch resolve.
   */
  static String[] idVariants(String id) {
    if (id.length() < 4 || id.length() > MAX_VARIANT_LENGTH) {
      return new String[0];
    }
    String[] out = new String[id.length() + 1];
    out[0] = id;
    for (int d = 0; d < id.length(); d++) {
      out[d + 1] = id.substring(0, d) + id.substring(d + 1);
    }
    return out;
  }

  /**
   * The blocks of record {@code i}, each as {@code pass << 32 | key}: one per blocking key present
   * ({@code pass} the key's number) and one per typing-error key of its national id ({@code pass}
   * {@link #KEYS}, repeated as often as the variant repeats). Two records are candidates when they
   * share a block of at most the block limit; block keys are the upper 32 bits of the key's hash,
   * whatever the number of records, so this is the same in a batch and in an index.
   */
  static long[] blocks(Prepared p, int i) {
    String id = p.nationalId[i];
    int variants = KeyHash.variants(id);
    long[] out = new long[KEYS + variants];
    int m = 0;
    for (int k = 0; k < KEYS; k++) {
      long h = KeyHash.of(p, i, k);
      if (h != 0) {
        out[m++] = (long) k << 32 | h >>> 32;
      }
    }
    for (int d = 0; d < variants; d++) {
      out[m++] = (long) KEYS << 32 | KeyHash.variant(id, d) >>> 32;
    }
    return m == out.length ? out : Arrays.copyOf(out, m);
  }

  /** The candidate pairs of all records, blocks above {@code maxBlock} records skipped. */
  static Candidates candidates(Prepared p, int maxBlock) {
    int n = p.size;
    int bits = 32;
    LongList pairs = new LongList(Math.max(16, n * 2));
    long skipped = 0;
    long[] entries = new long[n];
    long[] hashes = new long[n];
    for (int k = 0; k < KEYS; k++) {
      final int key = k;
      java.util.stream.IntStream.range(0, n).parallel().forEach(i -> hashes[i] = KeyHash.of(p, i, key));
      int m = 0;
      for (int i = 0; i < n; i++) {
        if (hashes[i] != 0) {
          entries[m++] = ((hashes[i] >>> bits) << bits) | i;
        }
      }
      skipped += pairsOfBlocks(entries, m, bits, maxBlock, pairs);
    }
    // the typing-error keys of the national ids: each record's at its offset, on all cores
    int[] start = new int[n + 1];
    for (int i = 0; i < n; i++) {
      start[i + 1] = start[i] + KeyHash.variants(p.nationalId[i]);
    }
    long[] variants = new long[start[n]];
    java.util.stream.IntStream.range(0, n).parallel().forEach(i -> {
      for (int d = 0; d < start[i + 1] - start[i]; d++) {
        variants[start[i] + d] = ((KeyHash.variant(p.nationalId[i], d) >>> bits) << bits) | i;
      }
    });
    skipped += pairsOfBlocks(variants, variants.length, bits, maxBlock, pairs);
    return new Candidates(pairs.sortedDistinct(), skipped);
  }

  /** Sorts {@code m} entries (block hash high, record low) and adds the pairs of each block; returns the blocks skipped. */
  private static long pairsOfBlocks(long[] entries, int m, int bits, int maxBlock, LongList pairs) {
    long mask = (1L << bits) - 1;
    PrefixSort.sortLongs(entries, 0, m);
    long skipped = 0;
    int start = 0;
    while (start < m) {
      long block = entries[start] >>> bits;
      int end = start + 1;
      while (end < m && entries[end] >>> bits == block) {
        end++;
      }
      if (end - start > maxBlock) {
        skipped++;
      } else {
        for (int a = start; a < end; a++) {
          long i = entries[a] & mask;
          for (int b = a + 1; b < end; b++) {
            long j = entries[b] & mask;
            if (i != j) {
              pairs.add(i < j ? (i << 32) | j : (j << 32) | i);
            }
          }
        }
      }
      start = end;
    }
    return skipped;
  }

  /** A growable array of longs. */
  static final class LongList {
    long[] values;
    int size;

    LongList(int capacity) {
      values = new long[capacity];
    }

    void add(long v) {
      if (size == values.length) {
        values = Arrays.copyOf(values, values.length + (values.length >> 1) + 16);
      }
      values[size++] = v;
    }

    long[] sortedDistinct() {
      PrefixSort.sortLongs(values, 0, size);
      int w = 0;
      for (int r = 0; r < size; r++) {
        if (w == 0 || values[r] != values[w - 1]) {
          values[w++] = values[r];
        }
      }
      long[] out = Arrays.copyOf(values, w);
      values = new long[0];
      size = 0;
      return out;
    }
  }
}
