package org.completecrm.core.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link Similarity#jaroWinkler} with its positions as bit masks equals Jaro-Winkler as defined
 * (Jaro 1989, Winkler 1990: each character of the first string matched to the first unmatched equal
 * character of the second within the window), written out here as the loop it replaced: on random
 * strings of up to 64 characters, with characters that share a slot of the table ({@code c & 127}:
 * a and á, 0 and °) and long strings that take the other path.
 */
class JaroWinklerTest {
  private static final String ALPHABET = "abcdeilmnorst -.@0123456789éß\u00e1\u00b0\u0100";

  @Test
  void bitMasksGiveTheSimilarityOfTheDefinition() {
    qt().withExamples(5000).forAll(integers().between(0, 64), integers().between(0, 64), longs().all())
        .checkAssert((la, lb, seed) -> {
          Random rnd = new Random(seed);
          String a = text(rnd, la);
          String b = rnd.nextBoolean() ? text(rnd, lb) : mutate(rnd, a);
          assertEquals(definition(a, b), Similarity.jaroWinkler(a, b), () -> a + " / " + b);
          assertEquals(definition(b, a), Similarity.jaroWinkler(b, a), () -> b + " / " + a);
        });
  }

  @Test
  void knownValues() {
    assertEquals(0.961, Similarity.jaroWinkler("martha", "marhta"), 0.0005);
    assertEquals(0.840, Similarity.jaroWinkler("dwayne", "duane"), 0.0005);
    assertEquals(0.813, Similarity.jaroWinkler("dixon", "dicksonx"), 0.0005);
    assertEquals(0, Similarity.jaroWinkler("abc", "xyz"));
    assertEquals(0, Similarity.jaroWinkler("", "abc"));
    String longA = "a".repeat(70) + "b";
    assertEquals(definition(longA, "a".repeat(71)), Similarity.jaroWinkler(longA, "a".repeat(71)));
  }

  /** Jaro-Winkler as defined, by scanning the window for every character. */
  private static double definition(String a, String b) {
    if (a.equals(b)) {
      return a.isEmpty() ? 0 : 1;
    }
    int la = a.length();
    int lb = b.length();
    if (la == 0 || lb == 0) {
      return 0;
    }
    int window = Math.max(0, Math.max(la, lb) / 2 - 1);
    boolean[] ma = new boolean[la];
    boolean[] mb = new boolean[lb];
    int m = 0;
    for (int i = 0; i < la; i++) {
      for (int j = Math.max(0, i - window); j <= Math.min(lb - 1, i + window); j++) {
        if (!mb[j] && b.charAt(j) == a.charAt(i)) {
          ma[i] = true;
          mb[j] = true;
          m++;
          break;
        }
      }
    }
    if (m == 0) {
      return 0;
    }
    int t = 0;
    int k = 0;
    for (int i = 0; i < la; i++) {
      if (ma[i]) {
        while (!mb[k]) {
          k++;
        }
        t += a.charAt(i) != b.charAt(k) ? 1 : 0;
        k++;
      }
    }
    double jaro = ((double) m / la + (double) m / lb + (m - t / 2.0) / m) / 3.0;
    int prefix = 0;
    while (prefix < Math.min(4, Math.min(la, lb)) && a.charAt(prefix) == b.charAt(prefix)) {
      prefix++;
    }
    return jaro + prefix * 0.1 * (1 - jaro);
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
    for (int e = rnd.nextInt(3); e >= 0; e--) {
      c[rnd.nextInt(c.length)] = ALPHABET.charAt(rnd.nextInt(ALPHABET.length()));
    }
    return new String(c);
  }
}
