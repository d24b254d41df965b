package org.completecrm.rules.campaign;

import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.completecrm.core.Checks;
import org.completecrm.core.CrmException;
import org.completecrm.core.InvalidValueException;
import org.completecrm.core.json.CrmJson;
import org.completecrm.rules.ruleset.RuleSet;
import org.completecrm.rules.ruleset.RuleSets;

/**
 * A campaign run planned across machines: the same plan as {@link CampaignPlans#plan}, with the
 * customers' candidates kept in {@link CampaignPart}s (whole households each, where they were
 * decided) and only small states and sums moving between the parts and the driver. The run is
 * the description every machine shares (rule set, settings, instant, seed and the segments of the
 * run's customers), serializable to be broadcast, and the driver's three steps:
 *
 * <ol>
 *   <li>{@link #allocate}: the Lagrangian search and the plan's rounds, by passes the host runs
 *       over the parts ({@link AllocationRunner});
 *   <li>{@link #schedule}: the send schedule and the plan's totals, from the sends each part's
 *       customers get ({@link CampaignPart#chosen}), never from the customers left out;
 *   <li>the parts write their customers' lines ({@link CampaignPart#lines}), reasons included.
 * </ol>
 *
 * <pre>{@code
 * // on the executors: candidates decided in batches, regrouped by household into parts
 * CampaignPart part = CampaignPart.of(batchesOfWholeHouseholds);
 * // on the driver
 * CampaignRun run = CampaignRun.of(rules, settings, at, seed, segmentsOfAllParts);
 * CampaignAllocation allocation = run.allocate(pass -> sumOverParts(p -> p.apply(run, pass)));
 * CampaignSchedule schedule = run.schedule(allocation, eachPart(p -> p.chosen(run, allocation)));
 * PlanSummary summary = schedule.summary();
 * // on the executors again, then sorted by customer id
 * List<PlanLine> lines = part.lines(run, allocation, schedule);
 * }</pre>
 *
 * <p>Every pass returns fixed-point sums that add up exactly, so the plan is the single machine's,
 * line for line, however the households are split into parts and in whatever order the parts'
 * results are combined.
 */
public final class CampaignRun implements Serializable {
  private static final long serialVersionUID = 1L;

  private final String rulesJson;
  private final String settingsJson;
  private final Instant at;
  private final long seed;
  private final ArrayList<String> segments;
  /** The digest of what candidates depend on ({@link CampaignCandidates#fingerprint}). */
  final long candidates;
  /** The digest of the run: the candidates' digest, the seed and the segments. */
  final long id;
  private transient Shared shared;

  private CampaignRun(RuleSet ruleSet, CampaignSettings settings, Instant at, long seed, List<String> segments) {
    this.rulesJson = CrmJson.write(ruleSet);
    this.settingsJson = CrmJson.write(settings);
    this.at = at;
    this.seed = seed;
    this.segments = new ArrayList<>(segments);
    this.candidates = CampaignCandidates.fingerprint(ruleSet, settings, at);
    long h = Groups.mix(candidates ^ seed * 0x9E3779B97F4A7C15L);
    for (String s : segments) {
      h = Groups.mix(h * 31 + s.hashCode());
    }
    this.id = h;
    this.shared = new Shared(ruleSet, settings, at, this.segments);
  }

  /**
   * The run of the customers decided under {@code ruleSet}, {@code settings} and {@code at} (by
   * {@link CampaignCandidates#decide}), planned with the tie-breaking {@code seed}.
   *
   * @param segments the segments of the run's customers: the union of {@link CampaignPart#segments()}
   *     over all parts (the summary lists each, as the single machine's does)
   * @throws InvalidValueException for settings that name offers the rule set does not have
   */
  public static CampaignRun of(RuleSet ruleSet, CampaignSettings settings, Instant at, long seed,
      Collection<String> segments) {
    Checks.present(ruleSet, "CampaignRun.ruleSet");
    Checks.present(settings, "CampaignRun.settings");
    Checks.instant(at, "CampaignRun.at");
    Checks.noNulls(Checks.present(segments, "CampaignRun.segments"), "CampaignRun.segments");
    settings.checkAgainst(ruleSet);
    return new CampaignRun(ruleSet, settings, at, seed, new ArrayList<>(new TreeSet<>(segments)));
  }

  /** The run's instant, the start of the send window. */
  public Instant at() {
    return at;
  }

  /** The seed of the order that breaks ties. */
  public long seed() {
    return seed;
  }

  /** The segments of the run's customers, sorted. */
  public List<String> segments() {
    return List.copyOf(segments);
  }

  /**
   * The allocation, found by passes: {@code runner} runs each over every part and adds up the
   * results. A few hundred passes, each a pure function of a part and a state of O(constraints)
   * numbers.
   */
  public CampaignAllocation allocate(AllocationRunner runner) {
    Checks.present(runner, "CampaignRun.allocate.runner");
    Shared s = shared();
    Allocation a = new Allocation(s.constraints,
        pass -> Checks.present(runner.run(new AllocationPass(pass)), "AllocationRunner.run"));
    return new CampaignAllocation(id, a.rounds, a.value, a.upperBound, a.iterations);
  }

