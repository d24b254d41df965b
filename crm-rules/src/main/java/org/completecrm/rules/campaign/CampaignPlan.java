package org.completecrm.rules.campaign;

import java.time.Instant;
import java.util.AbstractList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.completecrm.core.CustomerId;
import org.completecrm.core.HouseholdId;
import org.completecrm.core.channel.Channel;
import org.completecrm.rules.ruleset.ActionDefinition;

/**
 * A campaign plan: for every customer of the run, in order of customer id, the action, channel
 * and send instant planned, or why none ({@link #lines()}), and what it adds up to ({@link
 * #summary()}). Made by {@link CampaignPlans#plan}; it keeps the compact per-customer summaries
 * and writes each line, with its reason in words, when it is read.
 */
public final class CampaignPlan {
  private final PlanParts parts;
  private final PlanSummary summary;

  CampaignPlan(PlanParts parts) {
    this.parts = parts;
    this.summary = PlanTotals.summarise(parts);
  }

  /** One line per customer, in order of customer id (an unmodifiable list whose lines are written when read). */
  public List<PlanLine> lines() {
    return new AbstractList<>() {
      @Override
      public PlanLine get(int index) {
        return line(parts.groups.byId[index]);
      }

      @Override
      public int size() {
        return parts.table.customers;
      }
    };
  }

  /** The totals, the bound and the gap. */
  public PlanSummary summary() {
    return summary;
  }

  private PlanLine line(int i) {
    CandidateTable t = parts.table;
    Optional<HouseholdId> household = t.household[i] < 0 ? Optional.empty()
        : Optional.of(HouseholdId.of(t.households.name(t.household[i])));
    CustomerId customer = CustomerId.of(t.customerIds[i]);
    int k = parts.chosen[i];
    if (k < 0) {
      return new PlanLine(customer, household, Optional.empty(), Optional.empty(), Optional.empty(),
          OptionalDouble.empty(), LeftOut.reason(parts, i));
    }
    ActionDefinition def = parts.actions.get(t.action[k]);
    Channel ch = Channel.values()[t.channel[k]];
    Instant sendAt = parts.at.plusSeconds(parts.schedule.offsetSeconds[i]);
    return new PlanLine(customer, household, Optional.of(def.id()), Optional.of(ch), Optional.of(sendAt),
        OptionalDouble.of(t.expectedValue[k]), "Planned: " + def.displayName() + " by " + ch + " at " + sendAt + ", "
        + LeftOut.worth(parts, k) + ".");
  }

  /** The line of {@code customer}, if the customer was in the run. */
  public Optional<PlanLine> lineOf(CustomerId customer) {
    List<PlanLine> lines = lines();
    int lo = 0;
    int hi = lines.size() - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      int c = parts.table.customerIds[parts.groups.byId[mid]].compareTo(customer.value());
      if (c == 0) {
        return Optional.of(lines.get(mid));
      }
      if (c < 0) {
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return Optional.empty();
  }

  @Override
  public String toString() {
    return "CampaignPlan{" + summary.campaign() + ", customers=" + summary.customers() + ", planned="
        + summary.planned() + ", expectedValue=" + summary.expectedValue() + ", gap=" + summary.gap() + "}";
  }
}
