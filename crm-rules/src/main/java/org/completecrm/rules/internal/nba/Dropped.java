package org.completecrm.rules.internal.nba;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.completecrm.rules.explain.Stage;

/**
 * Dropped candidates, listed by the stage that dropped them, then by their place among the rule
 * set's actions (which are in id order). What is kept of each is the caller's: the explained
 * outcome for a decision, the action and its decisive reason for a campaign run's candidates.
 *
 * <p>Design note: the order is a sort of one number per candidate, its stage, then its action,
 * then where it was added (which finds it again), sorted as primitives. A decision drops a few
 * dozen candidates; sorting them with a comparator that reads each outcome's stage took about 2%
 * of a campaign run's CPU time, this a fraction of that ({@code DroppedTest} checks the order).
 *
 * @param <T> what is kept of a dropped candidate
 */
final class Dropped<T> {
  private static final int BITS = 21; // room for a million actions and a million candidates

  private final List<T> added = new ArrayList<>(32);
  private long[] keys = new long[32];

  /** Action {@code action} (its place in the rule set's actions) was dropped at {@code stage}, kept as {@code item}. */
  void add(int action, Stage stage, T item) {
    int i = added.size();
    if (i == keys.length) {
      keys = Arrays.copyOf(keys, 2 * i);
    }
    keys[i] = ((long) stage.ordinal() << 2 * BITS) | ((long) action << BITS) | i;
    added.add(item);
  }

  /** The number of candidates dropped so far. */
  int size() {
    return added.size();
  }

  /** The dropped candidates in order. */
  List<T> inOrder() {
    int n = added.size();
    Arrays.sort(keys, 0, n);
    List<T> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add(added.get((int) (keys[i] & ((1L << BITS) - 1))));
    }
    return out;
  }
}
