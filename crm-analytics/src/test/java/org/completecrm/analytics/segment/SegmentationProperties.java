package org.completecrm.analytics.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Properties of segmentation: deterministic for a seed, tiers follow the cut rules, ARI and migration are consistent. */
class SegmentationProperties {
  /** Random customers {@code k-000..}: features in three loose groups, profit and CLV. */
  private record Base(FeatureMatrix<String> features, Map<String, Double> profit, Map<String, Double> clv) {}

  private static Gen<Base> bases() {
    return longs().all().zip(integers().between(0, 60), SegmentationProperties::base);
  }

  private static Base base(long seed, int n) {
    SplittableRandom r = new SplittableRandom(seed);
    List<String> rows = new ArrayList<>();
    double[][] values = new double[n][];
    Map<String, Double> profit = new HashMap<>();
    Map<String, Double> clv = new HashMap<>();
    for (int i = 0; i < n; i++) {
      String id = String.format(java.util.Locale.ROOT, "k-%03d", i);
      rows.add(id);
      int group = r.nextInt(3);
      values[i] = new double[] {group + r.nextDouble(0, 0.8), r.nextDouble(), r.nextInt(3) == 0 ? 0 : r.nextDouble()};
      profit.put(id, r.nextDouble(-300, 900));
      if (r.nextBoolean()) {
        clv.put(id, r.nextDouble(-100, 2000));
      }
    }
    return new Base(new FeatureMatrix<>(rows, List.of("a", "b", "c"), values), profit, clv);
  }

  @Test
  void segmentationIsDeterministicForASeed() {
    qt().withExamples(60).forAll(bases(), longs().all()).checkAssert((b, seed) -> {
      Segmentation.Settings settings = Segmentation.Settings.withSeed(seed).withK(3);
      Map<String, ValueTier> tiers = ValueTierRules.DEFAULT.assign(b.profit(), b.clv());
      Segmentation<String> first = Segmentation.within(tiers, b.features(), settings);
      Segmentation<String> again = Segmentation.within(new TreeMap<>(tiers), b.features(), settings);
      assertEquals(first, again);
      assertEquals(b.features().size(), first.segmentOf().size());
      first.stabilityByTier().values().forEach(s -> assertTrue(s >= -1 && s <= 1 + 1e-12, "ARI in [-1, 1]"));
    });
  }

  @Test
  void kMeansIsDeterministicForASeedAndLabelsCanonically() {
    qt().withExamples(100).forAll(bases(), longs().all(), integers().between(1, 6)).checkAssert((b, seed, k) -> {
      double[][] points = KMeans.standardise(b.features().values());
      Clustering c = KMeans.cluster(points, k, seed, 3, 50);
      assertEquals(c, KMeans.cluster(points, k, seed, 3, 50));
      int[] labels = c.labels();
      int max = -1;
      for (int l : labels) {
        assertTrue(l <= max + 1, "clusters numbered by first point");
        max = Math.max(max, l);
      }
      assertTrue(c.k() <= k);
    });
  }

  @Test
  void tiersFollowTheCutRules() {
    qt().withExamples(200).forAll(bases()).checkAssert(b -> {
      Map<String, ValueTier> tiers = ValueTierRules.DEFAULT.assign(b.profit(), b.clv());
      int nonLead = 0;
      int platinum = 0;
      double lowestPlatinum = Double.POSITIVE_INFINITY;
      double highestIron = Double.NEGATIVE_INFINITY;
      for (Map.Entry<String, ValueTier> e : tiers.entrySet()) {
        double value = b.profit().getOrDefault(e.getKey(), 0.0) + b.clv().getOrDefault(e.getKey(), 0.0);
        assertEquals(value < 0, e.getValue() == ValueTier.LEAD);
        if (e.getValue() != ValueTier.LEAD) {
          nonLead++;
        }
        if (e.getValue() == ValueTier.PLATINUM) {
          platinum++;
          lowestPlatinum = Math.min(lowestPlatinum, value);
        }
        if (e.getValue() == ValueTier.IRON) {
          highestIron = Math.max(highestIron, value);
        }
      }
      assertEquals((int) Math.ceil(0.10 * nonLead - 1e-9), platinum);
      assertTrue(platinum == 0 || highestIron <= lowestPlatinum);
    });
  }

  @Test
  void theAdjustedRandIndexIgnoresLabelNamesAndIsSymmetric() {
    qt().withExamples(200).forAll(longs().all(), integers().between(2, 50)).checkAssert((seed, n) -> {
      SplittableRandom r = new SplittableRandom(seed);
      int[] a = new int[n];
      int[] b = new int[n];
      int[] renamed = new int[n];
      for (int i = 0; i < n; i++) {
        a[i] = r.nextInt(4);
        b[i] = r.nextInt(3);
        renamed[i] = 3 - a[i];
      }
      assertEquals(1.0, KMeans.adjustedRandIndex(a, renamed), 1e-12);
      assertEquals(KMeans.adjustedRandIndex(a, b), KMeans.adjustedRandIndex(b, a), 1e-12);
    });
  }

  @Test
  void theMigrationMatrixCountsEveryCustomerOnce() {
    qt().withExamples(100).forAll(bases(), longs().all()).checkAssert((b, seed) -> {
      Map<String, ValueTier> before = ValueTierRules.DEFAULT.assign(b.profit(), Map.of());
      Map<String, ValueTier> after = ValueTierRules.DEFAULT.assign(b.profit(), b.clv());
      Map<String, String> x = new TreeMap<>();
      before.forEach((k, v) -> x.put(k, v.label()));
      Map<String, String> y = new TreeMap<>();
      after.forEach((k, v) -> {
        if (Math.floorMod(k.hashCode() ^ seed, 5) != 0) {
          y.put(k, v.label());
        }
      });
      MigrationMatrix m = MigrationMatrix.between(x, y);
      long total = 0;
      for (long[] row : m.counts()) {
        for (long v : row) {
          total += v;
        }
      }
      assertEquals(x.size(), total);
      assertEquals(m, MigrationMatrix.between(new TreeMap<>(x), new TreeMap<>(y)));
    });
  }
}
