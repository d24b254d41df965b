package org.completecrm.rules;

import java.time.Instant;
import java.util.Optional;
import org.completecrm.core.Checks;
import org.completecrm.core.score.Scores;
import org.completecrm.core.view.CustomerView;
import org.completecrm.core.view.HouseholdView;
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

  /**
   * The explained decision with the household's facts: {@code household} is the household of the
   * customer of {@code view} as of {@code at} ({@code HouseholdViews.fold}), the customer among its
   * current members. Household fields hold values, a current member's harm signal suppresses
   * marketing (unless the rule set states why not), household-scoped offers are made once per
   * household, and promises to other members are noted and count as open problems.
   *
   * @throws org.completecrm.core.InvalidValueException if the customer is not a current member of
   *     {@code household} or it is as of another instant
   */
  public static Decision decide(DecisionEvent event, CustomerView view, HouseholdView household, Scores scores,
      RuleSet ruleSet, Instant at) {
    return NextBestAction.decide(event, view, Optional.of(Checks.present(household, "Decision.household")), scores,
        ruleSet, at);
  }
}
