package org.completecrm.analytics.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;

/** The scoring memo: the function's own value, computed once per distinct pair while held. */
class PairMemoTest {
  /** A function that counts its calls. */
  private static final class Counted implements PairMemo.Function {
    int calls;

    @Override
    public double apply(int x, double t) {
      calls++;
      return x * 1000.0 + t;
    }
  }

  @Test
  void aRepeatedPairIsComputedOnce() {
    Counted f = new Counted();
    PairMemo memo = new PairMemo(f);
    assertEquals(3002.5, memo.get(3, 2.5));
    assertEquals(3002.5, memo.get(3, 2.5));
    assertEquals(1, f.calls);
  }

  @Test
  void pairsThatShareOneHalfAreKeptApart() {
    Counted f = new Counted();
    PairMemo memo = new PairMemo(f);
    assertEquals(1002.0, memo.get(1, 2.0));
    assertEquals(2001.0, memo.get(2, 1.0));
    assertEquals(1001.0, memo.get(1, 1.0));
    assertEquals(3, f.calls);
  }

  @Test
  void zeroAndNegativeZeroAreOnePair() {
    Counted f = new Counted();
    PairMemo memo = new PairMemo(f);
    memo.get(0, 0.0);
    memo.get(0, -0.0);
    assertEquals(1, f.calls);
  }

  @Test
  void moreDistinctPairsThanItHoldsStillGiveTheFunctionsValues() {
    Counted f = new Counted();
    PairMemo memo = new PairMemo(f);
    for (int round = 0; round < 2; round++) {
      for (int x = 0; x < 20_000; x++) {
        assertEquals(x * 1000.0 + 0.5, memo.get(x, 0.5));
      }
    }
    assertEquals(40_000, f.calls, "starting afresh when half full, the first pairs are forgotten");
  }

  @Test
  void anySequenceOfPairsGivesTheFunctionsValuesAndComputesEachDistinctPairOnce() {
    qt().forAll(Generate.intArrays(Generate.range(0, 400), Generate.range(0, 30))).checkAssert(codes -> {
      Counted f = new Counted();
      PairMemo memo = new PairMemo(f);
      Set<List<Double>> distinct = new HashSet<>();
      for (int code : codes) {
        int x = code % 7;
        double t = (code / 7) / 4.0;
        assertEquals(x * 1000.0 + t, memo.get(x, t));
        distinct.add(List.of((double) x, t));
      }
      assertEquals(distinct.size(), f.calls);
    });
  }
}
