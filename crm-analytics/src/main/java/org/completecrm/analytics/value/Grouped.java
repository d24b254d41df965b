package org.completecrm.analytics.value;

import java.util.Arrays;
import java.util.List;
import org.completecrm.analytics.summary.CustomerSummary;
import org.completecrm.core.InvalidValueException;

/**
 * Identical summaries grouped for fitting: each distinct {@code (x, t_x, T)} becomes one group
 * with the summed weight, and the distinct values of x, t_x and T are indexed so that a
 * log-likelihood evaluation computes each log-gamma and each logarithm once per distinct value,
 * not once per customer.
 */
final class Grouped {
  final int[] xs;
  final double[] txs;
  final double[] ts;
  final int[] x;
  final int[] xIdx;
  final int[] txIdx;
  final int[] tIdx;
  final double[] w;
  final int size;
  final long customers;
  final long repeatBuyers;
  final double meanAge;
  final double meanFrequency;
  /** Distinct (x index * |T values| + T index) pairs used by some group. */
  final int[] pairsT;
  /** Distinct (x index * |t_x values| + t_x index) pairs used by some group. */
  final int[] pairsTx;

  private Grouped(
      int[] xs, double[] txs, double[] ts, int[] x, int[] xIdx, int[] txIdx, int[] tIdx,
      double[] w, int size, long customers, long repeatBuyers, double meanAge,
      double meanFrequency) {
    this.xs = xs;
    this.txs = txs;
    this.ts = ts;
    this.x = x;
    this.xIdx = xIdx;
    this.txIdx = txIdx;
    this.tIdx = tIdx;
    this.w = w;
    this.size = size;
    this.customers = customers;
    this.repeatBuyers = repeatBuyers;
    this.meanAge = meanAge;
    this.meanFrequency = meanFrequency;
    java.util.BitSet bt = new java.util.BitSet();
    java.util.BitSet btx = new java.util.BitSet();
    for (int i = 0; i < size; i++) {
      bt.set(xIdx[i] * ts.length + tIdx[i]);
      btx.set(xIdx[i] * txs.length + txIdx[i]);
    }
    this.pairsT = bt.stream().toArray();
    this.pairsTx = btx.stream().toArray();
  }

  static Grouped of(List<CustomerSummary> summaries) {
    if (summaries == null) {
      throw new InvalidValueException("summaries", "null", "a list of customer summaries");
    }
    int n = summaries.size();
    int[] cx = new int[n];
    double[] ctx = new double[n];
    double[] ct = new double[n];
    long[] cw = new long[n];
    boolean unitWeights = true;
    long customers = 0;
    long repeat = 0;
    double sumAge = 0;
    double sumX = 0;
    int maxX = 0;
    int i = 0;
    for (CustomerSummary s : summaries) {
      if (s == null) {
        throw new InvalidValueException("summaries[" + i + "]", "null", "a customer summary");
      }
      cx[i] = s.frequency();
      ctx[i] = s.recency() + 0.0;
      ct[i] = s.age() + 0.0;
      cw[i] = s.weight();
      unitWeights &= s.weight() == 1;
      maxX = Math.max(maxX, s.frequency());
      customers += s.weight();
      if (s.frequency() > 0) {
        repeat += s.weight();
      }
      sumAge += s.age() * s.weight();
      sumX += (double) s.frequency() * s.weight();
      i++;
    }
    // distinct values by sorting (no boxing): the grouping of a million customers is a few sorts
    int[] xIndexOf = new int[maxX + 1];
    Arrays.fill(xIndexOf, -1);
    for (int k = 0; k < n; k++) {
      xIndexOf[cx[k]] = 0;
    }
    int nx = 0;
    for (int v = 0; v <= maxX; v++) {
      if (xIndexOf[v] == 0) {
        xIndexOf[v] = nx++;
      }
    }
    int[] xs = new int[nx];
    for (int v = 0; v <= maxX; v++) {
      if (xIndexOf[v] >= 0) {
        xs[xIndexOf[v]] = v;
      }
    }
    double[] txs = distinct(ctx);
    double[] ts = distinct(ct);
    if (nx >= 1 << 21 || txs.length >= 1 << 21 || ts.length >= 1 << 21) {
      throw new InvalidValueException("summaries", n + " customers",
          "fewer than 2,097,152 distinct frequencies, recencies and ages");
    }
    long[] keys = new long[n];
    for (int k = 0; k < n; k++) {
      keys[k] = ((long) xIndexOf[cx[k]] << 42) | ((long) Arrays.binarySearch(txs, ctx[k]) << 21)
          | Arrays.binarySearch(ts, ct[k]);
    }
    long[] sorted = keys.clone();
    Arrays.parallelSort(sorted);
    int size = 0;
    for (int k = 0; k < n; k++) {
      if (k == 0 || sorted[k] != sorted[k - 1]) {
        sorted[size++] = sorted[k];
      }
      // counts accumulate below
    }
    long[] unique = Arrays.copyOf(sorted, size);
    double[] gw = new double[size];
    if (unitWeights) {
      long[] all = keys.clone();
      Arrays.parallelSort(all);
      int g = -1;
      for (int k = 0; k < n; k++) {
        if (k == 0 || all[k] != all[k - 1]) {
          g++;
        }
        gw[g] += 1;
      }
    } else {
      for (int k = 0; k < n; k++) {
        gw[Arrays.binarySearch(unique, keys[k])] += cw[k];
      }
    }
    int[] gx = new int[size];
    int[] gxi = new int[size];
    int[] gtxi = new int[size];
    int[] gti = new int[size];
    int mask = (1 << 21) - 1;
    for (int k = 0; k < size; k++) {
      gxi[k] = (int) (unique[k] >>> 42);
      gx[k] = xs[gxi[k]];
      gtxi[k] = (int) (unique[k] >>> 21) & mask;
      gti[k] = (int) unique[k] & mask;
    }
    return new Grouped(
        xs, txs, ts, gx, gxi, gtxi, gti, gw, size, customers, repeat,
        customers == 0 ? 0 : sumAge / customers, customers == 0 ? 0 : sumX / customers);
  }

