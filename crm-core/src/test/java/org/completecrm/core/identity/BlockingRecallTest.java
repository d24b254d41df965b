package org.completecrm.core.identity;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.completecrm.core.testing.FebrlStyleGen;
import org.completecrm.core.testing.PeopleGen;
import org.junit.jupiter.api.Test;

/**
 * The share of true pairs that blocking makes candidates (blocking recall), on labelled data of
 * three shapes, with the default block limit: blocking that loses a true pair loses it for good,
 * so narrower keys or a lower limit must keep this share. The figures are in
 * docs/identity-resolution.md ("Scale").
 */
class BlockingRecallTest {
  @Test
  void blockingReachesAlmostEveryTruePairOnTheHarderGenerator() {
    PeopleGen.Labelled data = PeopleGen.harder(10_000, 20261204L);
    double recall = report("harder", data.records(), data.person());
    assertTrue(recall >= 0.98, () -> "blocking recall " + recall);
  }

  @Test
  void blockingReachesAlmostEveryTruePairOnFebrlStyleData() {
    FebrlStyleGen.Labelled dedup = FebrlStyleGen.deduplication(2000, 20261204L);
    double d = report("FEBRL-style dedup", dedup.records(), dedup.person());
    FebrlStyleGen.Labelled link = FebrlStyleGen.linkage(5000, 20261205L);
    double l = report("FEBRL-style linkage", link.records(), link.person());
    assertTrue(d >= 0.995, () -> "dedup blocking recall " + d);
    assertTrue(l >= 0.999, () -> "linkage blocking recall " + l);
  }

  /** Prints and returns the share of true pairs among the candidate pairs. */
  private static double report(String name, List<SourceRecord> records, Map<SourceIdentity, Integer> person) {
    List<SourceRecord> sorted = Resolver.sortedUnique(records);
    Prepared p = Prepared.of(sorted);
    int limit = ResolverSettings.defaults().maxBlockSize();
    Blocking.Candidates c = Blocking.candidates(p, limit);
    Map<Integer, Integer> perPerson = new HashMap<>();
    for (SourceRecord r : sorted) {
      perPerson.merge(person.get(r.identity()), 1, Integer::sum);
    }
    long truePairs = 0;
    for (int k : perPerson.values()) {
      truePairs += (long) k * (k - 1) / 2;
    }
    long reached = Arrays.stream(c.pairs())
        .filter(pair -> person.get(sorted.get((int) (pair >>> 32)).identity())
            .equals(person.get(sorted.get((int) pair).identity())))
        .count();
    double recall = truePairs == 0 ? 1 : (double) reached / truePairs;
    System.out.printf(Locale.ROOT, "blocking %s: records=%d candidatePairs=%d truePairs=%d reached=%d recall=%.4f limit=%d skipped=%d%n",
        name, sorted.size(), c.pairs().length, truePairs, reached, recall, limit, c.skippedBlocks());
    return recall;
  }
}
