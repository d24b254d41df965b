package org.completecrm.rules.campaign;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import org.completecrm.core.CrmException;
import org.completecrm.core.InvalidValueException;
import org.completecrm.rules.DecisionContext;
import org.completecrm.rules.ruleset.RuleSet;
import org.junit.jupiter.api.Test;

/**
 * A run planned by parts ({@link CampaignRun}, {@link CampaignPart}) gives the single machine's
 * plan, line for line and summary, however the households are split into parts, in whatever order
 * the parts' results are added, and when each part is shipped (serialized) between steps, losing
 * its caches, as a cluster may do.
 */
class CampaignRunTest {
  private static final RuleSet RULES = CampaignInstances.rules(8, 21);

  @Test
  void aRunByPartsEqualsTheSingleMachinePlanForAnyNumberOfParts() {
    plansByPartsAreTheSingleMachines(false, new int[] {1, 16, -4}, new int[] {3});
  }

  /**
   * The passes over the seeded sample the search starts on give the same results over the parts'
   * samples ({@link CampaignPart#sample}, collected once, as the Spark job does on its driver) as
   * over the parts, so the plan is the single machine's.
   */
  @Test
  void theSamplesPassesOverCollectedSamplesGiveTheSamePlan() {
    plansByPartsAreTheSingleMachines(true, new int[] {1, 5, -3}, new int[] {1, 5, -3});
  }

  /** Plans by each number of parts (negative: shipped), per household and per customer, equal the single machine's. */
  private static void plansByPartsAreTheSingleMachines(boolean samples, int[] perHouseholdParts, int[] perCustomerParts) {
    List<DecisionContext> contexts = CampaignInstances.contexts(2000, 8, 22);
    for (boolean perHousehold : new boolean[] {true, false}) {
      CampaignSettings settings = CampaignInstances.settings(2000, 8, perHousehold, 23);
      CampaignPlan single = CampaignPlans.plan(RULES, settings, contexts, CampaignInstances.AT, 7L);
      assertTrue(single.summary().planned() > 0 && single.summary().leftOut() > 0, single.toString());
      for (int parts : perHousehold ? perHouseholdParts : perCustomerParts) {
        boolean ship = parts < 0;
        Result r = byParts(settings, contexts, Math.abs(parts), 7L, ship, samples, new Random(parts));
        assertEquals(single.summary(), r.summary, parts + " parts, shipped " + ship);
        assertEquals(single.lines(), r.lines, parts + " parts, shipped " + ship);
      }
    }
  }

