package org.completecrm.examples.spark;

import java.util.Arrays;
import java.util.Iterator;

/** A growable array of longs, and the sorting and merging of the long arrays the steps ship. */
final class Longs {
  private long[] values;
  private int size;

  Longs(int capacity) {
    values = new long[Math.max(16, capacity)];
  }

  void add(long v) {
    if (size == values.length) {
      values = Arrays.copyOf(values, values.length + (values.length >> 1) + 16);
    }
    values[size++] = v;
  }

  int size() {
    return size;
  }

  /** Adds all of {@code more}. */
  void addAll(long[] more) {
    if (size + more.length > values.length) {
      values = Arrays.copyOf(values, Math.max(size + more.length, values.length + (values.length >> 1) + 16));
    }
    System.arraycopy(more, 0, values, size, more.length);
    size += more.length;
  }

  /** Empties it (keeping its capacity). */
  void clear() {
    size = 0;
  }

  long[] toArray() {
    return Arrays.copyOf(values, size);
  }

  /** All the arrays concatenated (into one array of the total length: no growing copies). */
  static long[] concat(Iterator<long[]> arrays) {
    java.util.List<long[]> all = new java.util.ArrayList<>();
    long total = 0;
    while (arrays.hasNext()) {
      long[] a = arrays.next();
      all.add(a);
      total += a.length;
    }
    long[] out = new long[Math.toIntExact(total)];
    int at = 0;
    for (int k = 0; k < all.size(); k++) {
      long[] a = all.set(k, null);
      System.arraycopy(a, 0, out, at, a.length);
      at += a.length;
    }
    return out;
  }

  /** The values sorted, each once. */
  static long[] sortedDistinct(long[] values) {
    Arrays.sort(values);
    int w = 0;
    for (int r = 0; r < values.length; r++) {
      if (w == 0 || values[r] != values[w - 1]) {
        values[w++] = values[r];
      }
    }
    return Arrays.copyOf(values, w);
  }
}
