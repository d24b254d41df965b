package org.completecrm.rules.nba;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.completecrm.rules.explain.CandidateOutcome;

/**
 * Dropped candidates, listed by the stage that dropped them, then by action id: the key of each
 * is its stage and its position in the rule set's id-ordered actions, so sorting the keys orders
 * them without comparing ids.
 */
final class Dropped {
  private final CandidateOutcome[] byAction;
  private final long[] keys;
  private int size;

  Dropped(int actions) {
    byAction = new CandidateOutcome[actions];
    keys = new long[actions];
  }

  void add(int action, CandidateOutcome outcome) {
    byAction[action] = outcome;
    keys[size++] = (long) outcome.stage().ordinal() << 32 | action;
  }

  List<CandidateOutcome> inOrder() {
    Arrays.sort(keys, 0, size);
    List<CandidateOutcome> out = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      out.add(byAction[(int) keys[i]]);
    }
    return out;
  }
}