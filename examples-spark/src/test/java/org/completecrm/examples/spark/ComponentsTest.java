package org.completecrm.examples.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Union-find per partition and over the stars gives the components a search of the whole graph gives. */
class ComponentsTest {
  @Test
  void starsOfPartitionsJoinedGiveTheComponentsOfAllPairs() {
    Random rnd = new Random(20261206L);
    for (int round = 0; round < 50; round++) {
      int nodes = 2 + rnd.nextInt(300);
      int edges = rnd.nextInt(nodes * 2);
      int partitions = 1 + rnd.nextInt(5);
      List<List<Long>> parts = new ArrayList<>();
      for (int p = 0; p < partitions; p++) {
        parts.add(new ArrayList<>());
      }
      List<Long> all = new ArrayList<>();
      for (int e = 0; e < edges; e++) {
        long a = rnd.nextInt(nodes);
        long b = rnd.nextInt(nodes);
        if (a != b) {
          long pair = Math.min(a, b) << 32 | Math.max(a, b);
          all.add(pair);
          parts.get(rnd.nextInt(partitions)).add(pair);
        }
      }
      Longs stars = new Longs(16);
      for (List<Long> part : parts) {
        for (long s : Components.stars(part.stream().mapToLong(Long::longValue).toArray())) {
          stars.add(s);
        }
      }
      long[] labels = Components.labels(stars.toArray());
      long[] expected = smallestReachable(nodes, all);
      for (int v = 0; v < nodes; v++) {
        long label = Components.labelOf(labels, v);
        assertEquals(expected[v] == v && !touched(all, v) ? -1 : expected[v], label, "label of " + v);
      }
    }
  }

  @Test
  void labelsAreSortedByRecordAndNameTheSmallestRecord() {
    long[] labels = Components.labels(new long[] {5L << 32 | 9, 2L << 32 | 9, 3L << 32 | 4});
    assertArrayEquals(new long[] {2L << 32 | 2, 3L << 32 | 3, 4L << 32 | 3, 5L << 32 | 2, 9L << 32 | 2}, labels);
  }

  @Test
  void theLargestComponentIsCountedInRecords() {
    long[] labels = Components.labels(new long[] {5L << 32 | 9, 2L << 32 | 9, 3L << 32 | 4, 7L << 32 | 8});
    assertEquals(3, Components.largest(labels));
    assertEquals(0, Components.largest(new long[0]));
  }

  private static boolean touched(List<Long> pairs, long v) {
    return pairs.stream().anyMatch(p -> p >>> 32 == v || (p & 0xffffffffL) == v);
  }

  /** The smallest node reachable from each node, by repeated relaxation over all pairs. */
  private static long[] smallestReachable(int nodes, List<Long> pairs) {
    long[] label = new long[nodes];
    Arrays.setAll(label, v -> v);
    boolean changed = true;
    while (changed) {
      changed = false;
      for (long p : pairs) {
        int a = (int) (p >>> 32);
        int b = (int) p;
        long m = Math.min(label[a], label[b]);
        if (label[a] != m || label[b] != m) {
          label[a] = m;
          label[b] = m;
          changed = true;
        }
      }
    }
    return label;
  }
}
