package org.completecrm.rules.campaign;

import java.io.Serializable;
import java.util.Map;
import org.completecrm.core.CrmException;

/**
 * The send schedule and totals of a distributed campaign run ({@link CampaignRun#schedule}): the
 * plan's {@link #summary()} where it was made, and, for the parts that write their customers'
 * lines ({@link CampaignPart#lines}), each part's send instants and the constraints' totals (the
 * use of every budget and capacity, the expected value each was reached at) that the reasons of
 * the customers left out quote. Serializable, to be broadcast to the parts: a few bytes per send
 * and per constraint; the summary stays where the schedule was made.
 */
public final class CampaignSchedule implements Serializable {
  private static final long serialVersionUID = 1L;

  final long run;
  /** Per part (its first customer id): the offset in seconds of each of its sends, in its order; -1 for no slot. */
  final Map<String, int[]> offsets;
  final double[] used;
  final double[] reachedAt;
  private final transient PlanSummary summary;

  CampaignSchedule(long run, Map<String, int[]> offsets, double[] used, double[] reachedAt, PlanSummary summary) {
    this.run = run;
    this.offsets = offsets;
    this.used = used;
    this.reachedAt = reachedAt;
    this.summary = summary;
  }

  /**
   * The plan's summary, equal to the single machine's for the same customers.
   *
   * @throws CrmException on a copy of the schedule (deserialized): the summary stays where it was made
   */
  public PlanSummary summary() {
    if (summary == null) {
      throw new CrmException("CampaignSchedule: the summary is kept where the schedule was made, not in its copies");
    }
    return summary;
  }

  @Override
  public String toString() {
    return "CampaignSchedule{parts=" + offsets.size() + "}";
  }
}
