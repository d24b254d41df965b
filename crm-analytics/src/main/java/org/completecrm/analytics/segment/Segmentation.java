package org.completecrm.analytics.segment;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.completecrm.core.InvalidValueException;
import org.completecrm.core.Checks;

/**
 * Needs-based segments inside value tiers: each tier's customers clustered by k-means on their
 * standardised behavioural features, each cluster named after its tier and the feature it
 * over-indexes on most, with the tier's stability.
 *
 * <p>Names: {@code <tier>-<feature>}, the feature being the one with the highest standardised
 * centroid value, without its {@code channel.}/{@code product.} prefix ({@code "gold-web"},
 * {@code "platinum-serviceIntensity"}); a second cluster of a tier with the same feature gets a
 * suffix ({@code "gold-web-2"}). Tiers with no more than {@code k} customers form one segment,
 * {@code <tier>-all}. Deterministic for a seed and independent of the order of the inputs.
 *
 * @param <K> the customer (or household) key
 * @param segmentOf the segment name of every customer with a tier and features
 * @param tierOf the tier of those customers
 * @param profiles the mean (unstandardised) features of each segment, by segment name
 * @param stabilityByTier the mean adjusted Rand index over reseeded runs, per tier clustered
 */
public record Segmentation<K extends Comparable<K>>(
    Map<K, String> segmentOf, Map<K, ValueTier> tierOf, Map<String, Map<String, Double>> profiles, Map<ValueTier, Double> stabilityByTier) {
  /** Validates and copies the maps. */
  public Segmentation {
    segmentOf = Collections.unmodifiableMap(new TreeMap<>(Checks.noNulls(segmentOf, "Segmentation.segmentOf")));
    tierOf = Collections.unmodifiableMap(new TreeMap<>(Checks.noNulls(tierOf, "Segmentation.tierOf")));
    profiles = Collections.unmodifiableMap(new TreeMap<>(Checks.noNulls(profiles, "Segmentation.profiles")));
    stabilityByTier = Collections.unmodifiableMap(new TreeMap<>(Checks.noNulls(stabilityByTier, "Segmentation.stabilityByTier")));
  }

  /** The settings of needs-based segmentation. */
  public record Settings(int k, long seed, int starts, int maxIterations, int stabilityRuns) {
    /** Four segments per tier, ten starts, 100 iterations, stability over ten reseeded runs. */
    public static Settings withSeed(long seed) {
      return new Settings(4, seed, 10, 100, 10);
    }

    /** Validates the settings. */
    public Settings {
      if (k < 1 || starts < 1 || maxIterations < 1 || stabilityRuns < 2) {
        throw new InvalidValueException("Segmentation.Settings", k + "/" + starts + "/" + maxIterations + "/" + stabilityRuns,
            "k >= 1, starts >= 1, maxIterations >= 1 and stabilityRuns >= 2");
      }
    }

    /** These settings with {@code k} segments per tier. */
    public Settings withK(int segments) {
      return new Settings(segments, seed, starts, maxIterations, stabilityRuns);
    }
  }

  /** Segments the customers of {@code tiers} that have features, tier by tier. */
  public static <K extends Comparable<K>> Segmentation<K> within(
      Map<K, ValueTier> tiers, FeatureMatrix<K> features, Settings settings) {
    Checks.noNulls(tiers, "Segmentation.tiers");
    Checks.present(features, "Segmentation.features");
    Checks.present(settings, "Segmentation.settings");
    Map<K, String> segmentOf = new TreeMap<>();
    Map<K, ValueTier> tierOf = new TreeMap<>();
    Map<String, Map<String, Double>> profiles = new TreeMap<>();
    Map<ValueTier, Double> stability = new TreeMap<>();
    for (ValueTier tier : ValueTier.values()) {
      FeatureMatrix<K> part = features.filter(key -> tiers.get(key) == tier);
      if (part.size() == 0) {
        continue;
      }
      double[][] raw = part.values();
      double[][] points = KMeans.standardise(raw);
      List<String> names = new ArrayList<>();
      int[] labels;
      double[][] centroids;
      if (part.size() <= settings.k()) {
        labels = new int[part.size()];
        centroids = new double[1][];
        names.add(tier.label() + "-all");
      } else {
        long tierSeed = settings.seed() * 31 + tier.ordinal();
        Clustering c = KMeans.cluster(points, settings.k(), tierSeed, settings.starts(), settings.maxIterations());
        labels = c.labels();
        centroids = c.centroids();
        stability.put(tier, KMeans.stability(points, settings.k(), tierSeed, settings.stabilityRuns(), settings.maxIterations()));
        Set<String> used = new TreeSet<>();
        for (double[] centroid : centroids) {
          int top = 0;
          for (int j = 1; j < centroid.length; j++) {
            if (centroid[j] > centroid[top]) {
              top = j;
            }
          }
          String base = tier.label() + "-" + shortName(part.names().get(top));
          String name = base;
          for (int i = 2; !used.add(name); i++) {
            name = base + "-" + i;
          }
          names.add(name);
        }
      }
      double[][] sums = new double[names.size()][part.names().size()];
      int[] counts = new int[names.size()];
      for (int i = 0; i < part.size(); i++) {
        segmentOf.put(part.rows().get(i), names.get(labels[i]));
        tierOf.put(part.rows().get(i), tier);
        counts[labels[i]]++;
        for (int j = 0; j < raw[i].length; j++) {
          sums[labels[i]][j] += raw[i][j];
        }
      }
      for (int s = 0; s < names.size(); s++) {
        Map<String, Double> profile = new TreeMap<>();
        for (int j = 0; j < part.names().size(); j++) {
          profile.put(part.names().get(j), counts[s] == 0 ? 0 : sums[s][j] / counts[s]);
        }
        profiles.put(names.get(s), Collections.unmodifiableMap(profile));
      }
    }
    return new Segmentation<>(segmentOf, tierOf, profiles, stability);
  }

  private static String shortName(String feature) {
    int dot = feature.indexOf('.');
    return dot >= 0 ? feature.substring(dot + 1) : feature;
  }

  /** The number of customers in each segment. */
  public Map<String, Integer> sizes() {
    Map<String, Integer> m = new TreeMap<>();
    segmentOf.values().forEach(s -> m.merge(s, 1, Integer::sum));
    return Collections.unmodifiableMap(m);
  }
}
