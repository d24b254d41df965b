package org.completecrm.core.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link RefusalMemo} remembers what the map it replaced remembered. */
class RefusalMemoTest {
  @Test
  void anAbsentKeyGivesZeroAndAPutOverwrites() {
    RefusalMemo memo = new RefusalMemo();
    assertEquals(0, memo.get(1L << 32 | 2));
    memo.put(1L << 32 | 2, 3L << 32 | 4);
    assertEquals(3L << 32 | 4, memo.get(1L << 32 | 2));
    memo.put(1L << 32 | 2, 5L << 32 | 4);
    assertEquals(5L << 32 | 4, memo.get(1L << 32 | 2));
    assertEquals(1, memo.size());
    assertEquals(0, memo.get(2L << 32 | 1));
  }

  @Test
  void itAgreesWithAHashMapOverAnySequenceOfPutsAndGets() {
    qt().withExamples(200).forAll(integers().between(0, 5000), integers().between(1, 2000), longs().all())
        .checkAssert((operations, roots, seed) -> {
          Random rnd = new Random(seed);
          RefusalMemo memo = new RefusalMemo();
          Map<Long, Long> reference = new HashMap<>();
          for (int o = 0; o < operations; o++) {
            int a = rnd.nextInt(roots);
            int b = a + 1 + rnd.nextInt(roots);
            long key = (long) a << 32 | b;
            if (rnd.nextBoolean()) {
              long value = (long) (1 + rnd.nextInt(100)) << 32 | (1 + rnd.nextInt(100));
              memo.put(key, value);
              reference.put(key, value);
            } else {
              assertEquals(reference.getOrDefault(key, 0L), memo.get(key));
            }
          }
          assertEquals(reference.size(), memo.size());
          reference.forEach((k, v) -> assertEquals(v, memo.get(k)));
        });
  }
}
