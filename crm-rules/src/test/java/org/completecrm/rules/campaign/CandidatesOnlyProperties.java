package org.completecrm.rules.campaign;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.Arrays;
import java.util.List;
import org.completecrm.rules.DecisionContext;
import org.completecrm.rules.ruleset.RuleSet;
import org.junit.jupiter.api.Test;

/**
 * A campaign run's candidates from the candidates-only decision equal those read off the full
 * explained decision: the same customers, candidates (action, channel, expected value,
 * propensity, free send slots) and reasons for those left with none, to the last bit, on seeded
 * instances whose consent (expiring, paused within the window), quiet hours, caps (per person and
 * per household) and flags decide.
 */
class CandidatesOnlyProperties {

  @Test
  void theCandidatesOnlyDecisionGivesTheTableOfTheFullDecision() {
    qt().withExamples(40).forAll(longs().between(0, 1_000_000), integers().between(1, 12), booleans().all())
        .checkAssert((seed, offers, perHousehold) -> {
          int n = 200;
          RuleSet rules = CampaignInstances.rules(offers, seed);
          CampaignSettings settings = CampaignInstances.settings(n, offers, perHousehold, seed + 1);
          CandidateEvaluator evaluator = new CandidateEvaluator(rules, settings, CampaignInstances.AT);
          int words = QuietSlots.words(settings.sendWindow().hours());
          CandidateTable fast = new CandidateTable(words);
          CandidateTable full = new CandidateTable(words);
          List<DecisionContext> contexts = CampaignInstances.contexts(n, offers, seed + 2);
          for (DecisionContext c : contexts) {
            evaluator.evaluate(c, fast);
            evaluator.evaluateByDecision(c, full);
          }
          assertEqualTables(full, fast);
        });
  }

  static void assertEqualTables(CandidateTable expected, CandidateTable actual) {
    expected.trim();
    actual.trim();
    assertEquals(expected.customers, actual.customers);
    assertEquals(expected.candidates, actual.candidates);
    assertArrayEquals(expected.customerIds, actual.customerIds);
    assertArrayEquals(expected.household, actual.household);
    assertArrayEquals(expected.segment, actual.segment);
    assertArrayEquals(expected.candidateStart, actual.candidateStart);
    assertArrayEquals(expected.noneReason, actual.noneReason);
    assertArrayEquals(expected.action, actual.action);
    assertArrayEquals(expected.channel, actual.channel);
    assertArrayEquals(expected.expectedValue, actual.expectedValue);
    assertArrayEquals(expected.propensity, actual.propensity);
    assertArrayEquals(expected.masks, actual.masks);
    assertEquals(expected.households.size(), actual.households.size());
    assertEquals(expected.segments.size(), actual.segments.size());
    assertEquals(true, Arrays.stream(expected.noneReason).anyMatch(r -> r != null) || expected.customers == 0
        || expected.candidates > 0);
  }
}
