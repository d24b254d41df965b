package org.completecrm.analytics.segment;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.completecrm.core.InvalidValueException;
import org.completecrm.core.Checks;

/**
 * How customers moved between segments (or tiers) from one period to the next: a count for every
 * pair of segments, with {@link #NONE} for customers who were not segmented in a period (new or
 * lost customers).
 *
 * @param segments the segment names, in order, with {@link #NONE} first when it occurs
 * @param counts {@code counts[i][j]}: the customers in {@code segments[i]} before and {@code segments[j]} after
 */
public record MigrationMatrix(List<String> segments, long[][] counts) {
  /** The pseudo-segment of customers not segmented in a period. */
  public static final String NONE = "(none)";

  /** Validates the shape. */
  public MigrationMatrix {
    segments = List.copyOf(Checks.noNulls(Checks.present(segments, "MigrationMatrix.segments"), "MigrationMatrix.segments"));
    Checks.present(counts, "MigrationMatrix.counts");
    if (counts.length != segments.size()) {
      throw new InvalidValueException("MigrationMatrix.counts", counts.length + " rows", segments.size() + " rows");
    }
    long[][] copy = new long[counts.length][];
    for (int i = 0; i < counts.length; i++) {
      if (counts[i] == null || counts[i].length != segments.size()) {
        throw new InvalidValueException("MigrationMatrix.counts[" + i + "]", "wrong length", segments.size() + " columns");
      }
      copy[i] = counts[i].clone();
    }
    counts = copy;
  }

  /** The migration from segment labels {@code before} to {@code after}, over every customer in either. */
  public static <K extends Comparable<K>> MigrationMatrix between(Map<K, String> before, Map<K, String> after) {
    Checks.noNulls(before, "MigrationMatrix.before");
    Checks.noNulls(after, "MigrationMatrix.after");
    TreeSet<String> names = new TreeSet<>(before.values());
    names.addAll(after.values());
    if (names.contains(NONE)) {
      throw new InvalidValueException("MigrationMatrix.segments", NONE, "segment names other than " + NONE);
    }
    TreeSet<K> customers = new TreeSet<>(before.keySet());
    customers.addAll(after.keySet());
    List<String> segments = new ArrayList<>();
    if (!before.keySet().containsAll(customers) || !after.keySet().containsAll(customers)) {
      segments.add(NONE);
    }
    segments.addAll(names);
    long[][] counts = new long[segments.size()][segments.size()];
    for (K k : customers) {
      counts[segments.indexOf(before.getOrDefault(k, NONE))][segments.indexOf(after.getOrDefault(k, NONE))]++;
    }
    return new MigrationMatrix(segments, counts);
  }

  /** The number of customers who moved from {@code from} to {@code to}. */
  public long count(String from, String to) {
    int i = segments.indexOf(from);
    int j = segments.indexOf(to);
    return i < 0 || j < 0 ? 0 : counts[i][j];
  }

  /** The share of {@code from}'s customers who went to {@code to} (0 if {@code from} had none). */
  public double share(String from, String to) {
    int i = segments.indexOf(from);
    if (i < 0) {
      return 0;
    }
    long row = 0;
    for (long v : counts[i]) {
      row += v;
    }
    return row == 0 ? 0 : count(from, to) / (double) row;
  }

  /** The share of customers segmented in both periods who stayed in their segment. */
  public double retention() {
    long stayed = 0;
    long both = 0;
    for (int i = 0; i < segments.size(); i++) {
      for (int j = 0; j < segments.size(); j++) {
        if (!segments.get(i).equals(NONE) && !segments.get(j).equals(NONE)) {
          both += counts[i][j];
          if (i == j) {
            stayed += counts[i][j];
          }
        }
      }
    }
    return both == 0 ? 0 : stayed / (double) both;
  }

  /** A copy of the counts. */
  @Override
  public long[][] counts() {
    long[][] copy = new long[counts.length][];
    for (int i = 0; i < counts.length; i++) {
      copy[i] = counts[i].clone();
    }
    return copy;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof MigrationMatrix m && segments.equals(m.segments) && java.util.Arrays.deepEquals(counts, m.counts);
  }

  @Override
  public int hashCode() {
    return segments.hashCode() * 31 + java.util.Arrays.deepHashCode(counts);
  }

  @Override
  public String toString() {
    return "MigrationMatrix{" + segments + ", " + java.util.Arrays.deepToString(counts) + "}";
  }

}
