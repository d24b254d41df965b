package org.completecrm.rules.internal.nba;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import java.util.ArrayList;
import java.util.List;
import org.completecrm.core.CampaignId;
import org.completecrm.core.score.Scores;
import org.completecrm.core.testing.CoreGen;
import org.completecrm.core.view.CustomerView;
import org.completecrm.rules.event.DecisionEvent;
import org.completecrm.rules.event.EventKind;
import org.completecrm.rules.ruleset.RuleSet;
import org.completecrm.rules.ruleset.VolumeLimits;
import org.completecrm.rules.testing.RulesGen;
import org.junit.jupiter.api.Test;

/**
 * The campaign run's screened decision ({@link CampaignRunCandidates#chosen}, {@link
 * ViableActions}) chooses exactly what the whole decision chooses: the same actions in the same
 * order, on the same channels, for the same purposes, delivered the same way, with the same
 * propensities, on arbitrary customers, events, scores and rule sets, with their own volume limits
 * and with them lifted, as a campaign run lifts them, and with arbitration weights under which
 * some scores are not finite numbers.
 */
class ViableActionsProperties {
  private static final int EXAMPLES = 400;

  private static List<String> chosen(CampaignRunCandidates c) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < c.size(); i++) {
      out.add(c.action(i) + " " + c.channel(i) + " " + c.purpose(i) + " " + c.delivery(i) + " "
          + Double.doubleToLongBits(c.propensity(i)));
    }
    return out;
  }

  private static void agree(DecisionEvent event, CustomerView view, Scores scores, RuleSet rules) {
    List<String> whole = chosen(CampaignRunCandidates.fromDecision(
        NextBestAction.decide(event, view, scores, rules, view.asOf()), rules));
    assertEquals(whole, chosen(CampaignRunCandidates.chosen(event, view, scores, rules, view.asOf())));
  }

  private static RuleSet lifted(RuleSet rules) {
    int n = Math.max(1, rules.actions().size());
    return RuleSet.builder().from(rules).volume(VolumeLimits.builder().maxActions(n).maxPerChannel(n).build()).build();
  }

  private static DecisionEvent campaignRun() {
    return DecisionEvent.campaignRun(CampaignId.of("spring"));
  }

  @Test
  void choosesWhatTheWholeDecisionChoosesOnAnyCustomerAndRuleSet() {
    qt().withExamples(EXAMPLES).forAll(CoreGen.viewInputs(), RulesGen.ruleSetsWithActionConditions(),
        RulesGen.events(), CoreGen.scores()).checkAssert((inputs, rules, event, scores) -> {
          CustomerView view = inputs.fold();
          agree(event, view, scores, lifted(rules));
          agree(campaignRun(), view, scores, rules);
          agree(campaignRun(), view, scores, lifted(rules));
        });
  }

  @Test
  void choosesWhatTheWholeDecisionChoosesOnReachableCustomersWhereCapsAndCoolDownsDecide() {
    qt().withExamples(EXAMPLES).forAll(RulesGen.reachableViewInputs(), RulesGen.ruleSetsWithActionConditions(),
        RulesGen.events(), CoreGen.scores()).checkAssert((inputs, rules, event, scores) -> {
          CustomerView view = inputs.fold();
          agree(event, view, scores, rules);
          agree(campaignRun(), view, scores, lifted(rules));
        });
  }

  @Test
  void aCampaignRunHasNoSession() {
    assertEquals(EventKind.CAMPAIGN_RUN, campaignRun().kind());
    assertEquals(true, campaignRun().sessionChannel().isEmpty());
  }
}
