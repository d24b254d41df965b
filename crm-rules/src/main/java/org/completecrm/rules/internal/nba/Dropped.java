package org.completecrm.rules.internal.nba;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.completecrm.rules.explain.CandidateOutcome;

/**
 * Dropped candidates, listed by the stage that dropped them, then by their place among the rule
 * set's actions (which are in id order).
 *
 * <p>Design note: the order is a sort of one number per candidate, its stage, then its action,
 * then where it was added (which finds it again), sorted as primitives. A decision drops a few
 * dozen candidates; sorting them with a comparator that reads each outcome's stage took about 2%
 * of a campaign run's CPU time, this a fraction of that ({@code DroppedTest} checks the order).
 */
final class Dropped {
  private static final int BITS = 21; // room for a million actions and a million candidates

  private final List<CandidateOutcome> added = new ArrayList<>(32);
  private long[] keys = new long[32];

  /** Action {@code action} (its place in the rule set's actions) was dropped with {@code outcome}. */
  void add(int action, CandidateOutcome outcome) {
    int i = added.size();
    if (i == keys.length) {
      keys = Arrays.copyOf(keys, 2 * i);
    }
    keys[i] = ((long) outcome.stage().ordinal() << 2 * BITS) | ((long) action << BITS) | i;
    added.add(outcome);
  }

  /** The dropped candidates in order. */
  List<CandidateOutcome> inOrder() {
    int n = added.size();
    Arrays.sort(keys, 0, n);
    List<CandidateOutcome> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add(added.get((int) (keys[i] & ((1L << BITS) - 1))));
    }
    return out;
  }
}
