package org.completecrm.analytics.summary;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.completecrm.core.CustomerId;
import org.completecrm.core.InvalidValueException;

/**
 * The summaries of a customer base held column by column, as primitive arrays: {@code (x, t_x,
 * T, m_x, weight)} per row, about 36 bytes a customer instead of a {@link CustomerSummary}
 * object each. Rows are positional (row {@code i} of every column is one customer); the host
 * keeps the ids beside it in the same order. Immutable: built once by {@link Builder} or {@link
 * #of(List)}, read by index.
 */
public final class SummaryColumns {
  private final int size;
  private final int[] frequency;
  private final double[] recency;
  private final double[] age;
  private final double[] monetaryValue;
  /** null when every weight is 1. */
  private final long[] weight;

  private SummaryColumns(int size, int[] frequency, double[] recency, double[] age,
      double[] monetaryValue, long[] weight) {
    this.size = size;
    this.frequency = frequency;
    this.recency = recency;
    this.age = age;
    this.monetaryValue = monetaryValue;
    this.weight = weight;
  }

  /** The columns of {@code summaries}, in their order. */
  public static SummaryColumns of(List<CustomerSummary> summaries) {
    if (summaries == null) {
      throw new InvalidValueException("summaries", "null", "a list of customer summaries");
    }
    Builder b = new Builder(summaries.size());
    int i = 0;
    for (CustomerSummary s : summaries) {
      if (s == null) {
        throw new InvalidValueException("summaries[" + i + "]", "null", "a customer summary");
      }
      b.add(s.frequency(), s.recency(), s.age(), s.monetaryValue(), s.weight());
      i++;
    }
    return b.build();
  }

  /** The number of rows. */
  public int size() {
    return size;
  }

  /** x of row {@code i}: the number of repeat purchases. */
  public int frequency(int i) {
    return frequency[i];
  }

  /** t_x of row {@code i}. */
  public double recency(int i) {
    return recency[i];
  }

  /** T of row {@code i}. */
  public double age(int i) {
    return age[i];
  }

  /** m_x of row {@code i}: the mean spend of the repeat purchases. */
  public double monetaryValue(int i) {
    return monetaryValue[i];
  }

  /** How many identical customers row {@code i} stands for. */
  public long weight(int i) {
    return weight == null ? 1 : weight[i];
  }

  /** Whether every row stands for one customer. */
  public boolean unitWeights() {
    return weight == null;
  }

  /** Row {@code i} as a summary with the given id. */
  public CustomerSummary summary(int i, CustomerId id) {
    return new CustomerSummary(id, frequency[i], recency[i], age[i], monetaryValue[i], weight(i));
  }

  /** The first {@code n} rows (all of them when there are fewer). */
  public SummaryColumns head(int n) {
    int m = Math.max(0, Math.min(n, size));
    return new SummaryColumns(m, Arrays.copyOf(frequency, m), Arrays.copyOf(recency, m),
        Arrays.copyOf(age, m), Arrays.copyOf(monetaryValue, m),
        weight == null ? null : Arrays.copyOf(weight, m));
  }

  /**
   * A base of {@code customers} distinct customers shaped like this one, for scale tests: each
   * row is a row of this base drawn uniformly at random (weights ignored), with its recency and
   * age stretched by one factor and its spend by another, each uniform in {@code [1 - jitter, 1
   * + jitter]}. Frequencies keep their distribution; practically no two rows are identical, as
   * in a real base. Seeded: the same seed gives the same base on every JVM.
   */
  public SummaryColumns resampled(int customers, double jitter, long seed) {
    if (customers < 0) {
      throw new InvalidValueException("SummaryColumns.customers", customers, "a count >= 0");
    }
    if (!(jitter >= 0 && jitter < 1)) {
      throw new InvalidValueException("SummaryColumns.jitter", jitter, "a fraction in [0, 1)");
    }
    if (size == 0 && customers > 0) {
      throw new InvalidValueException("SummaryColumns.size", 0, "a base with rows to resample");
    }
    SplittableRandom rng = new SplittableRandom(seed);
    Builder b = new Builder(customers);
    for (int i = 0; i < customers; i++) {
      int j = rng.nextInt(size);
      double stretch = 1 - jitter + 2 * jitter * rng.nextDouble();
      double spend = 1 - jitter + 2 * jitter * rng.nextDouble();
      double t = age[j] * stretch;
      double tx = Math.min(t, recency[j] * stretch);
      b.add(frequency[j], tx, t, monetaryValue[j] * spend, 1);
    }
    return b.build();
  }

  /**
   * Collects rows into columns, growing them as needed; each row is validated as {@link
   * CustomerSummary} validates it.
   */
  public static final class Builder {
    private int size;
    private int[] frequency;
    private double[] recency;
    private double[] age;
    private double[] monetaryValue;
    private long[] weight;

    /** A builder with room for {@code expected} rows (it grows beyond). */
    public Builder(int expected) {
      int n = Math.max(16, expected);
      frequency = new int[n];
      recency = new double[n];
      age = new double[n];
      monetaryValue = new double[n];
    }

    /**
     * Adds one row.
     *
     * @throws InvalidValueException when the row is not a valid summary (the message names the
     *     field as {@code CustomerSummary} does)
     */
    public Builder add(int x, double tx, double t, double m, long w) {
      CustomerSummary.validate(x, tx, t, m, w);
      if (size == frequency.length) {
        int n = size + (size >> 1) + 16;
        frequency = Arrays.copyOf(frequency, n);
        recency = Arrays.copyOf(recency, n);
        age = Arrays.copyOf(age, n);
        monetaryValue = Arrays.copyOf(monetaryValue, n);
        if (weight != null) {
          weight = Arrays.copyOf(weight, n);
        }
      }
      if (w != 1 && weight == null) {
        weight = new long[frequency.length];
        Arrays.fill(weight, 0, size, 1);
      }
      frequency[size] = x;
      recency[size] = tx + 0.0;
      age[size] = t + 0.0;
      monetaryValue[size] = m + 0.0;
      if (weight != null) {
        weight[size] = w;
      }
      size++;
      return this;
    }

    /** The columns collected so far (trimmed to their size). */
    public SummaryColumns build() {
      return new SummaryColumns(size, Arrays.copyOf(frequency, size), Arrays.copyOf(recency, size),
          Arrays.copyOf(age, size), Arrays.copyOf(monetaryValue, size),
          weight == null ? null : Arrays.copyOf(weight, size));
    }
  }
}
