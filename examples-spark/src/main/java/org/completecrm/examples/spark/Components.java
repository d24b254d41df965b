package org.completecrm.examples.spark;

import java.util.Arrays;

/**
 * Connected components of pairs of record numbers, each pair packed as {@code a << 32 | b}, by
 * union-find with the smallest record of a component as its root.
 *
 * <p>Distributed in two steps: each partition of pairs reduces its own pairs to a star per local
 * component (every record joined to the component's smallest record: at most one pair per
 * record, however many pairs the partition holds), and one task joins the stars of all
 * partitions into the final components. The stars have the same components as the pairs, and
 * that task holds one {@code long} per record that has a pair at all (8 bytes for each of them,
 * 80 MB for ten million), never the pairs themselves.
 */
final class Components {
  private final long[] nodes;
  private final int[] parent;

  private Components(long[] pairs) {
    long[] ends = new long[pairs.length * 2];
    for (int k = 0; k < pairs.length; k++) {
      ends[2 * k] = pairs[k] >>> 32;
      ends[2 * k + 1] = pairs[k] & 0xffffffffL;
    }
    nodes = Longs.sortedDistinct(ends);
    parent = new int[nodes.length];
    for (int i = 0; i < parent.length; i++) {
      parent[i] = i;
    }
    for (long pair : pairs) {
      int a = find(index(pair >>> 32));
      int b = find(index(pair & 0xffffffffL));
      // nodes are sorted: the smaller index is the smaller record, and stays the root
      if (a < b) {
        parent[b] = a;
      } else if (b < a) {
        parent[a] = b;
      }
    }
  }

  /** A star per component of {@code pairs}: {@code record << 32 | smallest record of its component}, roots left out. */
  static long[] stars(long[] pairs) {
    Components c = new Components(pairs);
    Longs out = new Longs(c.nodes.length);
    for (int i = 0; i < c.nodes.length; i++) {
      int root = c.find(i);
      if (root != i) {
        out.add(c.nodes[i] << 32 | c.nodes[root]);
      }
    }
    return out.toArray();
  }

  /** Every record of {@code pairs} with the smallest record of its component: {@code record << 32 | smallest}, sorted. */
  static long[] labels(long[] pairs) {
    Components c = new Components(pairs);
    long[] out = new long[c.nodes.length];
    for (int i = 0; i < c.nodes.length; i++) {
      out[i] = c.nodes[i] << 32 | c.nodes[c.find(i)];
    }
    return out;
  }

  /** How many records the largest component of {@code labels} ({@link #labels}) holds; 0 for none. */
  static int largest(long[] labels) {
    long[] roots = new long[labels.length];
    for (int k = 0; k < labels.length; k++) {
      roots[k] = labels[k] & 0xffffffffL;
    }
    Arrays.sort(roots);
    int best = 0;
    for (int s = 0; s < roots.length; ) {
      int e = s + 1;
      while (e < roots.length && roots[e] == roots[s]) {
        e++;
      }
      best = Math.max(best, e - s);
      s = e;
    }
    return best;
  }

  /** The label of record {@code node} in sorted {@code labels}, or -1 when it has none. */
  static long labelOf(long[] labels, long node) {
    int k = Arrays.binarySearch(labels, node << 32);
    if (k < 0) {
      k = -k - 1;
    }
    return k < labels.length && labels[k] >>> 32 == node ? labels[k] & 0xffffffffL : -1;
  }

  private int index(long node) {
    return Arrays.binarySearch(nodes, node);
  }

  private int find(int i) {
    int r = i;
    while (parent[r] != r) {
      r = parent[r];
    }
    while (parent[i] != r) {
      int next = parent[i];
      parent[i] = r;
      i = next;
    }
    return r;
  }
}
