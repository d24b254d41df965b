package org.completecrm.examples.spark;

import java.nio.charset.StandardCharsets;

/**
 * The strings a task decodes from {@link Codec} bytes, each distinct ASCII value made once: a
 * value whose bytes are already pooled is returned without making a {@code String}.
 */
final class StringPool {
  /*
   * Design note. The comparisons decode every record shipped to a partition, thirteen values
   * each, most of them names, birth dates and places that the partition's own records hold
   * already. Decoding them as new strings and then looking each up in a HashMap cost about a tenth
   * of the stage (measured 2026-12-07, and so the shipped batches were not pooled); here the look-up
   * is by the bytes, so a value seen before costs a hash and a compare and allocates nothing, and
   * equal values are the same object (String.equals returns at once). Open addressing, linear
   * probing, the table at most half full. Only ASCII values are pooled: comparing a string's
   * chars with bytes is exact for them, and every other value is decoded as before.
   */
  private String[] values = new String[1 << 12];
  private int[] hashes = new int[1 << 12];
  private int size;

  /** The string of the UTF-8 bytes {@code b[from, from + n)}: the pooled one if an equal ASCII value is held, else a new one. */
  String of(byte[] b, int from, int n) {
    int h = 0x811c9dc5;
    int ascii = 0;
    for (int k = from; k < from + n; k++) {
      ascii |= b[k];
      h = (h ^ (b[k] & 0xff)) * 0x01000193;
    }
    if (ascii < 0) {
      // a byte of 0x80 or more: not ASCII, not pooled
      return new String(b, from, n, StandardCharsets.UTF_8);
    }
    h ^= h >>> 16;
    int mask = values.length - 1;
    int i = h & mask;
    while (values[i] != null) {
      if (hashes[i] == h && same(values[i], b, from, n)) {
        return values[i];
      }
      i = (i + 1) & mask;
    }
    String s = new String(b, from, n, StandardCharsets.ISO_8859_1);
    values[i] = s;
    hashes[i] = h;
    if (++size * 2 > values.length) {
      grow();
    }
    return s;
  }

  /** How many distinct values the pool holds. */
  int size() {
    return size;
  }

  private static boolean same(String v, byte[] b, int from, int n) {
    if (v.length() != n) {
      return false;
    }
    for (int k = 0; k < n; k++) {
      if (v.charAt(k) != b[from + k]) {
        return false;
      }
    }
    return true;
  }

  private void grow() {
    String[] oldValues = values;
    int[] oldHashes = hashes;
    values = new String[oldValues.length * 2];
    hashes = new int[oldValues.length * 2];
    int mask = values.length - 1;
    for (int k = 0; k < oldValues.length; k++) {
      if (oldValues[k] != null) {
        int i = oldHashes[k] & mask;
        while (values[i] != null) {
          i = (i + 1) & mask;
        }
        values[i] = oldValues[k];
        hashes[i] = oldHashes[k];
      }
    }
  }
}
