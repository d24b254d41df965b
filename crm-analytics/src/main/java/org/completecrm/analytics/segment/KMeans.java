package org.completecrm.analytics.segment;

import java.util.SplittableRandom;
import org.completecrm.core.InvalidValueException;
import org.completecrm.core.Checks;

/**
 * k-means clustering (Lloyd's algorithm) with k-means++ seeding (Arthur and Vassilvitskii,
 * "k-means++: The Advantages of Careful Seeding", SODA 2007), repeated from several seeded starts
 * keeping the lowest within-cluster sum of squares; and the adjusted Rand index (Hubert and
 * Arabie, "Comparing Partitions", Journal of Classification 2(1), 1985) to measure how stable a
 * clustering is when reseeded.
 *
 * <p>Deterministic for a seed: the same points in the same order give the same clustering. Points
 * are used as given; {@link #standardise} puts features on one scale first.
 */
public final class KMeans {
  private KMeans() {}

  /**
   * Clusters {@code points} into at most {@code k} clusters (fewer when there are fewer distinct
   * points), the best of {@code starts} k-means++ starts of at most {@code maxIterations} Lloyd
   * iterations each.
   */
  public static Clustering cluster(double[][] points, int k, long seed, int starts, int maxIterations) {
    Checks.present(points, "KMeans.points");
    if (k < 1) {
      throw new InvalidValueException("KMeans.k", k, "a number of clusters >= 1");
    }
    if (starts < 1) {
      throw new InvalidValueException("KMeans.starts", starts, "a number of starts >= 1");
    }
    if (maxIterations < 1) {
      throw new InvalidValueException("KMeans.maxIterations", maxIterations, "a number of iterations >= 1");
    }
    int n = points.length;
    int d = n == 0 ? 0 : points[0].length;
    for (int i = 0; i < n; i++) {
      if (points[i] == null || points[i].length != d) {
        throw new InvalidValueException("KMeans.points[" + i + "]", points[i] == null ? "null" : points[i].length + " values", d + " values");
      }
      for (double v : points[i]) {
        Checks.finite(v, "KMeans.points[" + i + "]");
      }
    }
    if (n == 0) {
      return new Clustering(new int[0], new double[0][], 0);
    }
    int clusters = Math.min(k, distinct(points));
    SplittableRandom random = new SplittableRandom(seed);
    Clustering best = null;
    for (int s = 0; s < starts; s++) {
      Clustering c = lloyd(points, seedCentroids(points, clusters, random.split()), maxIterations);
      if (best == null || c.inertia() < best.inertia()) {
        best = c;
      }
    }
    return best;
  }

  private static int distinct(double[][] points) {
    java.util.Set<java.util.List<Double>> set = new java.util.HashSet<>();
    for (double[] p : points) {
      set.add(java.util.Arrays.stream(p).boxed().toList());
    }
    return set.size();
  }

  /** k-means++: the first centre uniformly, each next one with probability proportional to D(x)². */
  private static double[][] seedCentroids(double[][] points, int k, SplittableRandom random) {
    int n = points.length;
    double[][] centres = new double[k][];
    centres[0] = points[random.nextInt(n)].clone();
    double[] d2 = new double[n];
    for (int i = 0; i < n; i++) {
      d2[i] = distance2(points[i], centres[0]);
    }
    for (int c = 1; c < k; c++) {
      double total = 0;
      for (double v : d2) {
        total += v;
      }
      // Fewer centres than distinct points, so some point is at a positive distance: total > 0.
      double target = random.nextDouble() * total;
      int chosen = -1;
      double run = 0;
      for (int i = 0; i < n; i++) {
        if (d2[i] > 0) {
          chosen = i;
          run += d2[i];
          if (run > target) {
            break;
          }
        }
      }
      centres[c] = points[chosen].clone();
      for (int i = 0; i < n; i++) {
        d2[i] = Math.min(d2[i], distance2(points[i], centres[c]));
      }
    }
    return centres;
  }

  private static Clustering lloyd(double[][] points, double[][] centres, int maxIterations) {
    int n = points.length;
    int k = centres.length;
    int d = points[0].length;
    int[] labels = new int[n];
    java.util.Arrays.fill(labels, -1);
    for (int iter = 0; iter < maxIterations; iter++) {
      boolean changed = false;
      for (int i = 0; i < n; i++) {
        int nearest = nearest(points[i], centres);
        if (nearest != labels[i]) {
          labels[i] = nearest;
          changed = true;
        }
      }
      if (!changed) {
        break;
      }
      double[][] sums = new double[k][d];
      int[] counts = new int[k];
      for (int i = 0; i < n; i++) {
        counts[labels[i]]++;
        for (int j = 0; j < d; j++) {
          sums[labels[i]][j] += points[i][j];
        }
      }
      for (int c = 0; c < k; c++) {
        if (counts[c] > 0) {
          for (int j = 0; j < d; j++) {
            centres[c][j] = sums[c][j] / counts[c];
          }
        }
      }
    }
    return canonical(points, labels, centres);
  }

