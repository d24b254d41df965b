package org.completecrm.analytics.segment;

import java.util.List;
import org.completecrm.core.InvalidValueException;
import org.completecrm.core.Checks;

/**
 * Behavioural features of customers: one row per customer (in customer order) and one named
 * column per feature, every value finite.
 *
 * @param <K> the row key (customer or household)
 * @param rows the row keys, distinct and in increasing order
 * @param names the feature names
 * @param values {@code values[i][j]}: feature {@code j} of row {@code i}
 */
public record FeatureMatrix<K extends Comparable<K>>(List<K> rows, List<String> names, double[][] values) {
  /** Validates the shape, the order of the rows and that every value is finite. */
  public FeatureMatrix {
    rows = List.copyOf(Checks.noNulls(Checks.present(rows, "FeatureMatrix.rows"), "FeatureMatrix.rows"));
    names = List.copyOf(Checks.noNulls(Checks.present(names, "FeatureMatrix.names"), "FeatureMatrix.names"));
    Checks.present(values, "FeatureMatrix.values");
    if (values.length != rows.size()) {
      throw new InvalidValueException("FeatureMatrix.values", values.length + " rows", rows.size() + " rows");
    }
    double[][] copy = new double[values.length][];
    for (int i = 0; i < values.length; i++) {
      if (values[i] == null || values[i].length != names.size()) {
        throw new InvalidValueException("FeatureMatrix.values[" + i + "]", values[i] == null ? "null" : values[i].length + " values", names.size() + " values");
      }
      for (int j = 0; j < names.size(); j++) {
        Checks.finite(values[i][j], "FeatureMatrix.values[" + i + "][" + j + "]");
      }
      if (i > 0 && rows.get(i - 1).compareTo(rows.get(i)) >= 0) {
        throw new InvalidValueException("FeatureMatrix.rows[" + i + "]", rows.get(i), "a key after " + rows.get(i - 1));
      }
      copy[i] = values[i].clone();
    }
    values = copy;
  }

  /** A deep copy of the values. */
  @Override
  public double[][] values() {
    double[][] copy = new double[values.length][];
    for (int i = 0; i < values.length; i++) {
      copy[i] = values[i].clone();
    }
    return copy;
  }

  /** The number of rows. */
  public int size() {
    return rows.size();
  }

  /** A copy of row {@code i}. */
  public double[] row(int i) {
    return values[i].clone();
  }

  /** The rows whose keys satisfy {@code keep}, in order. */
  public FeatureMatrix<K> filter(java.util.function.Predicate<K> keep) {
    java.util.List<K> r = new java.util.ArrayList<>();
    java.util.List<double[]> v = new java.util.ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      if (keep.test(rows.get(i))) {
        r.add(rows.get(i));
        v.add(values[i]);
      }
    }
    return new FeatureMatrix<>(r, names, v.toArray(new double[0][]));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof FeatureMatrix<?> f && rows.equals(f.rows) && names.equals(f.names)
        && java.util.Arrays.deepEquals(values, f.values);
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(rows, names, java.util.Arrays.deepHashCode(values));
  }

  @Override
  public String toString() {
    return "FeatureMatrix{" + rows.size() + " rows, " + names + "}";
  }
}
