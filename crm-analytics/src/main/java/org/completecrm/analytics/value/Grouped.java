package org.completecrm.analytics.value;

import java.util.Arrays;
import java.util.List;
import org.completecrm.analytics.summary.CustomerSummary;
import org.completecrm.analytics.summary.SummaryColumns;
import org.completecrm.core.InvalidValueException;

/**
 * Identical summaries grouped for fitting: each distinct {@code (x, t_x, T)} becomes one group
 * with the summed weight, held as columns; the distinct frequencies are indexed with their summed
 * weight, so that a log-likelihood evaluation computes each term of the frequency alone once per
 * distinct x, not once per customer.
 */
final class Grouped {
  /** Distinct frequencies, ascending. */
  final int[] xs;
  /** Per distinct frequency (index as {@link #xs}): the summed weight of its groups. */
  final double[] weightOfX;
  /** Per group: x, its index in {@link #xs}, t_x, T and the weight. */
  final int[] x;
  final int[] xIdx;
  final double[] tx;
  final double[] t;
  final double[] w;
  final int size;
  final long customers;
  final long repeatBuyers;
  final double meanAge;
  final double meanFrequency;
  private TimeIndex times;

  private Grouped(int[] x, double[] tx, double[] t, double[] w, int size, long customers,
      long repeatBuyers, double meanAge, double meanFrequency) {
    this.x = x;
    this.tx = tx;
    this.t = t;
    this.w = w;
    this.size = size;
    this.customers = customers;
    this.repeatBuyers = repeatBuyers;
    this.meanAge = meanAge;
    this.meanFrequency = meanFrequency;
    int maxX = 0;
    for (int i = 0; i < size; i++) {
      maxX = Math.max(maxX, x[i]);
    }
    int[] indexOf = new int[maxX + 1];
    Arrays.fill(indexOf, -1);
    for (int i = 0; i < size; i++) {
      indexOf[x[i]] = 0;
    }
    int nx = 0;
    for (int v = 0; v <= maxX; v++) {
      if (indexOf[v] == 0) {
        indexOf[v] = nx++;
      }
    }
    xs = new int[nx];
    for (int v = 0; v <= maxX; v++) {
      if (indexOf[v] >= 0) {
        xs[indexOf[v]] = v;
      }
    }
    xIdx = new int[size];
    weightOfX = new double[nx];
    for (int i = 0; i < size; i++) {
      xIdx[i] = indexOf[x[i]];
      weightOfX[xIdx[i]] += w[i];
    }
  }

  static Grouped of(List<CustomerSummary> summaries) {
    return of(SummaryColumns.of(summaries));
  }

  /**
   * Groups the rows: identical {@code (x, t_x, T)} found by hashing, the groups then put in the
   * order of a 64-bit hash of their statistics (ties, practically never met, broken by the
   * statistics themselves), so that the grouping, and every sum over it, does not depend on the
   * order of the rows.
   */
  static Grouped of(SummaryColumns summaries) {
    return of(summaries, false);
  }

  /**
   * The repeat buyers with a positive spend grouped by {@code (x, m_x)} for the Gamma-Gamma
   * model: the groups' {@link #tx} holds m_x and {@link #t} is 0.
   */
  static Grouped spend(SummaryColumns summaries) {
    return of(summaries, true);
  }

