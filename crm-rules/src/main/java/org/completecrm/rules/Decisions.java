package org.completecrm.rules;

import java.time.Instant;
import org.completecrm.core.score.Scores;
import org.completecrm.core.view.CustomerView;
import org.completecrm.rules.event.DecisionEvent;
import org.completecrm.rules.explain.Decision;
import org.completecrm.rules.internal.nba.NextBestAction;
import org.completecrm.rules.ruleset.RuleSet;

/**
 * The decision function: {@code (event, customer view, scores, rule set, now) -> decision}.
 *
 * <p>Pure: the same inputs give an equal {@link Decision}; rules are considered by priority then
 * id, so the order they are listed in never matters. The consent gate and contact policies apply
 * after every rule and cannot be switched off by a rule set.
 */
public final class Decisions {
  private Decisions() {}

  /**
   * The explained decision for {@code event} about the customer of {@code view} at {@code at}.
   *
   * @param event what happened (an inbound call, a campaign run, ...)
   * @param view the customer's 360-degree view
   * @param scores analytic scores and labels (CLV, segment, propensities)
   * @param ruleSet the validated rule set
   * @param at the decision instant
   */
  public static Decision decide(DecisionEvent event, CustomerView view, Scores scores, RuleSet ruleSet, Instant at) {
    return NextBestAction.decide(event, view, scores, ruleSet, at);
  }
}
