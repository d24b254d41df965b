package org.completecrm.examples.spark;

import java.io.Serializable;
import java.util.Arrays;
import org.completecrm.core.InvalidValueException;
import org.completecrm.core.identity.MatchModel;
import org.completecrm.core.identity.ResolutionSteps;
import org.completecrm.core.identity.ResolverSettings;

/**
 * The candidate pairs compared in one partition: each pair of record numbers ({@code a << 32 |
 * b}, record {@code b} of this partition, {@code a} of any, as {@code ResolutionTasks.oriented} put
 * them) with one {@code long} of what was found:
 * its {@link #key} (agreement pattern and whether a deterministic rule links it) and the names it
 * agrees on exactly (indices into {@link #names}, for its term-frequency adjustment once the model
 * is known); and how many pairs have each key. Sixteen bytes a pair, kept for the steps after the
 * model.
 */
final class Compared implements Serializable {
  private static final long serialVersionUID = 2L;
  /** Bits of a name index in {@link #codes}. */
  static final int NAME_BITS = 21;
  private static final long NAME_MASK = (1L << NAME_BITS) - 1;
  /** Keys below this fit the upper bits of a code. */
  private static final long KEY_LIMIT = 1L << (64 - 2 * NAME_BITS);

  final long[] pairs;
  /** Per pair, {@code key << 42 | exact given name << 21 | exact family name}. */
  final long[] codes;
  /** The names that pairs agree on exactly ({@link ResolutionSteps#exactName}), {@code ""} first. */
  final String[] names;
  /** The distinct keys of the pairs, sorted, and how many pairs have each. */
  final long[] keys;
  final long[] counts;

  /**
   * The pairs with what was found for each ({@code codes[k]}: {@link #code}, its name indices
   * into {@code names}); the distinct keys counted.
   */
  Compared(long[] pairs, long[] codes, String[] names) {
    if (names.length > NAME_MASK + 1) {
      throw new InvalidValueException("SparkResolution.partition", names.length + " distinct names agreed on exactly",
          "at most " + (NAME_MASK + 1) + " in one partition (spread the table over more partitions)");
    }
    this.pairs = pairs;
    this.names = names;
    this.codes = codes;
    long[] sorted = new long[pairs.length];
    for (int k = 0; k < pairs.length; k++) {
      sorted[k] = codes[k] >>> 2 * NAME_BITS;
    }
    Arrays.sort(sorted);
    Longs distinct = new Longs(64);
    Longs n = new Longs(64);
    for (int s = 0; s < sorted.length; ) {
      int e = s + 1;
      while (e < sorted.length && sorted[e] == sorted[s]) {
        e++;
      }
      distinct.add(sorted[s]);
      n.add(e - s);
      s = e;
    }
    this.keys = distinct.toArray();
    this.counts = n.toArray();
  }

  /**
   * What was found for one pair, as one {@code long}: its pattern and rule ({@link #key}) and the
   * names it agrees on exactly (indices into the partition's names, below 2<sup>21</sup>).
   */
  static long code(int pattern, boolean rule, int given, int family) {
    long key = key(pattern, rule);
    if (key < 0 || key >= KEY_LIMIT) {
      throw new InvalidValueException("SparkResolution.pattern", pattern, "a pattern below " + KEY_LIMIT / 2);
    }
    return key << 2 * NAME_BITS | (given & NAME_MASK) << NAME_BITS | family & NAME_MASK;
  }

  /** A pattern and whether a rule links the pair, as one key. */
  static long key(int pattern, boolean rule) {
    return (long) pattern << 1 | (rule ? 1 : 0);
  }

  /**
   * The matched pairs ({@link ResolutionSteps#matched}: the edges of the single machine's
   * clustering) with their patterns; only pairs whose key is among the sorted {@code mayMatch} keys
   * can be one.
   */
  Edges edges(long[] mayMatch, MatchModel model, ResolverSettings settings) {
    Longs out = new Longs(1024);
    Longs patterns = new Longs(1024);
    for (int k = 0; k < pairs.length; k++) {
      long key = codes[k] >>> 2 * NAME_BITS;
      if (Arrays.binarySearch(mayMatch, key) >= 0
          && ResolutionSteps.matched((int) (key >>> 1), (key & 1) != 0, names[(int) (codes[k] >>> NAME_BITS & NAME_MASK)],
              names[(int) (codes[k] & NAME_MASK)], model, settings)) {
        out.add(pairs[k]);
        patterns.add(key >>> 1);
      }
    }
    long[] p = patterns.toArray();
    int[] ints = new int[p.length];
    for (int k = 0; k < p.length; k++) {
      ints[k] = (int) p[k];
    }
    return new Edges(out.toArray(), ints);
  }

  /**
   * The matched pairs of a partition ({@code a << 32 | b}) and the agreement pattern of each (the
   * record of the smaller identity first, as compared here), which the component's resolution
   * takes instead of comparing the pair again.
   */
  record Edges(long[] pairs, int[] patterns) implements Serializable {}
}
