package org.completecrm.core.identity;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The clustering's loops run sequentially over a small component and in parallel over a batch, in order either way. */
class ResolverIndicesTest {

  @Test
  void fewIndicesRunSequentiallyManyInParallelInOrderBoth() {
    int small = Resolver.PARALLEL_FROM - 1;
    int large = Resolver.PARALLEL_FROM * 3;
    assertFalse(Resolver.indices(small).isParallel());
    assertTrue(Resolver.indices(large).isParallel());
    assertArrayEquals(IntStream.range(0, small).filter(k -> k % 3 != 0).toArray(),
        Resolver.indices(small).filter(k -> k % 3 != 0).toArray());
    assertArrayEquals(IntStream.range(0, large).filter(k -> k % 3 != 0).toArray(),
        Resolver.indices(large).filter(k -> k % 3 != 0).toArray());
  }
}