  private static double[] distinct(double[] values) {
    double[] v = values.clone();
    Arrays.parallelSort(v);
    int m = 0;
    for (int k = 0; k < v.length; k++) {
      if (k == 0 || v[k] != v[k - 1]) {
        v[m++] = v[k];
      }
    }
    return Arrays.copyOf(v, m);
  }

  /**
   * Every {@code stride}-th group (in the sorted order of the groups, so independent of the
   * input order): a cheap stand-in of the data for a warm start of the optimiser.
   */
  Grouped sample(int stride) {
    int m = (size + stride - 1) / stride;
    int[] sx = new int[m];
    int[] sxi = new int[m];
    int[] stxi = new int[m];
    int[] sti = new int[m];
    double[] sw = new double[m];
    long sc = 0;
    long sr = 0;
    for (int k = 0; k < m; k++) {
      int i = k * stride;
      sx[k] = x[i];
      sxi[k] = xIdx[i];
      stxi[k] = txIdx[i];
      sti[k] = tIdx[i];
      sw[k] = w[i];
      sc += (long) w[i];
      if (x[i] > 0) {
        sr += (long) w[i];
      }
    }
    return new Grouped(xs, txs, ts, sx, sxi, stxi, sti, sw, m, sc, sr, meanAge, meanFrequency);
  }

  /** Groups above which a fit first runs on a sample of the groups (see {@link #sample}). */
  static final int WARM_START_GROUPS = 40_000;

  /** A sum over a range of groups. */
  interface RangeSum {
    double sum(int from, int to);
  }

  /**
   * The sum over all groups, split into a fixed number of chunks that run in parallel for large
   * inputs and are added in a fixed order, so the result does not depend on scheduling.
   */
  double sum(RangeSum f) {
    int chunks = size > 20_000 ? 16 : 1;
    if (chunks == 1) {
      return f.sum(0, size);
    }
    double[] partial = new double[chunks];
    java.util.stream.IntStream.range(0, chunks).parallel().forEach(c -> {
      int from = (int) ((long) size * c / chunks);
      int to = (int) ((long) size * (c + 1) / chunks);
      partial[c] = f.sum(from, to);
    });
    double total = 0;
    for (double v : partial) {
      total += v;
    }
    return total;
  }

}
