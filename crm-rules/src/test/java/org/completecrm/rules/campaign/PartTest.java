package org.completecrm.rules.campaign;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.completecrm.rules.DecisionContext;
import org.completecrm.rules.ruleset.RuleSet;
import org.junit.jupiter.api.Test;

/**
 * The caches of a {@link Part} change no result: every pass of a whole allocation, run on parts
 * that have run the passes before it (the choices of a committed round kept from its search, the
 * cut-off selection narrowed to the groups the previous byte counted, the caches of the sample the
 * search started on), returns what the same pass returns on new parts that have run nothing. And
 * the seeded sample the search starts on does not depend on how the groups are split into parts.
 */
class PartTest {
  private static final RuleSet RULES = CampaignInstances.rules(8, 31);

  /** The candidate table of {@code contexts}, its names sorted as the planner sorts them. */
  private static CandidateTable table(CandidateEvaluator evaluator, CampaignSettings settings,
      List<DecisionContext> contexts) {
    CandidateTable table = new CandidateTable(QuietSlots.words(settings.sendWindow().hours()));
    for (DecisionContext c : contexts) {
      evaluator.evaluate(c, table);
    }
    table.sortNames();
    return table;
  }

  @Test
  void everyPassOfAnAllocationReturnsOnWarmPartsWhatItReturnsOnNewOnes() {
    List<DecisionContext> contexts = CampaignInstances.contexts(1500, 8, 32);
    for (boolean perHousehold : new boolean[] {true, false}) {
      CampaignSettings settings = CampaignInstances.settings(1500, 8, perHousehold, 33);
      CandidateEvaluator evaluator = new CandidateEvaluator(RULES, settings, CampaignInstances.AT);
      CandidateTable table = table(evaluator, settings, contexts);
      Groups groups = new Groups(table, perHousehold, 7L);
      Constraints constraints = new Constraints(settings, evaluator, table.segments);
      HouseholdCaps caps = new HouseholdCaps(RULES.policies().caps(), evaluator.actions());
      boolean[] excluded = Part.excluded(table, constraints);
      LocalPasses warm = new LocalPasses(table, groups, constraints, caps, excluded, perHousehold, 1, 64);
      int[] histograms = new int[2];
      int[] sampled = new int[1];
      Allocation allocation = new Allocation(constraints, pass -> {
        long[] got = warm.run(pass);
        long[] fresh = new LocalPasses(table, groups, constraints, caps, excluded, perHousehold, 1, 64).run(pass);
        assertArrayEquals(fresh, got, pass.toString());
        if (pass instanceof Pass.Histogram h) {
          histograms[h.depth() > 0 ? 1 : 0]++;
        }
        if (pass instanceof Pass.Usage u && u.level() > 0) {
          sampled[0]++;
        }
        return got;
      }, 50);
      assertTrue(sampled[0] > 0 && allocation.sampleIterations > 0, "the search started on a sample");
      assertTrue(allocation.value > 0, "a plan with sends");
      assertTrue(histograms[1] > 0, "cut-off selections beyond their first byte: " + histograms[1]);
      assertTrue(histograms[1] <= 15 * histograms[0], "at most 16 bytes per selection (fewer where one group alone crosses): "
          + histograms[0] + " selections, " + histograms[1] + " further bytes");
      for (int[] split : new int[][] {{1, 1000}, {2, 7}}) {
        LocalPasses other = new LocalPasses(table, groups, constraints, caps, excluded, perHousehold, split[0], split[1]);
        Allocation again = new Allocation(constraints, other, 50);
        assertEquals(allocation.rounds, again.rounds, "the same plan in blocks of " + split[1]);
        assertEquals(allocation.upperBound, again.upperBound);
        assertEquals(allocation.sampleIterations, again.sampleIterations);
      }
    }
  }

  @Test
  void theSampleIsAboutItsShareOfTheGroupsAndNested() {
    List<DecisionContext> contexts = CampaignInstances.contexts(4000, 8, 34);
    CampaignSettings settings = CampaignInstances.settings(4000, 8, false, 35);
    CandidateEvaluator evaluator = new CandidateEvaluator(RULES, settings, CampaignInstances.AT);
    CandidateTable table = table(evaluator, settings, contexts);
    Groups groups = new Groups(table, false, 7L);
    Constraints constraints = new Constraints(settings, evaluator, table.segments);
    LocalPasses passes = new LocalPasses(table, groups, constraints,
        new HouseholdCaps(RULES.policies().caps(), evaluator.actions()), Part.excluded(table, constraints), false, 1, 64);
    long[] count = passes.run(new Pass.Count());
    assertEquals(groups.count(), count[0]);
    for (int level = 1; level <= Units.MAX_LEVEL; level++) {
      assertTrue(count[level] <= count[level - 1], "nested");
      double expected = count[0] / Math.pow(2, level);
      assertTrue(Math.abs(count[level] - expected) < 4 * Math.sqrt(expected) + 1, level + ": " + count[level]);
      int inSamples = 0;
      for (Part p : passes.parts) {
        inSamples += p.sample(level).groups.count();
      }
      assertEquals(count[level], inSamples, "the parts' samples hold the groups counted");
    }
  }
}
