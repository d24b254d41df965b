package org.completecrm.core.identity;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.stream.IntStream;

/**
 * Sorting a million objects by a pair of strings (a record's system and key, a customer id) as
 * primitive longs: the order of {@code (first, second)} compared as {@link String#compareTo} does.
 *
 * <p>Design note. Sorting a million records by identity with a comparator costs some twenty million
 * comparisons, each reading two records, two identities and four strings from anywhere in the
 * heap: seconds of cache misses. Here each object gets a 64-bit prefix of its key once, on all
 * cores: the rank of its first string among the distinct first strings (a handful of source
 * systems) in the top bits, then the characters of its second string after the prefix all of them
 * share, eight bits each (a missing one as 0; a character of 254 or above as 255, which ends the
 * prefix). The prefix never orders two objects against their keys (it is the key cut where it
 * could mislead), so sorting by prefix and breaking equal prefixes by the full comparison gives
 * the order of the keys. Prefixes sort as {@code long}s with the object's index in their lowest bits (parallel
 * primitive sort, no comparator); objects whose prefixes agree in the bits left are few and are
 * sorted by the full comparison. {@code PrefixSortTest} checks the order against a comparator
 * sort on keys that share long prefixes, contain wide characters or repeat.
 */
final class PrefixSort {
  private PrefixSort() {}

  /** The indices {@code 0..n-1} in ascending order of {@code (first(i), second(i))}, equal keys by index. */
  static int[] order(int n, IntFunction<String> first, IntFunction<String> second) {
    if (n == 0) {
      return new int[0];
    }
    // ranks of the distinct first strings
    Map<String, Integer> rank = new HashMap<>();
    for (int i = 0; i < n; i++) {
      rank.putIfAbsent(first.apply(i), 0);
    }
    String[] distinct = rank.keySet().toArray(new String[0]);
    Arrays.sort(distinct);
    for (int r = 0; r < distinct.length; r++) {
      rank.put(distinct[r], r);
    }
    int rankBits = distinct.length <= 1 ? 0 : 64 - Long.numberOfLeadingZeros(distinct.length - 1);
    // the characters every second string shares carry no order
    String s0 = second.apply(0);
    int common = s0.length();
    for (int i = 1; i < n && common > 0; i++) {
      String s = second.apply(i);
      int c = 0;
      int max = Math.min(common, s.length());
      while (c < max && s.charAt(c) == s0.charAt(c)) {
        c++;
      }
      common = c;
    }
    int from = common;
    int indexBits = n == 1 ? 1 : 64 - Long.numberOfLeadingZeros(n - 1);
    long low = indexBits >= 64 ? -1L : (1L << indexBits) - 1;
    long[] keys = new long[n];
    IntStream.range(0, n).parallel().forEach(i -> {
      long chars = pack(second.apply(i), from);
      long prefix = rankBits == 0 ? chars : (long) rank.get(first.apply(i)) << (64 - rankBits) | chars >>> rankBits;
      // unsigned order as signed: flip the top bit
      keys[i] = ((prefix ^ Long.MIN_VALUE) & ~low) | i;
    });
    sortLongs(keys, 0, n);
    int[] out = new int[n];
    for (int i = 0; i < n; i++) {
      out[i] = (int) (keys[i] & low);
    }
    // runs of equal prefixes in the order of their keys
    for (int s = 0; s < n; ) {
      int e = s + 1;
      while (e < n && (keys[e] & ~low) == (keys[s] & ~low)) {
        e++;
      }
      if (e - s > 1) {
        sortRun(out, s, e, first, second);
      }
      s = e;
    }
    return out;
  }

  /** {@code out[from..to)} (indices in ascending order) sorted by the full keys, equal keys by index. */
  private static void sortRun(int[] out, int from, int to, IntFunction<String> first, IntFunction<String> second) {
    Integer[] run = new Integer[to - from];
    for (int k = from; k < to; k++) {
      run[k - from] = out[k];
    }
    // a stable sort of indices already ascending: equal keys stay in index order
    Arrays.sort(run, (x, y) -> {
      int c = first.apply(x).compareTo(first.apply(y));
      return c != 0 ? c : second.apply(x).compareTo(second.apply(y));
    });
    for (int k = from; k < to; k++) {
      out[k] = run[k - from];
    }
  }

  /**
   * Eight characters of {@code s} from {@code from} as bytes: the character plus one, 0 for a
   * missing one; a character of 254 or above is 255 and ends the prefix (the characters after it
   * are 0), since it stands for many characters and what follows it must not decide.
   */
  static long pack(String s, int from) {
    long p = 0;
    int q = 0;
    for (; q < 8; q++) {
      int at = from + q;
      if (at >= s.length()) {
        break;
      }
      char c = s.charAt(at);
      p = p << 8 | (c >= 254 ? 255 : c + 1);
      if (c >= 254) {
        q++;
        break;
      }
    }
    return q == 0 ? 0 : q == 8 ? p : p << (8 * (8 - q));
  }

  /**
   * Sorts {@code a[from..to)} on the cores the common pool gives parallel streams. The common pool
   * of a two-core machine has one worker, and {@link Arrays#parallelSort} then sorts in the
   * calling thread alone; a parallel stream runs on that worker and the caller, so two halves are
   * sorted at once and merged.
   */
  static void sortLongs(long[] a, int from, int to) {
    int n = to - from;
    if (n < 1 << 16 || java.util.concurrent.ForkJoinPool.getCommonPoolParallelism() > 1) {
      Arrays.parallelSort(a, from, to);
      return;
    }
    int mid = from + n / 2;
    IntStream.range(0, 2).parallel().forEach(h -> Arrays.sort(a, h == 0 ? from : mid, h == 0 ? mid : to));
    long[] left = Arrays.copyOfRange(a, from, mid);
    int i = 0;
    int j = mid;
    int k = from;
    while (i < left.length && j < to) {
      a[k++] = left[i] <= a[j] ? left[i++] : a[j++];
    }
    while (i < left.length) {
      a[k++] = left[i++];
    }
  }

  /** The elements of {@code list} in the given order. */
  static <T> List<T> arranged(List<T> list, int[] order) {
    Object[] out = new Object[order.length];
    IntStream.range(0, order.length).parallel().forEach(k -> out[k] = list.get(order[k]));
    @SuppressWarnings("unchecked")
    List<T> result = (List<T>) Arrays.asList(out);
    return result;
  }
}
