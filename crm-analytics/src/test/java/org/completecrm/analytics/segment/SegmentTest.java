package org.completecrm.analytics.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.completecrm.analytics.testing.Fixtures;
import org.completecrm.core.CustomerId;
import org.completecrm.core.EventId;
import org.completecrm.core.InvalidValueException;
import org.completecrm.core.channel.Channel;
import org.completecrm.core.score.Scores;
import org.completecrm.core.timeline.Direction;
import org.completecrm.core.timeline.Interaction;
import org.completecrm.core.timeline.TimelineEvent;
import org.completecrm.core.timeline.Transaction;
import org.completecrm.core.timeline.TransactionKind;
import org.junit.jupiter.api.Test;

class SegmentTest {
  /**
   * The examples in scikit-learn's documentation of {@code adjusted_rand_score}: {@code [0,0,1,1]}
   * vs {@code [0,0,1,2]} gives 0.5714 (4/7), and a single cluster vs all singletons gives 0.
   */
  @Test
  void theAdjustedRandIndexMatchesReferenceValues() {
    assertEquals(4.0 / 7.0, KMeans.adjustedRandIndex(new int[] {0, 0, 1, 1}, new int[] {0, 0, 1, 2}), 1e-12);
    assertEquals(0.0, KMeans.adjustedRandIndex(new int[] {0, 0, 0, 0}, new int[] {0, 1, 2, 3}), 1e-12);
    assertEquals(1.0, KMeans.adjustedRandIndex(new int[] {0, 0, 1, 1}, new int[] {1, 1, 0, 0}), 1e-12);
  }

  @Test
  void kMeansRecoversWellSeparatedGroupsStably() {
    SplittableRandom r = new SplittableRandom(1);
    double[][] points = new double[150][];
    int[] truth = new int[150];
    for (int i = 0; i < 150; i++) {
      truth[i] = i % 3;
      points[i] = new double[] {10 * truth[i] + r.nextGaussian(), -10 * truth[i] + r.nextGaussian()};
    }
    Clustering c = KMeans.cluster(points, 3, 42, 5, 100);
    assertEquals(1.0, KMeans.adjustedRandIndex(truth, c.labels()), 1e-12);
    assertEquals(1.0, KMeans.stability(points, 3, 7, 5, 100), 1e-12);
    assertTrue(KMeans.stability(points, 7, 7, 5, 100) < 0.95, "too many clusters are unstable");
  }

  @Test
  void fewerDistinctPointsThanClustersGiveFewerClusters() {
    double[][] points = {{1, 1}, {1, 1}, {2, 2}};
    assertEquals(2, KMeans.cluster(points, 3, 1, 2, 10).k());
  }

  @Test
  void valueTiersPutNegativeValueInLeadAndRankTheRest() {
    Map<String, Double> profit = new TreeMap<>();
    for (int i = 0; i < 10; i++) {
      profit.put("c" + i, (double) (i - 2) * 100);
    }
    Map<String, ValueTier> tiers = ValueTierRules.DEFAULT.assign(profit, Map.of("c0", 250.0));
    assertEquals(ValueTier.IRON, tiers.get("c0")); // -200 + 250 CLV
    assertEquals(ValueTier.LEAD, tiers.get("c1"));
    assertEquals(ValueTier.PLATINUM, tiers.get("c9"));
    assertEquals(ValueTier.GOLD, tiers.get("c8"));
    assertEquals(ValueTier.GOLD, tiers.get("c7"));
    assertEquals(ValueTier.GOLD, tiers.get("c6"));
    assertEquals(ValueTier.IRON, tiers.get("c5"));
    assertThrows(InvalidValueException.class, () -> new ValueTierRules(0.7, 0.5));
  }

