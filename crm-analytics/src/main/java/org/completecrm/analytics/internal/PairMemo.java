package org.completecrm.analytics.internal;

import java.util.Arrays;

/**
 * A small open-addressing memo of a function of {@code (int, double)}: scoring evaluates
 * expensive per-{@code (x, t)} terms once per distinct pair, which real customer bases have few
 * of. Not thread-safe (one per scoring task); when half full it starts afresh, bounding memory.
 * Not API.
 */
public final class PairMemo {
  /** The memoised function. */
  public interface Function {
    /** The value at {@code (x, t)}. */
    double apply(int x, double t);
  }

  private static final int CAPACITY = 1 << 14;
  private final Function f;
  private final int[] xs = new int[CAPACITY];
  private final long[] ts = new long[CAPACITY];
  private final double[] values = new double[CAPACITY];
  private final boolean[] used = new boolean[CAPACITY];
  private int size;

  /** A memo of {@code f}. */
  public PairMemo(Function f) {
    this.f = f;
  }

  /** {@code f(x, t)}, computed once per distinct pair while the memo holds it. */
  public double get(int x, double t) {
    long bits = Double.doubleToLongBits(t + 0.0);
    int h = (int) (bits ^ (bits >>> 32)) * 0x9E3779B1 + x * 0x85EBCA6B;
    int start = (h ^ (h >>> 16)) & (CAPACITY - 1);
    int i = start;
    while (used[i]) {
      if (xs[i] == x && ts[i] == bits) {
        return values[i];
      }
      i = (i + 1) & (CAPACITY - 1);
    }
    double v = f.apply(x, t);
    if (size >= CAPACITY / 2) {
      Arrays.fill(used, false);
      size = 0;
      i = start;
    }
    used[i] = true;
    xs[i] = x;
    ts[i] = bits;
    values[i] = v;
    size++;
    return v;
  }
}