  /**
   * A customer given twice is refused within a part or among the sends; otherwise both lines come
   * back, and the host refuses them when it merges the parts' lines by id (as the Spark job does).
   */
  @Test
  void aCustomerGivenTwiceIsRefusedOrComesBackTwice() {
    List<DecisionContext> contexts = new ArrayList<>(CampaignInstances.contexts(300, 8, 24));
    CampaignSettings settings = CampaignInstances.settings(300, 8, false, 25);
    DecisionContext twice = contexts.stream().filter(c -> c.household().isPresent()).findFirst().orElseThrow();
    contexts.add(DecisionContext.builder().from(twice).household(java.util.Optional.empty()).build());
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> byParts(settings, contexts, 1, 7L, false, new Random(1)));
    assertEquals("contexts.customer.id", e.field());
    for (int parts = 2; parts < 8; parts++) {
      try {
        List<PlanLine> lines = byParts(settings, contexts, parts, 7L, false, new Random(1)).lines;
        assertEquals(2, lines.stream().filter(l -> l.customer().equals(twice.customer().id())).count());
      } catch (InvalidValueException x) {
        assertEquals("contexts.customer.id", x.field());
      }
    }
  }

  @Test
  void aPartRefusesAStateOfAnotherRunOrASampleLevelOutsideOneToEight() {
    List<DecisionContext> contexts = CampaignInstances.contexts(200, 8, 26);
    CampaignSettings settings = CampaignInstances.settings(200, 8, true, 27);
    CampaignCandidates batch = CampaignCandidates.decide(RULES, settings, CampaignInstances.AT, contexts.iterator());
    CampaignPart part = CampaignPart.of(List.of(batch).iterator());
    CampaignRun run = CampaignRun.of(RULES, settings, CampaignInstances.AT, 7L, part.segments());
    CampaignRun other = CampaignRun.of(RULES, settings, CampaignInstances.AT, 8L, part.segments());
    CampaignAllocation allocation = run.allocate(pass -> part.apply(run, pass));
    assertThrows(CrmException.class, () -> part.chosen(other, allocation));
    CampaignRun otherSettings = CampaignRun.of(RULES, CampaignInstances.settings(200, 8, false, 27),
        CampaignInstances.AT, 7L, part.segments());
    assertThrows(CrmException.class, () -> otherSettings.allocate(pass -> part.apply(otherSettings, pass)));
    assertThrows(InvalidValueException.class, () -> AllocationPass.add(new long[2], new long[3]));
    for (int level : new int[] {0, 9, -1}) {
      InvalidValueException e = assertThrows(InvalidValueException.class, () -> part.sample(run, level));
      assertEquals("CampaignPart.sample.level", e.field());
    }
  }

  private record Result(PlanSummary summary, List<PlanLine> lines) {}

  /** The plan by {@code n} parts (serialized before every use when {@code ship}, losing their caches): batches of 300 customers split by household, parts shuffled. */
  private static Result byParts(CampaignSettings settings, List<DecisionContext> contexts, int n, long seed,
      boolean ship, Random random) {
    return byParts(settings, contexts, n, seed, ship, false, random);
  }

  /** With {@code samples}, the passes over a seeded sample run over the parts' samples, collected once per level. */
  private static Result byParts(CampaignSettings settings, List<DecisionContext> contexts, int n, long seed,
      boolean ship, boolean samples, Random random) {
    List<List<CampaignCandidates>> byPart = new ArrayList<>();
    for (int p = 0; p < n; p++) {
      byPart.add(new ArrayList<>());
    }
    for (int from = 0; from < contexts.size(); from += 300) {
      CampaignCandidates batch = CampaignCandidates.decide(RULES, settings, CampaignInstances.AT,
          contexts.subList(from, Math.min(contexts.size(), from + 300)).iterator());
      List<CampaignCandidates> split = batch.byHousehold(n);
      for (int p = 0; p < n; p++) {
        byPart.get(p).add(split.get(p));
      }
    }
    List<CampaignPart> parts = new ArrayList<>();
    TreeSet<String> segments = new TreeSet<>();
    for (List<CampaignCandidates> batches : byPart) {
      Collections.shuffle(batches, random);
      CampaignPart part = CampaignPart.of(batches.iterator());
      segments.addAll(part.segments());
      parts.add(part);
    }
    CampaignRun run = CampaignRun.of(RULES, settings, CampaignInstances.AT, seed, segments);
    java.util.Map<Integer, List<CampaignPart>> byLevel = new java.util.HashMap<>();
    int[] samplePasses = new int[1];
    CampaignAllocation allocation = run.allocate(pass -> {
      if (samples && pass.sampleLevel() > 0) {
        samplePasses[0]++;
        List<CampaignPart> sample = byLevel.computeIfAbsent(pass.sampleLevel(), level -> {
          List<CampaignPart> out = new ArrayList<>();
          for (CampaignPart part : parts) {
            out.add(ship ? roundTrip(part.sample(run, level)) : part.sample(run, level));
          }
          return out;
        });
        long[] sum = null;
        for (CampaignPart part : sample) {
          long[] x = part.apply(run, ship ? roundTrip(pass) : pass);
          sum = sum == null ? x : AllocationPass.add(sum, x);
        }
        return sum;
      }
      Collections.shuffle(parts, random);
      long[] sum = null;
      for (int p = 0; p < parts.size(); p++) {
        CampaignPart part = ship ? roundTrip(parts.get(p)) : parts.get(p);
        parts.set(p, part);
        long[] x = part.apply(ship ? roundTrip(run) : run, ship ? roundTrip(pass) : pass);
        sum = sum == null ? x : AllocationPass.add(sum, x);
      }
      return sum;
    });
    CampaignAllocation shipped = ship ? roundTrip(allocation) : allocation;
    List<ChosenSends> sends = new ArrayList<>();
    for (int p = 0; p < parts.size(); p++) {
      parts.set(p, ship ? roundTrip(parts.get(p)) : parts.get(p));
      sends.add(ship ? roundTrip(parts.get(p).chosen(run, shipped)) : parts.get(p).chosen(run, shipped));
    }
    Collections.shuffle(sends, random);
    CampaignSchedule schedule = run.schedule(allocation, sends.iterator());
    CampaignSchedule scheduleCopy = ship ? roundTrip(schedule) : schedule;
    List<PlanLine> lines = new ArrayList<>();
    for (CampaignPart part : parts) {
      lines.addAll(part.lines(run, shipped, scheduleCopy));
    }
    lines.sort((a, b) -> a.customer().value().compareTo(b.customer().value()));
    assertTrue(!samples || samplePasses[0] > 0, "the search ran passes over a sample");
    return new Result(schedule.summary(), lines);
  }

  @SuppressWarnings("unchecked")
  private static <T> T roundTrip(T value) {
    try {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
        out.writeObject(value);
      }
      try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
        return (T) in.readObject();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(e);
    }
  }
}