  @Test
  void segmentsAreNamedByTierAndTheirStrongestFeatureAndBecomeScores() {
    List<String> rows = new ArrayList<>();
    double[][] values = new double[40][];
    Map<String, ValueTier> tiers = new TreeMap<>();
    for (int i = 0; i < 40; i++) {
      String id = String.format(java.util.Locale.ROOT, "c%02d", i);
      rows.add(id);
      values[i] = i % 2 == 0 ? new double[] {0.9 + i * 0.001, 0.1} : new double[] {0.1, 0.9 + i * 0.001};
      tiers.put(id, ValueTier.GOLD);
    }
    FeatureMatrix<String> f = new FeatureMatrix<>(rows, List.of("channel.web", "channel.branch"), values);
    Segmentation<String> s = Segmentation.within(tiers, f, Segmentation.Settings.withSeed(3).withK(2));
    assertEquals("gold-web", s.segmentOf().get("c00"));
    assertEquals("gold-branch", s.segmentOf().get("c01"));
    assertEquals(Map.of("gold-branch", 20, "gold-web", 20), s.sizes());
    assertEquals(1.0, s.stabilityByTier().get(ValueTier.GOLD), 1e-12);
    Scores scores = SegmentScores.of(s, Map.of("c00", 12.5), Map.of()).get("c00");
    assertEquals("gold", scores.label(Scores.VALUE_TIER).orElseThrow());
    assertEquals("gold-web", scores.label(Scores.SEGMENT).orElseThrow());
    assertEquals(12.5, scores.value(Scores.PROFIT).orElseThrow());
  }

  @Test
  void theMigrationMatrixShowsMovesEntriesAndExits() {
    MigrationMatrix m = MigrationMatrix.between(
        Map.of("a", "gold", "b", "gold", "c", "iron", "d", "iron"),
        Map.of("a", "gold", "b", "iron", "c", "iron", "e", "gold"));
    assertEquals(List.of(MigrationMatrix.NONE, "gold", "iron"), m.segments());
    assertEquals(1, m.count("gold", "iron"));
    assertEquals(1, m.count("iron", MigrationMatrix.NONE));
    assertEquals(1, m.count(MigrationMatrix.NONE, "gold"));
    assertEquals(0.5, m.share("gold", "gold"));
    assertEquals(2.0 / 3.0, m.retention(), 1e-12);
  }

  @Test
  void behaviouralFeaturesDescribeChannelMixProductMixAndIntensity() {
    CustomerId c = CustomerId.of("c");
    Instant from = Instant.parse("2024-01-01T00:00:00Z");
    List<TimelineEvent> events = List.of(
        Interaction.builder().id(EventId.of("1")).customer(c).at(from.plusSeconds(10)).channel(Channel.WEB)
            .direction(Direction.INBOUND).type("session").build(),
        Interaction.builder().id(EventId.of("2")).customer(c).at(from.plusSeconds(20)).channel(Channel.WEB)
            .direction(Direction.INBOUND).type("session").build(),
        Interaction.builder().id(EventId.of("3")).customer(c).at(from.plusSeconds(30)).channel(Channel.PHONE)
            .direction(Direction.INBOUND).type("call").build(),
        Transaction.builder().id(EventId.of("4")).customer(c).at(from.plusSeconds(40)).amount(Fixtures.eur("10"))
            .kind(TransactionKind.PURCHASE).product("fund").build());
    FeatureMatrix<CustomerId> f = BehaviourFeatures.of(events, List.of(c), List.of("fund", "deposit"), from, from.plusSeconds(30L * 86_400));
    Map<String, Double> row = new TreeMap<>();
    for (int j = 0; j < f.names().size(); j++) {
      row.put(f.names().get(j), f.values()[0][j]);
    }
    assertEquals(2.0 / 3.0, row.get("channel.web"), 1e-12);
    assertEquals(1.0 / 3.0, row.get("channel.phone"), 1e-12);
    assertEquals(1.0, row.get("product.fund"));
    assertEquals(0.0, row.get("product.deposit"));
    assertEquals(Math.log1p(3), row.get("serviceIntensity"), 1e-12);
    assertEquals(Math.log1p(1), row.get("purchaseFrequency"), 1e-12);
  }
}
