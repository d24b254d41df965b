package org.completecrm.rules.campaign;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.Random;
import org.completecrm.rules.DecisionContext;
import org.completecrm.rules.ruleset.RuleSet;
import org.junit.jupiter.api.Test;

/** The passes over every candidate give, bit for bit, the same on any number of threads and blocks. */
class GroupChoicesProperties {

  @Test
  void everyThreadCountAndBlockSizeGivesTheSameChoices() {
    qt().withExamples(25).forAll(longs().between(0, 1_000_000), integers().between(2, 4), integers().between(1, 40),
        booleans().all()).checkAssert((seed, threads, block, perHousehold) -> {
          int n = 300;
          RuleSet rules = CampaignInstances.rules(6, seed);
          CampaignSettings settings = CampaignInstances.settings(n, 6, perHousehold, seed + 1);
          CandidateEvaluator evaluator = new CandidateEvaluator(rules, settings, CampaignInstances.AT);
          CandidateTable table = new CandidateTable(QuietSlots.words(settings.sendWindow().hours()));
          for (DecisionContext c : CampaignInstances.contexts(n, 6, seed + 2)) {
            evaluator.evaluate(c, table);
          }
          table.sortNames();
          Groups groups = new Groups(table, perHousehold, seed);
          Constraints constraints = new Constraints(settings, evaluator, table.segments);
          Random r = new Random(seed);
          boolean[] excluded = new boolean[table.candidates];
          for (int k = 0; k < excluded.length; k++) {
            excluded[k] = r.nextInt(5) == 0;
          }
          double[] lambda = new double[constraints.count()];
          for (int j = 0; j < lambda.length; j++) {
            lambda[j] = r.nextInt(3) == 0 ? 0 : r.nextDouble() * 50;
          }
          Constraints.Prices prices = new Constraints.Prices(constraints, lambda);
          int g = groups.count();
          int[] k1 = new int[g];
          double[] r1 = new double[g];
          double[] m1 = new double[g];
          double[] v1 = new double[g];
          new GroupChoices(table, groups, excluded, 1).best(prices, k1, r1);
          new GroupChoices(table, groups, excluded, 1).maxima(prices, m1, v1);
          int[] kn = new int[g];
          double[] rn = new double[g];
          double[] mn = new double[g];
          double[] vn = new double[g];
          GroupChoices many = new GroupChoices(table, groups, excluded, threads, block);
          many.best(prices, kn, rn);
          many.maxima(prices, mn, vn);
          assertArrayEquals(k1, kn);
          assertArrayEquals(r1, rn);
          assertArrayEquals(m1, mn);
          assertArrayEquals(v1, vn);
        });
  }
}