  /**
   * The send schedule and the totals of the plan, from every part's sends under {@code allocation}
   * (each part's {@link CampaignPart#chosen}, once, in any order): sends in order of expected value
   * take the first free hour of their customer with room, as on one machine.
   *
   * @throws InvalidValueException if a customer is in two parts (field {@code contexts.customer.id})
   * @throws CrmException for an allocation or sends of another run
   */
  public CampaignSchedule schedule(CampaignAllocation allocation, Iterator<ChosenSends> sends) {
    Checks.present(allocation, "CampaignRun.schedule.allocation");
    Checks.present(sends, "CampaignRun.schedule.sends");
    if (allocation.run != id) {
      throw new CrmException("CampaignRun.schedule: the allocation is of another run");
    }
    Shared s = shared();
    List<ChosenSends> all = new ArrayList<>();
    Map<String, int[]> offsets = new HashMap<>();
    int customers = 0;
    int n = 0;
    while (sends.hasNext()) {
      ChosenSends c = Checks.present(sends.next(), "CampaignRun.schedule.sends.next");
      if (c.run != id) {
        throw new CrmException("CampaignRun.schedule: sends of another run");
      }
      if (c.part != null && offsets.put(c.part, new int[c.sends()]) != null) {
        throw new InvalidValueException("contexts.customer.id", c.part, "each customer once in a campaign run");
      }
      customers += c.customers;
      n += c.sends();
      all.add(c);
    }
    int words = QuietSlots.words(s.settings.sendWindow().hours());
    CandidateTable t = new CandidateTable(words);
    t.customers = n;
    t.candidates = n;
    t.customerIds = new String[n];
    t.household = new int[n];
    Arrays.fill(t.household, -1);
    t.segment = new int[n];
    t.noneReason = new String[n];
    t.candidateStart = new int[n + 1];
    t.action = new int[n];
    t.channel = new byte[n];
    t.expectedValue = new double[n];
    t.propensity = new double[n];
    t.masks = new long[n * words];
    String[] first = new String[n];
    long[] tie = new long[n];
    int b = 0;
    for (ChosenSends c : all) {
      if (c.sends() > 0 && c.maskWords != words) {
        throw new CrmException("CampaignRun.schedule: sends of another send window");
      }
      int m = c.sends();
      System.arraycopy(c.ids, 0, t.customerIds, b, m);
      System.arraycopy(c.segment, 0, t.segment, b, m);
      System.arraycopy(c.action, 0, t.action, b, m);
      System.arraycopy(c.channel, 0, t.channel, b, m);
      System.arraycopy(c.expectedValue, 0, t.expectedValue, b, m);
      System.arraycopy(c.propensity, 0, t.propensity, b, m);
      System.arraycopy(c.masks, 0, t.masks, b * words, m * words);
      System.arraycopy(c.groupFirst, 0, first, b, m);
      System.arraycopy(c.tieKey, 0, tie, b, m);
      b += m;
    }
    for (int i = 0; i <= n; i++) {
      t.candidateStart[i] = i;
    }
    t.segments = names(segments);
    int[] chosen = new int[n];
    Integer[] byId = new Integer[n];
    Integer[] bySchedule = new Integer[n];
    for (int i = 0; i < n; i++) {
      chosen[i] = i;
      byId[i] = i;
      bySchedule[i] = i;
    }
    Arrays.sort(byId, (x, y) -> t.customerIds[x].compareTo(t.customerIds[y]));
    for (int x = 1; x < n; x++) {
      if (t.customerIds[byId[x]].equals(t.customerIds[byId[x - 1]])) {
        throw new InvalidValueException("contexts.customer.id", t.customerIds[byId[x]],
            "each customer once in a campaign run");
      }
    }
    Arrays.sort(bySchedule, (x, y) -> {
      int c = Double.compare(t.expectedValue[y], t.expectedValue[x]);
      if (c != 0) {
        return c;
      }
      c = Long.compare(tie[x], tie[y]);
      return c != 0 ? c : first[x].compareTo(first[y]);
    });
    int[] idOrder = unbox(byId);
    SendSchedule schedule = new SendSchedule(t, s.constraints, s.settings, unbox(bySchedule), chosen);
    double[][] usage = PlanParts.usage(t, idOrder, chosen, s.constraints);
    PlanSummary summary = PlanTotals.summarise(t, idOrder, chosen, customers, s.constraints, s.evaluator.actions(),
        s.settings, schedule, allocation.upperBound(), allocation.iterations(), at, seed);
    b = 0;
    for (ChosenSends c : all) {
      if (c.part != null) {
        System.arraycopy(schedule.offsetSeconds, b, offsets.get(c.part), 0, c.sends());
      }
      b += c.sends();
    }
    return new CampaignSchedule(id, offsets, usage[0], usage[1], summary);
  }

  private static int[] unbox(Integer[] a) {
    int[] out = new int[a.length];
    for (int i = 0; i < a.length; i++) {
      out[i] = a[i];
    }
    return out;
  }

  static CandidateTable.Names names(List<String> sorted) {
    CandidateTable.Names names = new CandidateTable.Names();
    for (String name : sorted) {
      names.index(name);
    }
    return names;
  }

  /** What the machines build from the run once and share between its parts. */
  synchronized Shared shared() {
    if (shared == null) {
      shared = new Shared(RuleSets.fromJson(rulesJson), CampaignSettings.fromJson(settingsJson), at, segments);
    }
    return shared;
  }

  @Override
  public String toString() {
    return "CampaignRun{at=" + at + ", seed=" + seed + ", segments=" + segments.size() + "}";
  }

  /** The rule set, settings, constraints and household caps of a run, built once per machine. */
  static final class Shared {
    final RuleSet ruleSet;
    final CampaignSettings settings;
    final CandidateEvaluator evaluator;
    final Constraints constraints;
    final HouseholdCaps caps;

    Shared(RuleSet ruleSet, CampaignSettings settings, Instant at, List<String> segments) {
      this.ruleSet = ruleSet;
      this.settings = settings;
      this.evaluator = new CandidateEvaluator(ruleSet, settings, at);
      this.constraints = new Constraints(settings, evaluator, names(segments));
      this.caps = new HouseholdCaps(ruleSet.policies().caps(), evaluator.actions());
    }
  }
}
