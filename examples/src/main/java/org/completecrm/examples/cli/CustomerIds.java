package org.completecrm.examples.cli;

import java.util.Arrays;

/**
 * The customer ids of a summary file, row by row, as one array of characters and the offsets
 * of each id: a few bytes per customer instead of a string and an id object each.
 */
final class CustomerIds {
  private char[] chars;
  private int[] offsets;
  private int size;

  CustomerIds(int expected) {
    chars = new char[Math.max(16, expected * 8)];
    offsets = new int[Math.max(16, expected) + 1];
  }

  /** The number of ids. */
  int size() {
    return size;
  }

  void add(char[] s, int from, int to) {
    int length = to - from;
    int at = offsets[size];
    if (at + length > chars.length) {
      chars = Arrays.copyOf(chars, Math.max(chars.length * 2, at + length));
    }
    System.arraycopy(s, from, chars, at, length);
    if (size + 2 > offsets.length) {
      offsets = Arrays.copyOf(offsets, offsets.length * 2);
    }
    offsets[++size] = at + length;
  }

  void add(String id) {
    char[] c = id.toCharArray();
    add(c, 0, c.length);
  }

  /** Id {@code i}. */
  String get(int i) {
    return new String(chars, offsets[i], offsets[i + 1] - offsets[i]);
  }

  /** Appends id {@code i} as a CSV cell (quoted when it holds a comma, a quote or a line break). */
  void appendCell(int i, StringBuilder out) {
    int from = offsets[i];
    int to = offsets[i + 1];
    boolean quote = false;
    for (int k = from; k < to && !quote; k++) {
      char c = chars[k];
      quote = c == ',' || c == '"' || c == '\n' || c == '\r';
    }
    if (!quote) {
      out.append(chars, from, to - from);
      return;
    }
    out.append('"');
    for (int k = from; k < to; k++) {
      if (chars[k] == '"') {
        out.append('"');
      }
      out.append(chars[k]);
    }
    out.append('"');
  }

  /**
   * The rows in the natural order of their ids ({@link IdOrder}), or null when they are in it
   * already (checked in one pass, so a file written by {@code crm summary} is not sorted again).
   */
  int[] naturalOrder() {
    java.nio.CharBuffer a = java.nio.CharBuffer.wrap(chars);
    java.nio.CharBuffer b = java.nio.CharBuffer.wrap(chars);
    boolean sorted = true;
    for (int i = 1; i < size && sorted; i++) {
      sorted = IdOrder.NATURAL.compare(id(a, i - 1), id(b, i)) <= 0;
    }
    if (sorted) {
      return null;
    }
    java.nio.CharBuffer x = java.nio.CharBuffer.wrap(chars);
    java.nio.CharBuffer y = java.nio.CharBuffer.wrap(chars);
    return java.util.stream.IntStream.range(0, size).boxed()
        .sorted((i, j) -> IdOrder.NATURAL.compare(id(x, i), id(y, j)))
        .mapToInt(Integer::intValue).toArray();
  }

  /** Id {@code i} as a view of {@code buffer} over the ids' characters, without a copy. */
  private java.nio.CharBuffer id(java.nio.CharBuffer buffer, int i) {
    return buffer.limit(offsets[i + 1]).position(offsets[i]);
  }

  /** The first row whose id an earlier row already has, or -1 (by hashing, in linear time). */
  int firstDuplicate() {
    int capacity = Integer.highestOneBit(Math.max(16, size) * 2 - 1) << 1;
    int[] table = new int[capacity];
    for (int i = 0; i < size; i++) {
      int h = 0;
      for (int k = offsets[i]; k < offsets[i + 1]; k++) {
        h = 31 * h + chars[k];
      }
      int slot = (h ^ (h >>> 16)) * 0x9E3779B1 >>> 1 & (capacity - 1);
      while (table[slot] != 0) {
        if (same(table[slot] - 1, i)) {
          return i;
        }
        slot = (slot + 1) & (capacity - 1);
      }
      table[slot] = i + 1;
    }
    return -1;
  }

  private boolean same(int a, int b) {
    return Arrays.equals(chars, offsets[a], offsets[a + 1], chars, offsets[b], offsets[b + 1]);
  }
}
