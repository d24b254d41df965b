package org.completecrm.rules.internal.nba;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.completecrm.rules.explain.Reason;
import org.completecrm.rules.explain.Stage;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;

/** The order of the ranked candidates: service first while a problem is open, then score, then id. */
class RankedTest {
  private static final Reason PROPOSED = Reason.of(Stage.RULES, "rule:r1", "Proposed by rule r1.");

  private static Ranked ranked(int index, double score, boolean serviceFirst) {
    return new Ranked(index, null, PROPOSED, score, 0.5, serviceFirst);
  }

  private static List<Integer> indexes(List<Ranked> ranked) {
    return ranked.stream().map(r -> r.index).toList();
  }

  @Test
  void theHighestScoreComesFirst() {
    List<Ranked> rs = new ArrayList<>(List.of(ranked(0, 1.0, false), ranked(1, 3.0, false), ranked(2, 2.0, false)));
    Ranked.sort(rs);
    assertEquals(List.of(1, 2, 0), indexes(rs));
  }

  @Test
  void serviceWhileAProblemIsOpenComesBeforeAnyScore() {
    List<Ranked> rs = new ArrayList<>(List.of(ranked(0, 9.0, false), ranked(1, 0.1, true), ranked(2, 5.0, true)));
    Ranked.sort(rs);
    assertEquals(List.of(2, 1, 0), indexes(rs));
  }

  @Test
  void equalScoresAreInTheOrderOfTheActionIds() {
    List<Ranked> rs = new ArrayList<>(List.of(ranked(4, 2.0, false), ranked(1, 2.0, false), ranked(3, 2.0, false)));
    Ranked.sort(rs);
    assertEquals(List.of(1, 3, 4), indexes(rs));
  }

  @Test
  void negativeZeroRanksBelowZeroAsDoubleCompareOrdersThem() {
    List<Ranked> rs = new ArrayList<>(List.of(ranked(0, -0.0, false), ranked(1, 0.0, false)));
    Ranked.sort(rs);
    assertEquals(List.of(1, 0), indexes(rs));
  }

  @Test
  void theOrderIsTheSameWhateverTheOrderTheCandidatesCameIn() {
    Comparator<Ranked> expected = Comparator.<Ranked, Boolean>comparing(r -> !r.serviceFirst)
        .thenComparing(r -> r.score, Comparator.reverseOrder()).thenComparingInt(r -> r.index);
    qt().forAll(Generate.range(0, 40), Generate.longRange(0, Long.MAX_VALUE)).checkAssert((n, seed) -> {
      Random random = new Random(seed);
      List<Ranked> rs = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        rs.add(ranked(i, random.nextInt(5) / 2.0, random.nextInt(4) == 0));
      }
      Collections.shuffle(rs, random);
      List<Ranked> sorted = new ArrayList<>(rs);
      sorted.sort(expected);
      Ranked.sort(rs);
      assertEquals(indexes(sorted), indexes(rs));
    });
  }
}
