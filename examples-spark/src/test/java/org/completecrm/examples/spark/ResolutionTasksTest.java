package org.completecrm.examples.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.completecrm.core.identity.ResolverSettings;
import org.junit.jupiter.api.Test;

/** Where the tasks of a resolution on Spark send a pair: its orientation and the partitions that compare it. */
class ResolutionTasksTest {
  @Test
  void aPairIsOrientedOneWayOrTheOther() {
    ResolutionTasks tasks = tasks(4, 1_000);
    Random rnd = new Random(20261207L);
    for (int k = 0; k < 100_000; k++) {
      long i = rnd.nextInt(4_000);
      long j = rnd.nextInt(4_000);
      if (i < j) {
        long pair = tasks.oriented(i, j);
        assertTrue(pair == (i << 32 | j) || pair == (j << 32 | i), "one of the pair's two orientations");
        assertEquals(pair, tasks.oriented(i, j), "the same pair, the same orientation");
      }
    }
  }

  /**
   * Two to seven partitions of 1,000 records each and pairs of records drawn at random: each
   * partition compares about an equal share of the pairs (those whose second record it holds),
   * where sending the smaller record always left the last of four partitions seven sixteenths of
   * them; and the records of a partition go to at most half of the others (rounded up).
   */
  @Test
  void thePartitionsCompareAboutAsManyPairsEach() {
    for (int n = 2; n <= 7; n++) {
      ResolutionTasks tasks = tasks(n, 1_000);
      Random rnd = new Random(n);
      int[] compared = new int[n];
      Set<Long> links = new HashSet<>();
      int pairs = 0;
      while (pairs < 200_000) {
        long i = rnd.nextInt(n * 1_000);
        long j = rnd.nextInt(n * 1_000);
        if (i < j) {
          long pair = tasks.oriented(i, j);
          int from = tasks.home(pair >>> 32);
          int to = tasks.home(pair & 0xffffffffL);
          compared[to]++;
          if (from != to) {
            links.add((long) from << 32 | to);
          }
          pairs++;
        }
      }
      for (int q = 0; q < n; q++) {
        assertEquals(1.0 / n, compared[q] / (double) pairs, 0.01, "share of the pairs compared in partition " + q + " of " + n);
      }
      assertEquals(n * (n / 2), links.size(), "partitions that records are sent to, of " + n);
    }
  }

  private static ResolutionTasks tasks(int partitions, int records) {
    int[] offsets = new int[partitions + 1];
    for (int p = 0; p <= partitions; p++) {
      offsets[p] = p * records;
    }
    return new ResolutionTasks(offsets, ResolverSettings.defaults());
  }
}
