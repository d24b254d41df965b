package org.completecrm.rules.nba;

import java.util.List;
import org.completecrm.rules.condition.Conditions;
import org.completecrm.rules.condition.EventKind;
import org.completecrm.rules.ruleset.CompiledRule;
import org.completecrm.rules.ruleset.CompiledRuleSet;

/**
 * For each event kind, the positions (in {@link CompiledRuleSet#rules()} order) of the rules whose
 * condition can hold for it ({@link Conditions#eventKinds}): a decision tests only those, and a
 * rule written for campaign runs costs an inbound call nothing. Built once per rule set.
 */
final class RulesByEvent {
  private final int[][] positions = new int[EventKind.values().length][];

  private RulesByEvent(CompiledRuleSet rs) {
    List<CompiledRule> rules = rs.rules();
    int[] counts = new int[positions.length];
    boolean[][] holds = new boolean[rules.size()][];
    for (int j = 0; j < rules.size(); j++) {
      holds[j] = new boolean[positions.length];
      for (EventKind k : Conditions.eventKinds(rules.get(j).rule().when())) {
        holds[j][k.ordinal()] = true;
        counts[k.ordinal()]++;
      }
    }
    for (int k = 0; k < positions.length; k++) {
      positions[k] = new int[counts[k]];
      int n = 0;
      for (int j = 0; j < rules.size(); j++) {
        if (holds[j][k]) {
          positions[k][n++] = j;
        }
      }
    }
  }

  /** The index of {@code rs}, built on its first decision. */
  static RulesByEvent of(CompiledRuleSet rs) {
    return rs.derived(RulesByEvent.class, RulesByEvent::new);
  }

  /** How many rules can hold for {@code kind}. */
  int count(EventKind kind) {
    return positions[kind.ordinal()].length;
  }

  /** The position of the {@code i}-th rule that can hold for {@code kind}. */
  int rule(EventKind kind, int i) {
    return positions[kind.ordinal()][i];
  }
}
