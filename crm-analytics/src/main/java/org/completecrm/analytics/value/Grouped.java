package org.completecrm.analytics.value;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
    Map<Integer, Integer> xMap = new HashMap<>();
    Map<Double, Integer> txMap = new HashMap<>();
    Map<Double, Integer> tMap = new HashMap<>();
    Map<Key, Integer> groups = new HashMap<>();
    int n = summaries.size();
    int[] gx = new int[Math.max(1, n)];
    int[] gxi = new int[Math.max(1, n)];
    int[] gtxi = new int[Math.max(1, n)];
    int[] gti = new int[Math.max(1, n)];
    double[] gw = new double[Math.max(1, n)];
    long customers = 0;
    long repeat = 0;
    double sumAge = 0;
    double sumX = 0;
    int i = 0;
    for (CustomerSummary s : summaries) {
      if (s == null) {
        throw new InvalidValueException("summaries[" + i + "]", "null", "a customer summary");
      }
      i++;
      int xi = xMap.computeIfAbsent(s.frequency(), k -> xMap.size());
      int txi = txMap.computeIfAbsent(s.recency() + 0.0, k -> txMap.size());
      int ti = tMap.computeIfAbsent(s.age() + 0.0, k -> tMap.size());
      Key key = new Key(xi, txi, ti);
      Integer g = groups.get(key);
      if (g == null) {
        g = groups.size();
        groups.put(key, g);
        gx[g] = s.frequency();
        gxi[g] = xi;
        gtxi[g] = txi;
        gti[g] = ti;
      }
      gw[g] += s.weight();
      customers += s.weight();
      if (s.frequency() > 0) {
        repeat += s.weight();
      }
      sumAge += s.age() * s.weight();
      sumX += (double) s.frequency() * s.weight();
    }
    int[] xs = new int[xMap.size()];
    xMap.forEach((v, k) -> xs[k] = v);
    double[] txs = new double[txMap.size()];
    txMap.forEach((v, k) -> txs[k] = v);
    double[] ts = new double[tMap.size()];
    tMap.forEach((v, k) -> ts[k] = v);
    int size = groups.size();
    return new Grouped(
        xs, txs, ts, gx, gxi, gtxi, gti, gw, size, customers, repeat,
        customers == 0 ? 0 : sumAge / customers, customers == 0 ? 0 : sumX / customers);
  }

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

  private record Key(int x, int tx, int t) {}
}
