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

  long[] toArray() {
    return Arrays.copyOf(values, size);
  }

  /** All the arrays concatenated. */
  static long[] concat(Iterator<long[]> arrays) {
    Longs out = new Longs(1024);
    while (arrays.hasNext()) {
      long[] a = arrays.next();
      if (out.size + a.length > out.values.length) {
        out.values = Arrays.copyOf(out.values, Math.max(out.size + a.length, out.values.length + (out.values.length >> 1)));
      }
      System.arraycopy(a, 0, out.values, out.size, a.length);
      out.size += a.length;
    }
    return out.toArray();
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
