package org.completecrm.rules.campaign;

import java.io.Serializable;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import org.completecrm.core.Checks;
import org.completecrm.core.CrmException;
import org.completecrm.core.InvalidValueException;

/**
 * A part of a campaign run's customers, whole households, where the allocation's passes run: on a
 * cluster, one partition's compact candidate summaries, kept where they were regrouped (see
 * {@link CampaignCandidates#byHousehold}). Serializable (primitive arrays, ids and names); what
 * it builds for a run (groups, constraints, the choices of the round being searched) is a cache
 * kept beside it, rebuilt when needed, so every result is a pure function of the part's customers
 * and the arguments.
 *
 * <p>Every member of a household must be in the same part, and each customer in one part only.
 * The methods are synchronized: a host may share one part between threads.
 */
public final class CampaignPart implements Serializable {
  private static final long serialVersionUID = 1L;

  private final CandidateTable table;
  /** The digest of what the part's candidates were decided under; 0 for a part without customers. */
  private final long fingerprint;
  private final ArrayList<String> localSegments;
  private transient Bound bound;

  private CampaignPart(CandidateTable table, long fingerprint) {
    this.table = table;
    this.fingerprint = fingerprint;
    this.localSegments = new ArrayList<>();
    for (int s = 0; s < table.segments.size(); s++) {
      localSegments.add(table.segments.name(s));
    }
  }

  /**
   * The part of the customers of {@code batches} (decided under one rule set, settings and instant;
   * every member of each household among them).
   *
   * @throws CrmException for batches decided under different inputs
   */
  public static CampaignPart of(Iterator<CampaignCandidates> batches) {
    Checks.present(batches, "CampaignPart.of.batches");
    CandidateTable table = null;
    long fingerprint = 0;
    while (batches.hasNext()) {
      CampaignCandidates batch = Checks.present(batches.next(), "CampaignPart.of.batches.next");
      if (batch.customers() == 0) {
        continue;
      }
      if (table == null) {
        table = new CandidateTable(batch.table.maskWords);
        fingerprint = batch.fingerprint;
      }
      batch.appendTo(table, fingerprint);
    }
    if (table == null) {
      table = new CandidateTable(1);
    }
    table.trim();
    table.sortNames();
    return new CampaignPart(table, fingerprint);
  }

  /** The part's customers. */
  public int customers() {
    return table.customers;
  }

  /** The segments of the part's customers, sorted (their union over all parts is the run's, {@link CampaignRun#of}). */
  public List<String> segments() {
    return Collections.unmodifiableList(localSegments);
  }

  /**
   * Runs one pass of {@code run}'s allocation over this part: a pure function of the part's
   * customers and the pass.
   *
   * @throws CrmException if the part's candidates were decided under other inputs than the run's
   */
  public synchronized long[] apply(CampaignRun run, AllocationPass pass) {
    Checks.present(pass, "CampaignPart.apply.pass");
    return pass.pass.apply(bind(run).part);
  }

  /**
   * This part's customers in {@code run}'s seeded sample of level {@code level} (about {@code
   * 2^-level} of its households or customers, whole), as a part of their own: a pass of that level
   * ({@link AllocationPass#sampleLevel}) gives over it exactly what it gives over this part. Small
   * enough for a driver to collect once and run the sample's passes on.
   *
   * @throws InvalidValueException for a level outside 1 to 8
   * @throws CrmException if the part's candidates were decided under other inputs than the run's
   */
  public synchronized CampaignPart sample(CampaignRun run, int level) {
    if (level < 1 || level > Units.MAX_LEVEL) {
      throw new InvalidValueException("CampaignPart.sample.level", level, "a sample level from 1 to " + Units.MAX_LEVEL);
    }
    CandidateTable sample = bind(run).part.sample(level).table;
    int[] all = new int[sample.customers];
    for (int i = 0; i < all.length; i++) {
      all[i] = i;
    }
    return new CampaignPart(CandidateTable.subset(sample, all), fingerprint);
  }

  /**
   * The sends this part's customers get from {@code allocation} (the final rounds evaluated
   * household by household), for the driver's {@link CampaignRun#schedule}.
   *
   * @throws CrmException for an allocation of another run
   */
  public synchronized ChosenSends chosen(CampaignRun run, CampaignAllocation allocation) {
    Bound b = bind(run);
    int[] chosen = b.assign(allocation);
    int sends = 0;
    for (int k : chosen) {
      sends += k >= 0 ? 1 : 0;
    }
    ChosenSends out = new ChosenSends(run.id, b.name(), table.customers, table.maskWords, sends);
    int n = 0;
    for (int i : b.groups.byId) {
      int k = chosen[i];
      if (k < 0) {
        continue;
      }
      int g = b.groups.groupOf[i];
      out.ids[n] = table.customerIds[i];
      out.groupFirst[n] = table.customerIds[b.groups.members[b.groups.start[g]]];
      out.tieKey[n] = b.groups.tieKey[g];
      out.segment[n] = table.segment[i];
      out.action[n] = table.action[k];
      out.channel[n] = table.channel[k];
      out.expectedValue[n] = table.expectedValue[k];
      out.propensity[n] = table.propensity[k];
      System.arraycopy(table.masks, k * table.maskWords, out.masks, n * table.maskWords, table.maskWords);
      n++;
    }
    return out;
  }

