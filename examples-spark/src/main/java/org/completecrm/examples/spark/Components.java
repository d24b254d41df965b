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
  /** The records of the pairs, sorted, each once: record numbers are below 2<sup>27</sup>, so an {@code int} each. */
  private final int[] nodes;
  private final int[] parent;

  private Components(long[] pairs) {
    // the ends as ints, half the memory of longs: the one task that joins all partitions' stars
    // holds them all at once (ten million records ran out of heap here with longs)
    int[] ends = new int[pairs.length * 2];
    for (int k = 0; k < pairs.length; k++) {
      ends[2 * k] = (int) (pairs[k] >>> 32);
      ends[2 * k + 1] = (int) pairs[k];
    }
    Arrays.sort(ends);
    int distinct = 0;
    for (int k = 0; k < ends.length; k++) {
      if (distinct == 0 || ends[k] != ends[distinct - 1]) {
        ends[distinct++] = ends[k];
      }
    }
    nodes = Arrays.copyOf(ends, distinct);
    ends = null;
    parent = new int[nodes.length];
    for (int i = 0; i < parent.length; i++) {
      parent[i] = i;
    }
    for (long pair : pairs) {
      int a = find(index((int) (pair >>> 32)));
      int b = find(index((int) pair));
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
        out.add((long) c.nodes[i] << 32 | c.nodes[root]);
      }
    }
    return out.toArray();
  }

  /** Every record of {@code pairs} with the smallest record of its component: {@code record << 32 | smallest}, sorted. */
  static long[] labels(long[] pairs) {
    Components c = new Components(pairs);
    long[] out = new long[c.nodes.length];
    for (int i = 0; i < c.nodes.length; i++) {
      out[i] = (long) c.nodes[i] << 32 | c.nodes[c.find(i)];
    }
    return out;
  }

  /** How many records the largest component of {@code labels} ({@link #labels}) holds; 0 for none. */
  static int largest(long[] labels) {
    int[] roots = new int[labels.length];
    for (int k = 0; k < labels.length; k++) {
      roots[k] = (int) labels[k];
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

  private int index(int node) {
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
