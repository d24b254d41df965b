package org.completecrm.rules.nba;

import java.util.List;
import org.completecrm.rules.explain.Reason;
import org.completecrm.rules.ruleset.CompiledAction;

/** A candidate that passed the stages before arbitration, with its score and its place among the actions. */
final class Ranked {
  /**
   * Sorts {@code ranked} service first while the customer has an open problem, then by score
   * (highest first), then by id (the index: the rule set's actions are in id order). An insertion
   * sort: a decision ranks a few dozen candidates at most.
   */
  static void sort(List<Ranked> ranked) {
    for (int i = 1; i < ranked.size(); i++) {
      Ranked r = ranked.get(i);
      int j = i - 1;
      for (; j >= 0 && after(ranked.get(j), r); j--) {
        ranked.set(j + 1, ranked.get(j));
      }
      ranked.set(j + 1, r);
    }
  }

  /** Whether {@code x} ranks after {@code y}. */
  private static boolean after(Ranked x, Ranked y) {
    if (x.serviceFirst != y.serviceFirst) {
      return y.serviceFirst;
    }
    int c = Double.compare(y.score, x.score);
    return c != 0 ? c > 0 : x.index > y.index;
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