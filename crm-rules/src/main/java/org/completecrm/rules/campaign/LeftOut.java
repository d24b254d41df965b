package org.completecrm.rules.campaign;

import java.util.HashSet;
import java.util.Set;
import org.completecrm.core.channel.Channel;
import org.completecrm.rules.ruleset.ActionDefinition;

/** Why a customer is left out of a plan, in plain words that name the budget and the expected values. */
final class LeftOut {
  private LeftOut() {}

  static String reason(PlanParts p, int i) {
    CandidateTable t = p.table;
    if (t.noneReason[i] != null) {
      return t.noneReason[i];
    }
    int best = -1;
    for (int k = t.first(i); k < t.end(i); k++) {
      if (best < 0 || better(p, k, best)) {
        best = k;
      }
    }
    String mine = "this customer's best, " + what(p, best) + ", was " + money(t.expectedValue[best]);
    if (p.noSlot[i]) {
      return "Left out: no send slot was left for " + what(p, best) + " (expected value " + money(t.expectedValue[best])
          + "): the hours of the " + p.settings.sendWindow().hours() + "-hour window outside the customer's quiet hours"
          + " were full (hourly throughput, daily budget or team capacity).";
    }
    int g = p.groups.groupOf[i];
    for (int x = p.groups.start[g]; x < p.groups.start[g + 1]; x++) {
      int other = p.groups.members[x];
      if (other != i && p.chosen[other] >= 0) {
        return "Left out: one outbound contact per household: household " + t.households.name(t.household[i])
            + " gets " + what(p, p.chosen[other]) + " through customer " + t.customerIds[other] + " (expected value "
            + money(t.expectedValue[p.chosen[other]]) + "); " + mine + ".";
      }
    }
    if (t.expectedValue[best] <= 0) {
      return "Left out: no candidate is worth its cost: the best, " + what(p, best) + ", has an expected value of "
          + money(t.expectedValue[best]) + " (" + worth(p, best) + ").";
    }
    if (p.excluded(best)) {
      int j = p.constraints.firstWithoutRoom(t, best, t.segment[i], new double[p.constraints.count()]);
      return "Left out: " + p.constraints.describe.get(j) + " has no room for even one send of " + what(p, best)
          + " (expected value " + money(t.expectedValue[best]) + ").";
    }
    int j = p.constraints.firstWithoutRoom(t, best, t.segment[i], p.used);
    if (j >= 0) {
      double at = p.reachedAt[j];
      String used = " was used up (" + p.constraints.amount(j, p.used[j]) + " of " + p.constraints.amount(j,
          p.constraints.capacity[j]) + ")";
      if (at == Double.POSITIVE_INFINITY) {
        return "Left out: " + p.constraints.describe.get(j) + used + "; " + mine + ".";
      }
      if (at >= t.expectedValue[best] || j != p.constraints.costCon && !p.constraints.isTeam(j)) {
        return "Left out: " + p.constraints.describe.get(j) + (at >= t.expectedValue[best]
            ? " was reached at an expected value of " + money(at)
            : used + " by sends of expected value down to " + money(at) + ", whose customers had less to gain"
                + " elsewhere once the other budgets were priced") + "; " + mine + ".";
      }
      return "Left out: " + p.constraints.describe.get(j) + used + " by sends of more value per unit of it; " + mine
          + ".";
    }
    Set<Long> taken = new HashSet<>();
    int h = t.household[i];
    for (int x = h < 0 ? 0 : p.groups.householdStart[h]; h >= 0 && x < p.groups.householdStart[h + 1]; x++) {
      int other = p.groups.householdMembers[x];
      if (other != i && p.chosen[other] >= 0) {
        p.caps.take(t, other, p.chosen[other], taken);
      }
    }
    String cap = p.caps.blocking(t, i, best, taken);
    if (cap != null) {
      return "Left out: household cap " + cap + " already counts a send to another member of household "
          + t.households.name(t.household[i]) + " in this run; " + mine + ".";
    }
    return "Left out: the budgets went to customers of higher value once priced by the allocation; " + mine
        + " and room was only left after sends without a free slot were dropped.";
  }

  private static boolean better(PlanParts p, int k, int best) {
    boolean ex = p.excluded(k);
    boolean bestEx = p.excluded(best);
    if (ex != bestEx) {
      return !ex;
    }
    return p.table.expectedValue[k] > p.table.expectedValue[best];
  }

  static String what(PlanParts p, int k) {
    ActionDefinition def = p.actions.get(p.table.action[k]);
    return def.displayName() + " by " + Channel.values()[p.table.channel[k]];
  }

  /** {@code "expected value 12.30 = propensity 0.40 x value 60 x lever 1 - cost 0.05"}. */
  static String worth(PlanParts p, int k) {
    return appendWorth(new StringBuilder(96), p, k).toString();
  }

  /** Appends {@link #worth} to {@code to}. */
  static StringBuilder appendWorth(StringBuilder to, PlanParts p, int k) {
    CandidateTable t = p.table;
    ActionDefinition def = p.actions.get(t.action[k]);
    FixedDecimals.append(to.append("expected value "), t.expectedValue[k], 2).append(" = propensity ");
    FixedDecimals.append(to, t.propensity[k], 2).append(" x value ");
    appendNumber(to, def.value()).append(" x lever ");
    appendNumber(to, def.lever()).append(" - cost ");
    return appendNumber(to, p.constraints.channelCost[t.channel[k]]);
  }

  /** {@code v} with two decimals. */
  static String money(double v) {
    return FixedDecimals.format(v, 2);
  }

  private static StringBuilder appendNumber(StringBuilder to, double v) {
    return v == Math.rint(v) && Math.abs(v) < 1e15 ? to.append((long) v) : FixedDecimals.append(to, v, 2);
  }
}
