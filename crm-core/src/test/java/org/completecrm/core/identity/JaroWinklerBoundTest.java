package org.completecrm.core.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The cheap bound of Jaro-Winkler is never below it, so a threshold test that tries it first decides the same. */
class JaroWinklerBoundTest {
  private static final String ALPHABET = "abcdeilmnorst -.@0123456789éß";

  @Test
  void theBoundIsNeverBelowJaroWinklerAndTheThresholdTestsAgree() {
    qt().withExamples(3000).forAll(integers().between(0, 14), integers().between(0, 14), longs().all())
        .checkAssert((la, lb, seed) -> {
          Random rnd = new Random(seed);
          String a = text(rnd, la);
          // half the time a near copy of a, so that high similarities are checked too
          String b = rnd.nextBoolean() ? text(rnd, lb) : mutate(rnd, a);
          double jw = Similarity.jaroWinkler(a, b);
          assertTrue(Similarity.jaroWinklerBound(a, b) >= jw, () -> a + " / " + b);
          for (double t : new double[] {0.85, 0.9, 0.92, 0.94}) {
            assertEquals(jw >= t, Similarity.jaroWinklerAtLeast(a, b, t), () -> a + " / " + b);
          }
        });
  }

  private static String text(Random rnd, int n) {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < n; i++) {
      s.append(ALPHABET.charAt(rnd.nextInt(ALPHABET.length())));
    }
    return s.toString();
  }

  private static String mutate(Random rnd, String a) {
    if (a.isEmpty()) {
      return a;
    }
    char[] c = a.toCharArray();
    c[rnd.nextInt(c.length)] = ALPHABET.charAt(rnd.nextInt(ALPHABET.length()));
    return new String(c);
  }
}
