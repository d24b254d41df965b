package org.completecrm.rules.campaign;

import java.io.Serializable;
import java.util.Arrays;

/**
 * One round of the allocation's primal step, the small state broadcast to every part: the prices
 * the groups choose by ({@code lambda}, or none: by expected value), the capacity left by earlier
 * rounds ({@code residual}, fixed point) that a choice must fit in alone, and per constraint the
 * cut-off on the groups' keys ({@code (cutHi, cutLo)}): a group is admitted when its key is above
 * the cut-off of every constraint its choice uses.
 */
final class Round implements Serializable {
  private static final long serialVersionUID = 1L;

  final double[] lambda;
  final long[] residual;
  final long[] cutHi;
  final long[] cutLo;

  Round(double[] lambda, long[] residual, long[] cutHi, long[] cutLo) {
    this.lambda = lambda;
    this.residual = residual;
    this.cutHi = cutHi;
    this.cutLo = cutLo;
  }

  /** A round that admits every group with a choice. */
  static Round open(double[] lambda, long[] residual) {
    long[] hi = new long[residual.length];
    Arrays.fill(hi, Long.MIN_VALUE);
    return new Round(lambda == null ? null : lambda.clone(), residual.clone(), hi, hi.clone());
  }

  /** Whether the groups choose the same in both rounds (same prices and residual). */
  boolean sameChoices(Round o) {
    return o != null && Arrays.equals(lambda, o.lambda) && Arrays.equals(residual, o.residual);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Round r && sameChoices(r) && Arrays.equals(cutHi, r.cutHi) && Arrays.equals(cutLo, r.cutLo);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(residual) * 31 + Arrays.hashCode(cutHi);
  }
}