  private static Grouped of(SummaryColumns summaries, boolean spend) {
    if (summaries == null) {
      throw new InvalidValueException("summaries", "null", "customer summaries");
    }
    int n = summaries.size();
    int capacity = Integer.highestOneBit(Math.max(16, n) * 2 - 1) << 1;
    int mask = capacity - 1;
    int[] table = new int[capacity];
    int[] gx = new int[Math.max(16, n)];
    double[] gtx = new double[gx.length];
    double[] gt = new double[gx.length];
    double[] gw = new double[gx.length];
    long[] gh = new long[gx.length];
    int size = 0;
    long customers = 0;
    long repeat = 0;
    double sumAge = 0;
    double sumX = 0;
    for (int i = 0; i < n; i++) {
      int xi = summaries.frequency(i);
      double txi = spend ? summaries.monetaryValue(i) : summaries.recency(i);
      double ti = spend ? 0 : summaries.age(i);
      long weight = summaries.weight(i);
      if (spend && (xi == 0 || !(txi > 0))) {
        continue;
      }
      customers += weight;
      if (xi > 0) {
        repeat += weight;
      }
      long h = hash(xi, txi, ti);
      int slot = (int) (h ^ (h >>> 32)) & mask;
      while (true) {
        int g = table[slot] - 1;
        if (g < 0) {
          gx[size] = xi;
          gtx[size] = txi;
          gt[size] = ti;
          gw[size] = weight;
          gh[size] = h;
          table[slot] = ++size;
          break;
        }
        if (gh[g] == h && gx[g] == xi && gtx[g] == txi && gt[g] == ti) {
          gw[g] += weight;
          break;
        }
        slot = (slot + 1) & mask;
      }
    }
    table = null;
    int[] order = hashOrder(gh, size, gx, gtx, gt);
    int[] x = new int[size];
    double[] tx = new double[size];
    double[] t = new double[size];
    double[] w = new double[size];
    for (int k = 0; k < size; k++) {
      int g = order[k];
      x[k] = gx[g];
      tx[k] = gtx[g];
      t[k] = gt[g];
      w[k] = gw[g];
      // in the groups' order, so that the means do not depend on the order of the rows
      sumAge += t[k] * w[k];
      sumX += x[k] * w[k];
    }
    return new Grouped(x, tx, t, w, size, customers, repeat,
        customers == 0 ? 0 : sumAge / customers, customers == 0 ? 0 : sumX / customers);
  }

  /** A 64-bit mix of the statistics (the finaliser of SplitMix64 over their bits). */
  private static long hash(int x, double tx, double t) {
    long h = x * 0x9E3779B97F4A7C15L;
    h = mix(h ^ Double.doubleToLongBits(tx + 0.0));
    h = mix(h ^ Double.doubleToLongBits(t + 0.0) * 0xC2B2AE3D27D4EB4FL);
    return h;
  }

  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  /**
   * The groups in the order of their hashes: the hash's high bits and the group number packed
   * into one long and sorted; a run of equal high bits is put in the order of the statistics.
   */
  private static int[] hashOrder(long[] gh, int size, int[] gx, double[] gtx, double[] gt) {
    int bits = 64 - Long.numberOfLeadingZeros(Math.max(1, size));
    long low = (1L << bits) - 1;
    long[] keys = new long[size];
    for (int g = 0; g < size; g++) {
      keys[g] = (gh[g] & ~low) | g;
    }
    Arrays.parallelSort(keys);
    int[] order = new int[size];
    for (int k = 0; k < size; k++) {
      order[k] = (int) (keys[k] & low);
    }
    for (int k = 1; k < size; k++) {
      // insertion sort by the statistics inside a run of equal high bits (almost never entered)
      for (int j = k; j > 0 && (keys[j] & ~low) == (keys[j - 1] & ~low)
          && compare(order[j], order[j - 1], gx, gtx, gt) < 0; j--) {
        int o = order[j];
        order[j] = order[j - 1];
        order[j - 1] = o;
      }
    }
    return order;
  }

  private static int compare(int a, int b, int[] gx, double[] gtx, double[] gt) {
    int c = Integer.compare(gx[a], gx[b]);
    if (c == 0) {
      c = Double.compare(gtx[a], gtx[b]);
    }
    return c != 0 ? c : Double.compare(gt[a], gt[b]);
  }

