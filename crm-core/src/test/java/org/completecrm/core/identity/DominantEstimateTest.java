package org.completecrm.core.identity;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * EM keeps matches agreeing at least as well as non-matches on every comparison ({@link
 * MatchModel#dominant}): among candidate pairs most of which are strangers paired by one blocking
 * key, the two latent classes are otherwise free to become "pairs of that key" and "the rest".
 */
class DominantEstimateTest {
  /** Whether the share at level {@code l} or above is at least as large in {@code m} as in {@code u}, for every level. */
  /** Dominance up to what the estimate's floor of 0.001 and normalising each class on its own can move (about 1e-6). */
  private static boolean dominates(double[] m, double[] u) {
    return dominates(m, u, 1e-6);
  }

  private static boolean dominates(double[] m, double[] u, double tolerance) {
    double tm = 0;
    double tu = 0;
    for (int l = m.length - 1; l >= 1; l--) {
      tm += m[l];
      tu += u[l];
      if (tu - tm > tolerance) {
        return false;
      }
    }
    return true;
  }

  private static double sum(double[] p) {
    double s = 0;
    for (double x : p) {
      s += x;
    }
    return s;
  }

  @Test
  void aStepWhereNonMatchesAgreeBetterIsPooledWhereItBinds() {
    // a birth date as the inverted estimate at 4.4 million records had it: non-matches agree exactly far more often
    double[] m = {0.6846, 0.0386, 0.0123, 0.2645};
    double[] u = {0.0010, 0.0010, 0.0010, 0.9970};
    double[] mCounts = {684_600, 38_600, 12_300, 264_500};
    double[] uCounts = {1_000, 1_000, 1_000, 997_000};
    double[] prior = {0.25, 0.25, 0.25, 0.25};
    assertTrue(MatchModel.dominant(m, u, mCounts, uCounts, prior, prior));
    assertTrue(dominates(m, u));
    assertEquals(1, sum(m), 1e-9);
    assertEquals(1, sum(u), 1e-9);
    // no level of the pooled estimate weighs for a match where the counts say non-matches agree so
    assertTrue(m[3] <= u[3] + 1e-9);
  }

  @Test
  void aStepThatAlreadyHoldsIsLeftAsItIs() {
    double[] m = {0.02, 0.05, 0.13, 0.80};
    double[] u = {0.90, 0.04, 0.02, 0.04};
    double[] before = m.clone();
    double[] beforeU = u.clone();
    assertFalse(MatchModel.dominant(m, u, new double[] {20, 50, 130, 800}, new double[] {900, 40, 20, 40}, before, beforeU));
    assertArrayEquals(before, m, 0);
    assertArrayEquals(beforeU, u, 0);
  }

  @Test
  void anyCountsGiveADominatingPairOfDistributions() {
    qt().withExamples(500).forAll(lists().of(integers().between(0, 1_000_000)).ofSize(10))
        .checkAssert(counts -> {
          double[] mc = new double[5];
          double[] uc = new double[5];
          for (int l = 0; l < 5; l++) {
            mc[l] = counts.get(l);
            uc[l] = counts.get(5 + l);
          }
          double[] prior = {0.2, 0.2, 0.2, 0.2, 0.2};
          double[] m = posterior(mc, prior);
          double[] u = posterior(uc, prior);
          boolean held = dominates(m, u, 1e-12);
          boolean applied = MatchModel.dominant(m, u, mc, uc, prior, prior);
          assertTrue(dominates(m, u), () -> counts.toString());
          assertEquals(!held, applied, () -> counts.toString());
          assertEquals(1, sum(m), 1e-9);
          assertEquals(1, sum(u), 1e-9);
        });
  }

  /** The unconstrained M-step: counts with the prior as pseudo-counts, floored and normalised as the estimate does. */
  private static double[] posterior(double[] counts, double[] prior) {
    double total = MatchModel.PRIOR_PAIRS + sum(counts);
    double[] p = new double[counts.length];
    for (int l = 0; l < p.length; l++) {
      p[l] = Math.max(MatchModel.MIN_PROBABILITY, (counts[l] + MatchModel.PRIOR_PAIRS * prior[l]) / total);
    }
    double s = sum(p);
    for (int l = 0; l < p.length; l++) {
      p[l] /= s;
    }
    return p;
  }

  /**
   * The agreement patterns of the candidate pairs of 4.4 million generated records (the benchmark's
   * chunks of {@code PeopleGen}, 2,000,000 people: the 3,000 most frequent of 19,383 distinct
   * patterns, 45,977,614 of the 46,274,621 pairs; one "pattern count" per line), where most pairs
   * are strangers of one birth date and initial. Without the constraint EM made the birth-date
   * strangers its non-matches and everything else its matches: prior 0.362, a different birth date
   * +9.4 bits, an agreeing one -1.9. With it, the match class is about the true share of matches
   * (about 0.08 of these pairs).
   */
  @Test
  void strangersOfOneBlockingKeyDoNotBecomeAClass() throws java.io.IOException {
    List<String> lines;
    try (var in = getClass().getResourceAsStream("/identity/candidate-patterns-4.4m-records.txt")) {
      lines = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.US_ASCII).lines().toList();
    }
    int[] patterns = new int[lines.size()];
    long[] counts = new long[lines.size()];
    for (int k = 0; k < patterns.length; k++) {
      String[] f = lines.get(k).split(" ");
      patterns[k] = Integer.parseInt(f[0]);
      counts[k] = Long.parseLong(f[1]);
    }
    MatchModel model = MatchModel.estimate(patterns, counts, ResolverSettings.defaults().maxIterations());
    for (Comparison c : Comparison.values()) {
      double[] m = model.m().get(c).stream().mapToDouble(Double::doubleValue).toArray();
      double[] u = model.u().get(c).stream().mapToDouble(Double::doubleValue).toArray();
      assertTrue(dominates(m, u), () -> c + " m " + model.m().get(c) + " u " + model.u().get(c));
    }
    assertTrue(model.weight(Comparison.BIRTH_DATE, 0) < 0, () -> "different birth date " + model.weight(Comparison.BIRTH_DATE, 0));
    assertTrue(model.weight(Comparison.GIVEN_NAME, 0) < -3, () -> "different given name " + model.weight(Comparison.GIVEN_NAME, 0));
    assertTrue(model.prior() < 0.12, () -> "prior " + model.prior());
  }
}
