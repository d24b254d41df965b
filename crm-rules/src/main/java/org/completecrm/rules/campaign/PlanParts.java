package org.completecrm.rules.campaign;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.completecrm.core.CustomerId;
import org.completecrm.core.HouseholdId;
import org.completecrm.core.channel.Channel;
import org.completecrm.rules.explain.internal.Instants;
import org.completecrm.rules.ruleset.ActionDefinition;

/**
 * What the lines of a plan are written from, for the customers of one table: the whole run on one
 * machine, or one part of it (whole households) on a cluster, where {@link #used} and {@link
 * #reachedAt} are the run's totals broadcast to the part. Nothing here changes once it is made:
 * {@link #line} and {@link LeftOut#reason} only read it (each makes its own scratch: builders, the
 * set of caps taken, a use array), so lines may be made on several threads at once.
 */
final class PlanParts {
  final CandidateTable table;
  final Constraints constraints;
  final Groups groups;
  final boolean[] excluded;
  /** Seconds from the run's instant to each customer's send; -1 for none. */
  final int[] offsetSeconds;
  /** Customers whose allocated send found no slot. */
  final boolean[] noSlot;
  final HouseholdCaps caps;
  final int[] chosen;
  final double[] used;
  final double[] reachedAt;
  final List<ActionDefinition> actions;
  final CampaignSettings settings;
  final Instant at;

  PlanParts(CandidateTable table, Constraints constraints, Groups groups, boolean[] excluded, int[] offsetSeconds,
      boolean[] noSlot, HouseholdCaps caps, int[] chosen, double[][] usage, List<ActionDefinition> actions,
      CampaignSettings settings, Instant at) {
    this.table = table;
    this.constraints = constraints;
    this.groups = groups;
    this.excluded = excluded;
    this.offsetSeconds = offsetSeconds;
    this.noSlot = noSlot;
    this.caps = caps;
    this.chosen = chosen;
    this.used = usage[0];
    this.reachedAt = usage[1];
    this.actions = actions;
    this.settings = settings;
    this.at = at;
  }

  boolean excluded(int k) {
    return excluded[k];
  }

  /**
   * {@code [used, reachedAt]}: each constraint's use by the sends {@code chosen} (a candidate per
   * customer, -1 for none), added in the order {@code idOrder} (customers by id), and the lowest
   * expected value of a send using it (positive infinity when none does).
   */
  static double[][] usage(CandidateTable table, int[] idOrder, int[] chosen, Constraints constraints) {
    double[] used = new double[constraints.count()];
    double[] reachedAt = new double[constraints.count()];
    Arrays.fill(reachedAt, Double.POSITIVE_INFINITY);
    for (int i : idOrder) {
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
    return new double[][] {used, reachedAt};
  }

  /** The line of customer {@code i}. */
  PlanLine line(int i) {
    CandidateTable t = table;
    Optional<HouseholdId> household = t.household[i] < 0 ? Optional.empty()
        : Optional.of(HouseholdId.of(t.households.name(t.household[i])));
    CustomerId customer = CustomerId.of(t.customerIds[i]);
    int k = chosen[i];
    if (k < 0) {
      return new PlanLine(customer, household, Optional.empty(), Optional.empty(), Optional.empty(),
          OptionalDouble.empty(), LeftOut.reason(this, i));
    }
    ActionDefinition def = actions.get(t.action[k]);
    Channel ch = Channel.values()[t.channel[k]];
    Instant sendAt = at.plusSeconds(offsetSeconds[i]);
    StringBuilder reason = new StringBuilder(160).append("Planned: ").append(def.displayName()).append(" by ")
        .append(ch).append(" at ").append(Instants.iso(sendAt)).append(", ");
    return new PlanLine(customer, household, Optional.of(def.id()), Optional.of(ch), Optional.of(sendAt),
        OptionalDouble.of(t.expectedValue[k]), LeftOut.appendWorth(reason, this, k).append('.').toString());
  }
}
