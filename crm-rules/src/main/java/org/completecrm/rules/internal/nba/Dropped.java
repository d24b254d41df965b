package org.completecrm.rules.internal.nba;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.completecrm.rules.explain.CandidateOutcome;

/**
 * Dropped candidates, listed by the stage that dropped them, then by their place among the rule
 * set's actions (which are in id order).
 */
final class Dropped {
  private record Entry(int action, CandidateOutcome outcome) {}

  // A plain comparator, not a Comparator.comparing chain (see Ranked.ORDER).
  private static final Comparator<Entry> ORDER = (x, y) -> {
    int c = x.outcome().stage().compareTo(y.outcome().stage());
    return c != 0 ? c : Integer.compare(x.action(), y.action());
  };

  private final List<Entry> entries = new ArrayList<>();

  /** Action {@code action} (its place in the rule set's actions) was dropped with {@code outcome}. */
  void add(int action, CandidateOutcome outcome) {
    entries.add(new Entry(action, outcome));
  }

  /** The dropped candidates in order. */
  List<CandidateOutcome> inOrder() {
    entries.sort(ORDER);
    List<CandidateOutcome> out = new ArrayList<>(entries.size());
    for (Entry e : entries) {
      out.add(e.outcome());
    }
    return out;
  }
}