  /** Renumbers clusters by first point, drops empty ones and computes the inertia. */
  private static Clustering canonical(double[][] points, int[] labels, double[][] centres) {
    int[] map = new int[centres.length];
    java.util.Arrays.fill(map, -1);
    int next = 0;
    int[] out = new int[labels.length];
    for (int i = 0; i < labels.length; i++) {
      if (map[labels[i]] < 0) {
        map[labels[i]] = next++;
      }
      out[i] = map[labels[i]];
    }
    double[][] c = new double[next][];
    for (int old = 0; old < centres.length; old++) {
      if (map[old] >= 0) {
        c[map[old]] = centres[old].clone();
      }
    }
    double inertia = 0;
    for (int i = 0; i < points.length; i++) {
      inertia += distance2(points[i], c[out[i]]);
    }
    return new Clustering(out, c, inertia);
  }

  private static int nearest(double[] p, double[][] centres) {
    int best = 0;
    double bestD = Double.POSITIVE_INFINITY;
    for (int c = 0; c < centres.length; c++) {
      double dist = distance2(p, centres[c]);
      if (dist < bestD) {
        bestD = dist;
        best = c;
      }
    }
    return best;
  }

  static double distance2(double[] a, double[] b) {
    double s = 0;
    for (int j = 0; j < a.length; j++) {
      double t = a[j] - b[j];
      s += t * t;
    }
    return s;
  }

  /** The points with each feature scaled to mean 0 and standard deviation 1 (features without spread become 0). */
  public static double[][] standardise(double[][] points) {
    Checks.present(points, "KMeans.standardise.points");
    int n = points.length;
    if (n == 0) {
      return new double[0][];
    }
    int d = points[0].length;
    double[] mean = new double[d];
    double[] sd = new double[d];
    for (double[] p : points) {
      for (int j = 0; j < d; j++) {
        mean[j] += p[j] / n;
      }
    }
    for (double[] p : points) {
      for (int j = 0; j < d; j++) {
        sd[j] += (p[j] - mean[j]) * (p[j] - mean[j]) / n;
      }
    }
    double[][] out = new double[n][d];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < d; j++) {
        double s = Math.sqrt(sd[j]);
        out[i][j] = s > 1e-12 ? (points[i][j] - mean[j]) / s : 0;
      }
    }
    return out;
  }

  /**
   * The adjusted Rand index of two partitions of the same points: 1 for identical partitions
   * (up to renaming), about 0 for independent ones. Two single-cluster partitions give 1.
   */
  public static double adjustedRandIndex(int[] a, int[] b) {
    Checks.present(a, "KMeans.adjustedRandIndex.a");
    Checks.present(b, "KMeans.adjustedRandIndex.b");
    if (a.length != b.length) {
      throw new InvalidValueException("KMeans.adjustedRandIndex.b", b.length + " labels", a.length + " labels");
    }
    int ka = 0;
    int kb = 0;
    for (int i = 0; i < a.length; i++) {
      if (a[i] < 0 || b[i] < 0) {
        throw new InvalidValueException("KMeans.adjustedRandIndex", a[i] + "," + b[i], "labels >= 0");
      }
      ka = Math.max(ka, a[i] + 1);
      kb = Math.max(kb, b[i] + 1);
    }
    long[][] table = new long[ka][kb];
    long[] rows = new long[ka];
    long[] cols = new long[kb];
    for (int i = 0; i < a.length; i++) {
      table[a[i]][b[i]]++;
      rows[a[i]]++;
      cols[b[i]]++;
    }
    double index = 0;
    for (long[] r : table) {
      for (long v : r) {
        index += pairs(v);
      }
    }
    double sumRows = 0;
    for (long r : rows) {
      sumRows += pairs(r);
    }
    double sumCols = 0;
    for (long c : cols) {
      sumCols += pairs(c);
    }
    double total = pairs(a.length);
    double expected = total == 0 ? 0 : sumRows * sumCols / total;
    double max = (sumRows + sumCols) / 2;
    if (max == expected) {
      return 1.0;
    }
    return (index - expected) / (max - expected);
  }

  private static double pairs(long n) {
    return n * (n - 1) / 2.0;
  }

  /**
   * The stability of k-means on {@code points}: the mean adjusted Rand index between every pair of
   * {@code runs} clusterings from seeds derived from {@code seed} (one start each, so that the
   * seeding's variability shows). Near 1: the segments are a property of the data; well below:
   * they are artefacts of the seed, and {@code k} should change.
   */
  public static double stability(double[][] points, int k, long seed, int runs, int maxIterations) {
    if (runs < 2) {
      throw new InvalidValueException("KMeans.stability.runs", runs, "at least 2 runs");
    }
    SplittableRandom random = new SplittableRandom(seed);
    int[][] labels = new int[runs][];
    for (int r = 0; r < runs; r++) {
      labels[r] = cluster(points, k, random.nextLong(), 1, maxIterations).labels();
    }
    double sum = 0;
    int count = 0;
    for (int r = 0; r < runs; r++) {
      for (int s = r + 1; s < runs; s++) {
        sum += adjustedRandIndex(labels[r], labels[s]);
        count++;
      }
    }
    return sum / count;
  }
}