  /**
   * Every {@code stride}-th group (in the order of the groups, so independent of the input
   * order): a cheap stand-in of the data for a warm start of the optimiser.
   */
  Grouped sample(int stride) {
    int m = (size + stride - 1) / stride;
    int[] sx = new int[m];
    double[] stx = new double[m];
    double[] st = new double[m];
    double[] sw = new double[m];
    long sc = 0;
    long sr = 0;
    for (int k = 0; k < m; k++) {
      int i = k * stride;
      sx[k] = x[i];
      stx[k] = tx[i];
      st[k] = t[i];
      sw[k] = w[i];
      sc += (long) w[i];
      if (x[i] > 0) {
        sr += (long) w[i];
      }
    }
    return new Grouped(sx, stx, st, sw, m, sc, sr, meanAge, meanFrequency);
  }

  /** Groups above which a fit first runs on a sample of the groups (see {@link #sample}). */
  static final int WARM_START_GROUPS = 40_000;

  /**
   * For more than {@link #WARM_START_GROUPS} groups, a sample of about 20,000 of them for a
   * warm start (Newton's method); null for fewer.
   */
  Grouped warmStartSample() {
    return size > WARM_START_GROUPS ? sample(size / 20_000) : null;
  }

  /** The distinct times and (x, time) pairs of the groups, built on first use. */
  synchronized TimeIndex times() {
    if (times == null) {
      times = new TimeIndex(this);
    }
    return times;
  }

  /**
   * The distinct {@code (x, T)} and {@code (x, t_x)} pairs of the groups and each group's pair:
   * a model whose per-customer terms are costly computes each once per pair (simulated bases on
   * a daily grid have few; a real base has about one per customer).
   */
  static final class TimeIndex {
    /** Per distinct (x, T) pair: x and T. */
    final int[] xOfPairT;
    final double[] tOfPairT;
    /** Per distinct (x, t_x) pair: x and t_x. */
    final int[] xOfPairTx;
    final double[] tOfPairTx;
    /** Per group: the index of its (x, T) and of its (x, t_x) pair. */
    final int[] pairT;
    final int[] pairTx;

    private TimeIndex(Grouped g) {
      pairT = new int[g.size];
      pairTx = new int[g.size];
      double[][] tp = new double[1][];
      int[][] xp = new int[1][];
      pairs(g, g.t, pairT, xp, tp);
      xOfPairT = xp[0];
      tOfPairT = tp[0];
      pairs(g, g.tx, pairTx, xp, tp);
      xOfPairTx = xp[0];
      tOfPairTx = tp[0];
    }

    /**
     * Numbers the distinct {@code (x, time)} pairs in the order of their first group (so the
     * numbering follows the groups' order, never the threads or the rows), found by hashing.
     */
    private static void pairs(Grouped g, double[] time, int[] pairOfGroup, int[][] xOut,
        double[][] tOut) {
      int capacity = Integer.highestOneBit(Math.max(16, g.size) * 2 - 1) << 1;
      int mask = capacity - 1;
      int[] table = new int[capacity];
      int[] firstGroup = new int[g.size];
      int m = 0;
      for (int i = 0; i < g.size; i++) {
        int xi = g.xIdx[i];
        double t = time[i] + 0.0;
        long h = mix(Double.doubleToLongBits(t) ^ (xi * 0x9E3779B97F4A7C15L));
        int slot = (int) (h ^ (h >>> 32)) & mask;
        while (true) {
          int p = table[slot] - 1;
          if (p < 0) {
            firstGroup[m] = i;
            table[slot] = ++m;
            pairOfGroup[i] = m - 1;
            break;
          }
          int f = firstGroup[p];
          if (g.xIdx[f] == xi && time[f] + 0.0 == t) {
            pairOfGroup[i] = p;
            break;
          }
          slot = (slot + 1) & mask;
        }
      }
      xOut[0] = new int[m];
      tOut[0] = new double[m];
      for (int k = 0; k < m; k++) {
        xOut[0][k] = g.x[firstGroup[k]];
        tOut[0][k] = time[firstGroup[k]];
      }
    }
  }
}
