package org.completecrm.rules.campaign;

/**
 * The fixed-point numbers the allocation's passes add up: a pass over a part of the groups returns
 * longs, and longs add up exactly in any order, so what a pass reports does not depend on how the
 * groups were split into parts (threads, Spark partitions) nor on the order the parts are combined.
 * Uses of a constraint are rounded up (a sum of rounded-up uses within a capacity is within it in
 * exact arithmetic too); values are rounded up for the bound and to nearest for a plan's value.
 */
final class Fixed {
  /** Units of a constraint's use per fixed-point unit: 2^32. */
  static final double USE = 0x1p32;
  /** Units of expected value per fixed-point unit: 2^20. */
  static final double VALUE = 0x1p20;
  private static final double MAX = 0x1p61;

  private Fixed() {}

  /** A use {@code a >= 0}, rounded up. */
  static long use(double a) {
    double x = Math.ceil(a * USE);
    return x >= MAX ? (long) MAX : (long) x;
  }

  /** The capacity {@code b} with the planner's tolerance, rounded down. */
  static long capacity(double b) {
    double x = Math.floor((b * (1 + Constraints.TOLERANCE) + Constraints.TOLERANCE) * USE);
    return x >= MAX ? (long) MAX : (long) Math.max(0, x);
  }

  static long valueUp(double v) {
    return (long) Math.ceil(v * VALUE);
  }

  static long value(double v) {
    return Math.round(v * VALUE);
  }

  static double toUse(long x) {
    return x / USE;
  }

  static double toValue(long x) {
    return x / VALUE;
  }

  /** A long whose signed order is the order of the doubles (for the positive keys the allocation compares). */
  static long sortable(double x) {
    long b = Double.doubleToLongBits(x);
    return b >= 0 ? b : b ^ Long.MAX_VALUE;
  }

  /** Adds {@code b} into {@code a}, element by element (the reduction of every pass). */
  static long[] add(long[] a, long[] b) {
    for (int i = 0; i < a.length; i++) {
      a[i] += b[i];
    }
    return a;
  }
}
