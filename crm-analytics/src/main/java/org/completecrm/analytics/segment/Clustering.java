package org.completecrm.analytics.segment;

import java.util.Arrays;
import org.completecrm.core.InvalidValueException;
import org.completecrm.core.Checks;

/**
 * The result of k-means: each point's cluster, the centroids and the within-cluster sum of
 * squares. Clusters are numbered in order of their first point, so two clusterings that group
 * the points the same way are equal.
 *
 * @param labels the cluster of each point, {@code 0..k-1}
 * @param centroids the centroid of each cluster, in the (standardised) space clustered
 * @param inertia the sum of squared distances of the points to their centroids
 */
public record Clustering(int[] labels, double[][] centroids, double inertia) {
  /** Validates the figures. */
  public Clustering {
    Checks.present(labels, "Clustering.labels");
    Checks.present(centroids, "Clustering.centroids");
    Checks.finiteNonNegative(inertia, "Clustering.inertia");
    for (int l : labels) {
      if (l < 0 || l >= centroids.length) {
        throw new InvalidValueException("Clustering.labels", l, "a cluster in [0, " + centroids.length + ")");
      }
    }
    labels = labels.clone();
    double[][] c = new double[centroids.length][];
    for (int i = 0; i < c.length; i++) {
      c[i] = Checks.present(centroids[i], "Clustering.centroids[" + i + "]").clone();
    }
    centroids = c;
  }

  /** The number of clusters. */
  public int k() {
    return centroids.length;
  }

  /** A copy of the labels. */
  @Override
  public int[] labels() {
    return labels.clone();
  }

  /** A copy of the centroids. */
  @Override
  public double[][] centroids() {
    double[][] c = new double[centroids.length][];
    for (int i = 0; i < c.length; i++) {
      c[i] = centroids[i].clone();
    }
    return c;
  }

  /** The number of points in each cluster. */
  public int[] sizes() {
    int[] s = new int[centroids.length];
    for (int l : labels) {
      s[l]++;
    }
    return s;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Clustering c && Arrays.equals(labels, c.labels) && Arrays.deepEquals(centroids, c.centroids)
        && Double.compare(inertia, c.inertia) == 0;
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(labels) * 31 + Arrays.deepHashCode(centroids);
  }

  @Override
  public String toString() {
    return "Clustering{k=" + centroids.length + ", sizes=" + Arrays.toString(sizes()) + ", inertia=" + inertia + "}";
  }
}
