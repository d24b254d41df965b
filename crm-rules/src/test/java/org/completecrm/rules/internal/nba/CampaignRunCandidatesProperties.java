package org.completecrm.rules.internal.nba;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import java.util.ArrayList;
import java.util.List;
import org.completecrm.core.score.Scores;
import org.completecrm.core.testing.CoreGen;
import org.completecrm.core.view.CustomerView;
import org.completecrm.rules.event.DecisionEvent;
import org.completecrm.rules.explain.Decision;
import org.completecrm.rules.ruleset.RuleSet;
import org.completecrm.rules.ruleset.VolumeLimits;
import org.completecrm.rules.testing.RulesGen;
import org.junit.jupiter.api.Test;

/**
 * The candidates-only decision of a campaign run gives exactly what the full decision gives: the
 * same actions chosen in the same order, on the same channels, for the same purposes, delivered
 * the same way, with the same propensities, and the same refusals with the same decisive reasons
 * in the same order, on arbitrary customers, events, scores and rule sets (with their own volume
 * limits and with them lifted, as a campaign run lifts them).
 */
class CampaignRunCandidatesProperties {
  private static final int EXAMPLES = 400;

  /** Each chosen action and each refusal as a line, so that a difference shows where it is. */
  private static List<String> lines(CampaignRunCandidates c) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < c.size(); i++) {
      out.add("chosen " + c.action(i) + " " + c.channel(i) + " " + c.purpose(i) + " " + c.delivery(i) + " "
          + Double.doubleToLongBits(c.propensity(i)));
    }
    for (CampaignRunCandidates.Refusal r : c.refusals()) {
      out.add("refused " + r.action() + " " + r.decisive() + " " + r.decisive().text());
    }
    return out;
  }

  private static void agree(DecisionEvent event, CustomerView view, Scores scores, RuleSet rules) {
    Decision full = NextBestAction.decide(event, view, scores, rules, view.asOf());
    List<String> expected = lines(CampaignRunCandidates.fromDecision(full, rules));
    List<String> fast = lines(CampaignRunCandidates.decide(event, view, scores, rules, view.asOf()));
    assertEquals(expected, fast);
    for (CampaignRunCandidates.Refusal r : CampaignRunCandidates.decide(event, view, scores, rules, view.asOf())
        .refusals()) {
      assertEquals(false, full.candidates().stream().filter(c -> c.action().equals(r.action())).findFirst()
          .orElseThrow().kept());
    }
  }

  private static RuleSet lifted(RuleSet rules) {
    int n = Math.max(1, rules.actions().size());
    return RuleSet.builder().from(rules).volume(VolumeLimits.builder().maxActions(n).maxPerChannel(n).build()).build();
  }

  @Test
  void agreesWithTheFullDecisionOnAnyCustomerAndRuleSet() {
    qt().withExamples(EXAMPLES).forAll(CoreGen.viewInputs(), RulesGen.ruleSetsWithActionConditions(),
        RulesGen.events(), CoreGen.scores()).checkAssert((inputs, rules, event, scores) -> {
          CustomerView view = inputs.fold();
          agree(event, view, scores, rules);
          agree(event, view, scores, lifted(rules));
        });
  }

  @Test
  void agreesWithTheFullDecisionOnReachableCustomersWhereCapsAndCoolDownsDecide() {
    qt().withExamples(EXAMPLES).forAll(RulesGen.reachableViewInputs(), RulesGen.ruleSetsWithActionConditions(),
        RulesGen.events(), CoreGen.scores()).checkAssert((inputs, rules, event, scores) -> {
          CustomerView view = inputs.fold();
          agree(event, view, scores, rules);
          agree(event, view, scores, lifted(rules));
        });
  }
}
