package org.completecrm.rules.internal.nba;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.completecrm.rules.condition.internal.Conditions;
import org.completecrm.rules.event.EventKind;
import org.completecrm.rules.ruleset.internal.CompiledRule;
import org.completecrm.rules.ruleset.internal.CompiledRuleSet;

/**
 * For each event kind, the positions (in {@link CompiledRuleSet#rules()} order) of the rules whose
 * condition can hold for it ({@link Conditions#eventKinds}): a decision tests only those, and a
 * rule written for campaign runs costs an inbound call nothing. Built once per rule set.
 */
final class RulesByEvent {
  private final int[][] positions = new int[EventKind.values().length][];

  private RulesByEvent(CompiledRuleSet rs) {
    List<CompiledRule> rules = rs.rules();
    List<Set<EventKind>> admitted = new ArrayList<>(rules.size());
    for (CompiledRule r : rules) {
      admitted.add(Conditions.eventKinds(r.rule().when()));
    }
    for (EventKind k : EventKind.values()) {
      positions[k.ordinal()] = IntStream.range(0, rules.size()).filter(j -> admitted.get(j).contains(k)).toArray();
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
