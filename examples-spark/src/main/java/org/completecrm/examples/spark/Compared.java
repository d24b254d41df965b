package org.completecrm.examples.spark;

import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import org.completecrm.core.identity.MatchModel;
import org.completecrm.core.identity.ResolutionSteps;
import org.completecrm.core.identity.ResolverSettings;

/**
 * The candidate pairs compared in one partition: each pair of record numbers ({@code a << 32 |
 * b}, {@code a < b}, record {@code b} of this partition), its agreement pattern and whether a
 * deterministic rule links it, the names it agrees on exactly (for its term-frequency
 * adjustment once the model is known); and how many pairs have each pattern with and without a
 * rule.
 */
final class Compared implements Serializable {
  private static final long serialVersionUID = 1L;

  final long[] pairs;
  final int[] patterns;
  final boolean[] rules;
  /** The names that pairs agree on exactly ({@link ResolutionSteps#exactName}), {@code ""} first. */
  final String[] names;
  /** Per pair, the index in {@link #names} of its exact given name and of its exact family name. */
  final int[] given;
  final int[] family;
  /** Pairs by {@link #key}. */
  final Map<Long, Long> counts;

  Compared(long[] pairs, int[] patterns, boolean[] rules, String[] names, int[] given, int[] family) {
    this.pairs = pairs;
    this.patterns = patterns;
    this.rules = rules;
    this.names = names;
    this.given = given;
    this.family = family;
    this.counts = new HashMap<>();
    for (int k = 0; k < pairs.length; k++) {
      counts.merge(key(patterns[k], rules[k]), 1L, Long::sum);
    }
  }

  /** A pattern and whether a rule links the pair, as one key. */
  static long key(int pattern, boolean rule) {
    return (long) pattern << 1 | (rule ? 1 : 0);
  }

  /**
   * The matched pairs ({@link ResolutionSteps#matched}: the edges of the single machine's
   * clustering); only pairs whose key is among the sorted {@code mayMatch} keys can be one.
   */
  long[] edges(long[] mayMatch, MatchModel model, ResolverSettings settings) {
    Longs out = new Longs(1024);
    for (int k = 0; k < pairs.length; k++) {
      if (java.util.Arrays.binarySearch(mayMatch, key(patterns[k], rules[k])) >= 0
          && ResolutionSteps.matched(patterns[k], rules[k], names[given[k]], names[family[k]], model, settings)) {
        out.add(pairs[k]);
      }
    }
    return out.toArray();
  }
}
