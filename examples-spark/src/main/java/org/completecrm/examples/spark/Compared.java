package org.completecrm.examples.spark;

import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;

/**
 * The candidate pairs compared in one partition: each pair of record numbers ({@code a << 32 |
 * b}, {@code a < b}, record {@code b} of this partition), its agreement pattern and whether a
 * deterministic rule links it; and how many pairs have each pattern with and without a rule.
 */
final class Compared implements Serializable {
  private static final long serialVersionUID = 1L;

  final long[] pairs;
  final int[] patterns;
  final boolean[] rules;
  /** Pairs by {@link #key}. */
  final Map<Long, Long> counts;

  Compared(long[] pairs, int[] patterns, boolean[] rules) {
    this.pairs = pairs;
    this.patterns = patterns;
    this.rules = rules;
    this.counts = new HashMap<>();
    for (int k = 0; k < pairs.length; k++) {
      counts.merge(key(patterns[k], rules[k]), 1L, Long::sum);
    }
  }

  /** A pattern and whether a rule links the pair, as one key. */
  static long key(int pattern, boolean rule) {
    return (long) pattern << 1 | (rule ? 1 : 0);
  }

  /** The pairs whose key is among the sorted {@code mayMatch} keys. */
  long[] edges(long[] mayMatch) {
    Longs out = new Longs(1024);
    for (int k = 0; k < pairs.length; k++) {
      if (java.util.Arrays.binarySearch(mayMatch, key(patterns[k], rules[k])) >= 0) {
        out.add(pairs[k]);
      }
    }
    return out.toArray();
  }
}
