package org.completecrm.rules.campaign;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.completecrm.rules.DecisionContext;
import org.completecrm.rules.ruleset.RuleSet;
import org.junit.jupiter.api.Test;

/**
 * The caches of a {@link Part} change no result: every pass of a whole allocation, run on parts
 * that have run the passes before it (the choices of a committed round kept from its search, the
 * cut-off selection narrowed to the groups the previous byte counted), returns what the same pass
 * returns on new parts that have run nothing.
 */
class PartTest {
  private static final RuleSet RULES = CampaignInstances.rules(8, 31);

  @Test
  void everyPassOfAnAllocationReturnsOnWarmPartsWhatItReturnsOnNewOnes() {
    List<DecisionContext> contexts = CampaignInstances.contexts(1500, 8, 32);
    for (boolean perHousehold : new boolean[] {true, false}) {
      CampaignSettings settings = CampaignInstances.settings(1500, 8, perHousehold, 33);
      CandidateEvaluator evaluator = new CandidateEvaluator(RULES, settings, CampaignInstances.AT);
      CandidateTable table = new CandidateTable(QuietSlots.words(settings.sendWindow().hours()));
      for (DecisionContext c : contexts) {
        evaluator.evaluate(c, table);
      }
      table.sortNames();
      Groups groups = new Groups(table, perHousehold, 7L);
      Constraints constraints = new Constraints(settings, evaluator, table.segments);
      HouseholdCaps caps = new HouseholdCaps(RULES.policies().caps(), evaluator.actions());
      boolean[] excluded = Part.excluded(table, constraints);
      LocalPasses warm = new LocalPasses(table, groups, constraints, caps, excluded, perHousehold, 1, 64);
      int[] histograms = new int[2];
      Allocation allocation = new Allocation(constraints, pass -> {
        long[] got = warm.run(pass);
        long[] fresh = new LocalPasses(table, groups, constraints, caps, excluded, perHousehold, 1, 64).run(pass);
        assertArrayEquals(fresh, got, pass.toString());
        if (pass instanceof Pass.Histogram h) {
          histograms[h.depth() > 0 ? 1 : 0]++;
        }
        return got;
      });
      assertTrue(allocation.value > 0, "a plan with sends");
      assertTrue(histograms[1] > 0, "cut-off selections beyond their first byte: " + histograms[1]);
      assertTrue(histograms[1] <= 15 * histograms[0], "at most 16 bytes per selection (fewer where one group alone crosses): "
          + histograms[0] + " selections, " + histograms[1] + " further bytes");
    }
  }
}
