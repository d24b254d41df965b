package org.completecrm.analytics.clv;

import org.completecrm.analytics.value.TransactionModel;

/**
 * A small open-addressing memo of {@link TransactionModel#expectedPurchasesIfAlive} by {@code (x,
 * T)} for one horizon: real customer bases have few distinct (frequency, age) pairs, so scoring
 * evaluates the model's series once per pair instead of once per customer. Not thread-safe: one
 * per scoring task. When half full it starts afresh, which bounds its memory.
 */
final class AliveCache {
  private static final int CAPACITY = 1 << 14;
  private final TransactionModel model;
  private final double horizon;
  private final int[] xs = new int[CAPACITY];
  private final long[] ts = new long[CAPACITY];
  private final double[] values = new double[CAPACITY];
  private final boolean[] used = new boolean[CAPACITY];
  private int size;

  AliveCache(TransactionModel model, double horizon) {
    this.model = model;
    this.horizon = horizon;
  }

  double get(int x, double age) {
    long bits = Double.doubleToLongBits(age + 0.0);
    int h = (int) (bits ^ (bits >>> 32)) * 0x9E3779B1 + x * 0x85EBCA6B;
    int i = (h ^ (h >>> 16)) & (CAPACITY - 1);
    while (used[i]) {
      if (xs[i] == x && ts[i] == bits) {
        return values[i];
      }
      i = (i + 1) & (CAPACITY - 1);
    }
    double v = model.expectedPurchasesIfAlive(x, age, horizon);
    if (size >= CAPACITY / 2) {
      java.util.Arrays.fill(used, false);
      size = 0;
      i = (h ^ (h >>> 16)) & (CAPACITY - 1);
    }
    used[i] = true;
    xs[i] = x;
    ts[i] = bits;
    values[i] = v;
    size++;
    return v;
  }
}
