package org.completecrm.rules.campaign;

import java.util.List;
import java.util.Set;
import org.completecrm.core.channel.Channel;
import org.completecrm.core.channel.Purpose;
import org.completecrm.rules.ruleset.ActionDefinition;
import org.completecrm.rules.ruleset.CapPolicy;

/**
 * Household caps across the run: a decision sees its own customer's send only, so two members
 * of one household could each pass a household cap that has room for one. Within a run, a
 * household gets at most one send that a household cap counts, per cap.
 */
final class HouseholdCaps {
  private final List<CapPolicy> caps;
  private final List<ActionDefinition> actions;

  HouseholdCaps(List<CapPolicy> allCaps, List<ActionDefinition> actions) {
    this.caps = allCaps.stream().filter(CapPolicy::household).toList();
    this.actions = actions;
  }

  /** Whether the rule set has any household cap. */
  boolean any() {
    return !caps.isEmpty();
  }

  /** Whether no other member of customer {@code i}'s household already took a send that a cap counting {@code k} counts. */
  boolean free(CandidateTable table, int i, int k, Set<Long> taken) {
    int h = table.household[i];
    if (h < 0 || caps.isEmpty()) {
      return true;
    }
    for (int c = 0; c < caps.size(); c++) {
      if (counts(c, table, k) && taken.contains(key(h, c))) {
        return false;
      }
    }
    return true;
  }

  /** The cap that stops {@code k}, if any: its description. */
  String blocking(CandidateTable table, int i, int k, Set<Long> taken) {
    int h = table.household[i];
    for (int c = 0; h >= 0 && c < caps.size(); c++) {
      if (counts(c, table, k) && taken.contains(key(h, c))) {
        return caps.get(c).id() + " (" + caps.get(c).describe() + ")";
      }
    }
    return null;
  }

  /** Whether {@code a} and {@code b} are counted by exactly the same household caps (so one may replace the other). */
  boolean sameCaps(CandidateTable table, int a, int b) {
    for (int c = 0; c < caps.size(); c++) {
      if (counts(c, table, a) != counts(c, table, b)) {
        return false;
      }
    }
    return true;
  }

  void take(CandidateTable table, int i, int k, Set<Long> taken) {
    int h = table.household[i];
    for (int c = 0; h >= 0 && c < caps.size(); c++) {
      if (counts(c, table, k)) {
        taken.add(key(h, c));
      }
    }
  }

  private boolean counts(int c, CandidateTable table, int k) {
    CapPolicy cap = caps.get(c);
    Channel ch = Channel.values()[table.channel[k]];
    Purpose p = actions.get(table.action[k]).purpose();
    return cap.channel().map(x -> x == ch).orElse(true) && cap.purpose().map(x -> x == p).orElse(true);
  }

  private long key(int household, int cap) {
    return (long) household * 64 + cap;
  }
}
