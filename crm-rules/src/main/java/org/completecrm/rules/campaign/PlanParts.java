package org.completecrm.rules.campaign;

import java.time.Instant;
import java.util.List;
import org.completecrm.rules.ruleset.ActionDefinition;

/** What a plan is made of, kept together for the lines, reasons and totals that read it. */
final class PlanParts {
  final CandidateTable table;
  final Constraints constraints;
  final Groups groups;
  final Allocation allocation;
  final SendSchedule schedule;
  final HouseholdCaps caps;
  final int[] chosen;
  final double[] used;
  final double[] reachedAt;
  final List<ActionDefinition> actions;
  final CampaignSettings settings;
  final Instant at;
  final long seed;

  PlanParts(CandidateTable table, Constraints constraints, Groups groups, Allocation allocation, SendSchedule schedule,
      HouseholdCaps caps, int[] chosen, List<ActionDefinition> actions, CampaignSettings settings, Instant at,
      long seed) {
    this.table = table;
    this.constraints = constraints;
    this.groups = groups;
    this.allocation = allocation;
    this.schedule = schedule;
    this.caps = caps;
    this.chosen = chosen;
    this.actions = actions;
    this.settings = settings;
    this.at = at;
    this.seed = seed;
    this.used = new double[constraints.count()];
    this.reachedAt = new double[constraints.count()];
    java.util.Arrays.fill(reachedAt, Double.POSITIVE_INFINITY);
    for (int i = 0; i < table.customers; i++) {
      int k = chosen[i];
      if (k >= 0) {
        int seg = table.segment[i];
        constraints.addUse(table, k, seg, used, 1.0);
        for (int j = 0; j < constraints.count(); j++) {
          if (constraints.uses(table, k, seg, j)) {
            reachedAt[j] = Math.min(reachedAt[j], table.expectedValue[k]);
          }
        }
      }
    }
  }
}
