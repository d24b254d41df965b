package org.completecrm.rules.internal.nba;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.completecrm.rules.condition.internal.CompiledCondition;
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
  // Each kind's conditions in the order of its positions: the rules stage tests them from one array
  // rather than reaching each through its rule, and reads the rule only when its condition holds.
  private final CompiledCondition[][] conditions = new CompiledCondition[EventKind.values().length][];

  /** The index of {@code rs}, built once per rule set (see {@link RuleSetPlan}). */
  RulesByEvent(CompiledRuleSet rs) {
    List<CompiledRule> rules = rs.rules();
    List<Set<EventKind>> admitted = new ArrayList<>(rules.size());
    for (CompiledRule r : rules) {
      admitted.add(Conditions.eventKinds(r.rule().when()));
    }
    for (EventKind k : EventKind.values()) {
      int[] p = IntStream.range(0, rules.size()).filter(j -> admitted.get(j).contains(k)).toArray();
      positions[k.ordinal()] = p;
      conditions[k.ordinal()] = Arrays.stream(p).mapToObj(j -> rules.get(j).when()).toArray(CompiledCondition[]::new);
    }
  }

  /** The positions of the rules that can hold for {@code kind}, in order (not to be written to). */
  int[] rules(EventKind kind) {
    return positions[kind.ordinal()];
  }

  /** The conditions of the rules of {@link #rules}, in the same order (not to be written to). */
  CompiledCondition[] conditions(EventKind kind) {
    return conditions[kind.ordinal()];
  }
}
