package org.completecrm.core.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.completecrm.core.testing.PeopleGen;
import org.junit.jupiter.api.Test;

/**
 * Shared instances of standardised values (one per distinct value) and the row-major copy of the
 * values that comparisons read: comparisons as without them, in a batch and in gathered rows.
 */
class ValuePoolTest {
  @Test
  void equalValuesBecomeOneInstanceOnAllThreads() {
    ValuePool pool = new ValuePool();
    String first = pool.of(new String("smith".toCharArray()));
    List<String> seen = IntStream.range(0, 10_000).parallel()
        .mapToObj(k -> pool.of(new String((k % 2 == 0 ? "smith" : "jones").toCharArray()))).toList();
    for (int k = 0; k < seen.size(); k += 2) {
      assertSame(first, seen.get(k));
    }
    assertSame(seen.get(1), pool.of("jones"));
    assertEquals(2, pool.size());
    assertEquals("", pool.of(""));
    assertEquals(2, pool.size(), "the empty value is not pooled");
  }

  @Test
  void recordsPreparedTogetherCompareAsRecordsPreparedAlone() {
    // 5,000 records go the parallel way with one pool; each pair prepared on its own has none shared
    List<SourceRecord> records = Resolver.sortedUnique(PeopleGen.harder(2_000, 7L).records());
    Prepared all = Prepared.of(records);
    List<Integer> sample = new ArrayList<>();
    for (int i = 0; i < records.size(); i += 37) {
      sample.add(i);
    }
    for (int a = 0; a < sample.size(); a++) {
      for (int b = a + 1; b < sample.size(); b++) {
        int i = sample.get(a);
        int j = sample.get(b);
        Prepared two = Prepared.of(List.of(records.get(i), records.get(j)));
        assertEquals(two.compare(0, 1), all.compare(i, j));
      }
    }
    // rows gathered from a prepared part (as an incremental update does) compare as in the part
    long[] refs = sample.stream().mapToLong(i -> i).toArray();
    Prepared gathered = Prepared.gather(List.of(all), refs);
    for (int a = 0; a < refs.length; a++) {
      for (int b = a + 1; b < refs.length; b++) {
        assertEquals(all.compare(sample.get(a), sample.get(b)), gathered.compare(a, b));
      }
    }
    assertSame(all.given[0].isEmpty() ? "" : all.given[0],
        all.given[IntStream.range(1, all.size).filter(k -> all.given[k].equals(all.given[0])).findFirst().orElse(0)]);
  }
}
