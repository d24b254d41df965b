package org.completecrm.rules.campaign;

import java.util.AbstractList;
import java.util.List;
import java.util.Optional;
import org.completecrm.core.CustomerId;

/**
 * A campaign plan: for every customer of the run, in order of customer id, the action, channel
 * and send instant planned, or why none ({@link #lines()}), and what it adds up to ({@link
 * #summary()}). Made by {@link CampaignPlans#plan}; it keeps the compact per-customer summaries
 * and writes each line, with its reason in words, when it is read.
 */
public final class CampaignPlan {
  final PlanParts parts;
  private final PlanSummary summary;

  CampaignPlan(PlanParts parts, PlanSummary summary) {
    this.parts = parts;
    this.summary = summary;
  }

  /** One line per customer, in order of customer id (an unmodifiable list whose lines are written when read). */
  public List<PlanLine> lines() {
    return new AbstractList<>() {
      @Override
      public PlanLine get(int index) {
        return parts.line(parts.groups.byId[index]);
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
