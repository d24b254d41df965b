package org.completecrm.rules.campaign;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.completecrm.rules.DecisionContext;
import org.completecrm.rules.ruleset.RuleSet;
import org.junit.jupiter.api.Test;

/**
 * The {@link DualScreen} changes no result: along walks of the multipliers (small steps that
 * leave most choices alone, jumps, steps back to earlier prices, single multipliers to zero),
 * every dual pass of a part returns, bit for bit, the plain evaluation of every candidate of every
 * group written here, and the screen does skip groups.
 */
class DualScreenTest {
  private static final RuleSet RULES = CampaignInstances.rules(8, 41);

  @Test
  void everyScreenedDualPassEqualsThePlainEvaluationOfEveryCandidate() {
    List<DecisionContext> contexts = CampaignInstances.contexts(1200, 8, 42);
    for (boolean perHousehold : new boolean[] {true, false}) {
      CampaignSettings settings = CampaignInstances.settings(1200, 8, perHousehold, 43);
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
      LocalPasses passes = new LocalPasses(table, groups, constraints, caps, excluded, perHousehold, 1, 64);
      Random random = new Random(44);
      int m = constraints.count();
      double[] lambda = new double[m];
      double[] scale = new double[m];
      for (int j = 0; j < m; j++) {
        scale[j] = 0.05 * constraints.capacity[j] * random.nextDouble();
      }
      double[] earlier = lambda.clone();
      for (int step = 0; step < 300; step++) {
        int kind = random.nextInt(20);
        if (kind == 0) {
          lambda = earlier.clone();
        } else if (kind == 1) {
          earlier = lambda.clone();
          for (int j = 0; j < m; j++) {
            lambda[j] = 20 * scale[j] * random.nextDouble();
          }
        } else if (kind == 2) {
          lambda[random.nextInt(m)] = 0;
        } else {
          int j = random.nextInt(m);
          double size = kind < 10 ? 0.01 : 0.2;
          lambda[j] = Math.max(0, lambda[j] + size * scale[j] * random.nextGaussian());
        }
        long[] got = passes.run(new Pass.Dual(lambda.clone()));
        assertArrayEquals(plain(table, groups, constraints, excluded, lambda), got, "step " + step);
      }
      long skipped = 0;
      for (Part part : passes.parts) {
        skipped += part.screen.skipped;
      }
      assertTrue(skipped > 0, "the screen skipped groups");
    }
  }

  /** The dual pass written plainly: each group's first candidate of highest positive reduced value. */
  private static long[] plain(CandidateTable table, Groups groups, Constraints constraints, boolean[] excluded,
      double[] lambda) {
    Constraints.Prices prices = new Constraints.Prices(constraints, lambda);
    int m = constraints.count();
    long[] out = new long[1 + m];
    for (int g = 0; g < groups.count(); g++) {
      int k0 = -1;
      double r0 = 0;
      for (int y = groups.start[g]; y < groups.start[g + 1]; y++) {
        int i = groups.members[y];
        for (int k = table.first(i); k < table.end(i); k++) {
          double r = table.expectedValue[k] - prices.action[table.action[k]] - prices.channel[table.channel[k]]
              - (table.segment[i] >= 0 ? prices.segment[table.segment[i]] : 0)
              - table.propensity[k] * prices.team[table.channel[k]];
          if (!excluded[k] && r > r0) {
            r0 = r;
            k0 = k;
          }
        }
      }
      if (k0 >= 0) {
        out[0] += Fixed.valueUp(r0);
        int i = groups.owner[k0];
        int ch = table.channel[k0];
        add(out, constraints.offerCon[table.action[k0]], (long) Fixed.USE);
        add(out, constraints.channelCon[ch], (long) Fixed.USE);
        if (constraints.costCon >= 0 && constraints.channelCost[ch] > 0) {
          add(out, constraints.costCon, Fixed.use(constraints.channelCost[ch]));
        }
        if (table.segment[i] >= 0) {
          add(out, constraints.segmentCon[table.segment[i]], (long) Fixed.USE);
        }
        for (int t = 0; t < constraints.teamCon.length; t++) {
          double load = table.propensity[k0] * constraints.share[t][ch];
          if (load > 0) {
            add(out, constraints.teamCon[t], Fixed.use(load));
          }
        }
      }
    }
    return out;
  }

  private static void add(long[] out, int j, long amount) {
    if (j >= 0) {
      out[1 + j] += amount;
    }
  }
}
