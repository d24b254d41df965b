package org.completecrm.rules.internal.nba;

import java.util.List;
import org.completecrm.rules.explain.Reason;
import org.completecrm.rules.ruleset.internal.CompiledAction;

/** A candidate that passed the stages before arbitration, with its score and its place among the actions. */
final class Ranked {
  /**
   * Sorts {@code ranked} in the order of arbitration ({@link #before}): an insertion sort with the
   * order written out, not {@code List.sort} with a comparator. A decision ranks a few dozen
   * candidates, and {@code List.sort}'s comparator call site, shared with every other sort in a host
   * (a campaign run sorts timelines and tables too), turned megamorphic in a whole run, where the
   * sort took 6% of deciding a customer. The order is total (the index breaks every tie), so the
   * result is the one any sort gives.
   */
  static void sort(List<Ranked> ranked) {
    int n = ranked.size();
    if (n < 2) {
      return;
    }
    Ranked[] a = ranked.toArray(new Ranked[n]);
    for (int i = 1; i < n; i++) {
      Ranked x = a[i];
      int j = i;
      while (j > 0 && before(x, a[j - 1])) {
        a[j] = a[j - 1];
        j--;
      }
      a[j] = x;
    }
    for (int i = 0; i < n; i++) {
      ranked.set(i, a[i]);
    }
  }

  /**
   * Whether {@code x} comes before {@code y} in arbitration: service first while the customer has an
   * open problem, then by score (highest first), then by id (the index: the rule set's actions are
   * in id order).
   */
  static boolean before(Ranked x, Ranked y) {
    if (x.serviceFirst != y.serviceFirst) {
      return x.serviceFirst;
    }
    int c = Double.compare(y.score, x.score);
    return c != 0 ? c < 0 : x.index < y.index;
  }

  final int index;
  final CompiledAction action;
  final Reason proposed;
  final double score;
  final double propensity;
  final boolean serviceFirst;

  Ranked(int index, CompiledAction action, Reason proposed, double score, double propensity, boolean serviceFirst) {
    this.index = index;
    this.action = action;
    this.proposed = proposed;
    this.score = score;
    this.propensity = propensity;
    this.serviceFirst = serviceFirst;
  }
}
