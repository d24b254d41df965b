package org.completecrm.core.identity;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * {@link PrefixSort} orders as a stable comparator sort of {@code (first, second)}: on keys with
 * long shared prefixes, wide characters (above 254, where the prefix merges them), repeated keys,
 * one or many distinct first strings, and on a million-sized input's shape in small.
 */
class PrefixSortTest {
  private static final String[] ALPHABETS = {"ab", "0123456789-", "az\u00ff\u0100\u4e00", "x"};

  @Test
  void ordersAsAStableComparatorSort() {
    qt().withExamples(400).forAll(integers().between(0, 3000), integers().between(1, 40), longs().all())
        .checkAssert((n, systems, seed) -> {
          Random rnd = new Random(seed);
          String alphabet = ALPHABETS[rnd.nextInt(ALPHABETS.length)];
          String shared = rnd.nextBoolean() ? "c-0000" : "";
          List<String> first = new ArrayList<>();
          List<String> second = new ArrayList<>();
          for (int i = 0; i < n; i++) {
            first.add("system" + rnd.nextInt(systems));
            StringBuilder s = new StringBuilder(shared);
            for (int k = rnd.nextInt(14); k > 0; k--) {
              s.append(alphabet.charAt(rnd.nextInt(alphabet.length())));
            }
            second.add(s.toString());
          }
          int[] expected = IntStream.range(0, n).boxed()
              .sorted(Comparator.comparing((Integer i) -> first.get(i)).thenComparing(second::get))
              .mapToInt(Integer::intValue).toArray();
          assertArrayEquals(expected, PrefixSort.order(n, first::get, second::get), () -> first + " " + second);
        });
  }

  @Test
  void sortsLongsAsArraysSortDoes() {
    Random rnd = new Random(5L);
    for (int n : new int[] {0, 1, 100, 70_000, 200_001}) {
      long[] a = new long[n + 7];
      for (int k = 0; k < a.length; k++) {
        a[k] = rnd.nextInt(4) == 0 ? rnd.nextInt(50) - 25 : rnd.nextLong();
      }
      long[] expected = a.clone();
      java.util.Arrays.sort(expected, 3, n + 3);
      PrefixSort.sortLongs(a, 3, n + 3);
      assertArrayEquals(expected, a);
    }
  }

  @Test
  void arrangesAListInAnOrder() {
    assertEquals(List.of("c", "a", "b"), PrefixSort.arranged(List.of("a", "b", "c"), new int[] {2, 0, 1}));
    assertArrayEquals(new int[0], PrefixSort.order(0, i -> "", i -> ""));
    assertArrayEquals(new int[] {0}, PrefixSort.order(1, i -> "", i -> "only"));
  }

  @Test
  void packingNeverReversesTheOrderOfTwoStrings() {
    String[] words = {"", "a", "a\u0000", "ab", "abcdefgh", "abcdefghi", "abcdefgi", "\u00fd", "\u00fe", "\u00ff", "\u00ffz",
        "\u4e00", "\u00ff\u4e00", "\u4e00a", "b"};
    for (String x : words) {
      for (String y : words) {
        if (Long.compareUnsigned(PrefixSort.pack(x, 0), PrefixSort.pack(y, 0)) < 0) {
          assertEquals(-1, Integer.signum(x.compareTo(y)), x + " / " + y);
        }
      }
    }
  }
}