  /**
   * The lines of this part's customers, in order of customer id, with their send instants from
   * {@code schedule} and, for those left out, their reasons quoting the run's totals: each line
   * equal to the single machine's line of the customer. The lines are written when read.
   *
   * @throws CrmException for an allocation or schedule of another run, or a schedule made without this part's sends
   */
  public synchronized List<PlanLine> lines(CampaignRun run, CampaignAllocation allocation, CampaignSchedule schedule) {
    Checks.present(schedule, "CampaignPart.lines.schedule");
    Bound b = bind(run);
    if (schedule.run != run.id) {
      throw new CrmException("CampaignPart.lines: the schedule is of another run");
    }
    int[] chosen = b.assign(allocation).clone();
    int n = table.customers;
    int[] offsetSeconds = new int[n];
    boolean[] noSlot = new boolean[n];
    int[] offsets = n == 0 ? new int[0] : schedule.offsets.get(b.name());
    if (offsets == null) {
      throw new CrmException("CampaignPart.lines: the schedule was made without this part's sends");
    }
    int x = 0;
    for (int i : b.groups.byId) {
      offsetSeconds[i] = -1;
      if (chosen[i] >= 0) {
        if (x == offsets.length) {
          throw new CrmException("CampaignPart.lines: the schedule was made from other sends of this part");
        }
        offsetSeconds[i] = offsets[x++];
        if (offsetSeconds[i] < 0) {
          noSlot[i] = true;
          chosen[i] = -1;
        }
      }
    }
    if (x != offsets.length) {
      throw new CrmException("CampaignPart.lines: the schedule was made from other sends of this part");
    }
    CampaignRun.Shared s = b.shared;
    PlanParts parts = new PlanParts(table, s.constraints, b.groups, b.excluded, offsetSeconds, noSlot, s.caps, chosen,
        new double[][] {schedule.used, schedule.reachedAt}, s.evaluator.actions(), s.settings, run.at());
    int[] byId = b.groups.byId;
    return new AbstractList<>() {
      @Override
      public PlanLine get(int index) {
        return parts.line(byId[index]);
      }

      @Override
      public int size() {
        return byId.length;
      }
    };
  }

  private Bound bind(CampaignRun run) {
    Checks.present(run, "CampaignPart.run");
    if (bound == null || bound.run != run.id) {
      if (table.customers > 0 && fingerprint != run.candidates) {
        throw new CrmException("CampaignPart: the part was decided under another rule set, settings or instant"
            + " than the run's");
      }
      bound = null;
      bound = new Bound(run, table);
    }
    return bound;
  }

  @Override
  public String toString() {
    return "CampaignPart{customers=" + table.customers + ", candidates=" + table.candidates + "}";
  }

  private static final class Bound {
    final long run;
    final CampaignRun.Shared shared;
    final Groups groups;
    final boolean[] excluded;
    final Part part;
    private CampaignAllocation assignedFor;
    private int[] chosen;

    Bound(CampaignRun run, CandidateTable table) {
      this.run = run.id;
      this.shared = run.shared();
      table.renumberSegments(run.segments());
      boolean byHousehold = shared.settings.oneOutboundPerHousehold();
      groups = new Groups(table, byHousehold, run.seed());
      excluded = Part.excluded(table, shared.constraints);
      Units units = new Units(table, groups, byHousehold);
      int n = groups.count();
      part = new Part(table, groups, shared.constraints, shared.caps, excluded, units, 0, units.count(), new int[n],
          new int[n], new long[n], byHousehold);
    }

    /** The part's name in a schedule: its first customer id, null when it has none. */
    String name() {
      return groups.byId.length == 0 ? null : part.table.customerIds[groups.byId[0]];
    }

    int[] assign(CampaignAllocation allocation) {
      Checks.present(allocation, "CampaignPart.allocation");
      if (allocation.run != run) {
        throw new CrmException("CampaignPart: the allocation is of another run");
      }
      if (assignedFor != allocation) {
        chosen = new int[part.table.customers];
        java.util.Arrays.fill(chosen, -1);
        part.assign(allocation.rounds, chosen);
        assignedFor = allocation;
      }
      return chosen;
    }
  }
}
