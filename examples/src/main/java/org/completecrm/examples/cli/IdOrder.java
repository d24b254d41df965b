package org.completecrm.examples.cli;

import java.util.Comparator;

/**
 * The natural order of customer ids in the tool's CSV output: runs of digits compare as numbers
 * ({@code c-2} before {@code c-10}, {@code 9} before {@code 10}), the rest character by
 * character; ids equal as numbers ({@code 7}, {@code 007}) fall back to their text, so the order
 * is total and the same for every input order.
 */
final class IdOrder implements Comparator<CharSequence> {
  /** The one instance. */
  static final IdOrder NATURAL = new IdOrder();

  private IdOrder() {}

  @Override
  public int compare(CharSequence a, CharSequence b) {
    int i = 0;
    int j = 0;
    while (i < a.length() && j < b.length()) {
      char x = a.charAt(i);
      char y = b.charAt(j);
      if (isDigit(x) && isDigit(y)) {
        int ei = digitsEnd(a, i);
        int ej = digitsEnd(b, j);
        int si = skipZeros(a, i, ei);
        int sj = skipZeros(b, j, ej);
        if (ei - si != ej - sj) {
          return Integer.compare(ei - si, ej - sj);
        }
        for (int k = 0; k < ei - si; k++) {
          if (a.charAt(si + k) != b.charAt(sj + k)) {
            return Character.compare(a.charAt(si + k), b.charAt(sj + k));
          }
        }
        i = ei;
        j = ej;
      } else {
        if (x != y) {
          return Character.compare(x, y);
        }
        i++;
        j++;
      }
    }
    if (i < a.length() || j < b.length()) {
      return i < a.length() ? 1 : -1;
    }
    return CharSequence.compare(a, b);
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static int digitsEnd(CharSequence s, int from) {
    int k = from;
    while (k < s.length() && isDigit(s.charAt(k))) {
      k++;
    }
    return k;
  }

  private static int skipZeros(CharSequence s, int from, int to) {
    int k = from;
    while (k < to - 1 && s.charAt(k) == '0') {
      k++;
    }
    return k;
  }
}
