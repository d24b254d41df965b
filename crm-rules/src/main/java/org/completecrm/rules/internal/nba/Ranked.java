package org.completecrm.rules.internal.nba;

import java.util.Comparator;
import java.util.List;
import org.completecrm.rules.explain.Reason;
import org.completecrm.rules.ruleset.internal.CompiledAction;

/** A candidate that passed the stages before arbitration, with its score and its place among the actions. */
final class Ranked {
  /**
   * Service first while the customer has an open problem, then by score (highest first), then by
   * id (the index: the rule set's actions are in id order).
   */
  static final Comparator<Ranked> ORDER = (x, y) -> {
    // One plain comparator rather than a Comparator.comparing chain: the chain's shared lambdas
    // become megamorphic in a host that sorts other things, which made decisions 15% slower.
    if (x.serviceFirst != y.serviceFirst) {
      return x.serviceFirst ? -1 : 1;
    }
    int c = Double.compare(y.score, x.score);
    return c != 0 ? c : Integer.compare(x.index, y.index);
  };

  /** Sorts {@code ranked} in the {@link #ORDER} of arbitration. */
  static void sort(List<Ranked> ranked) {
    ranked.sort(ORDER);
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
