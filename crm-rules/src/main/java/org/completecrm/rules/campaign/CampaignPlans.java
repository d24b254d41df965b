package org.completecrm.rules.campaign;

import java.time.Instant;
import java.util.Iterator;
import org.completecrm.core.Checks;
import org.completecrm.rules.DecisionContext;
import org.completecrm.rules.ruleset.RuleSet;

/**
 * The campaign plan as a pure function of (rule set, settings, the customers' contexts, instant,
 * seed): the same inputs, in any order, give the same plan.
 *
 * <pre>{@code
 * CampaignPlan plan = CampaignPlans.plan(rules, settings, ContextLines.read(reader), at, 42L);
 * plan.lines().forEach(...);                // customer, action, channel, send instant, or why none
 * plan.summary().relativeGap();             // how far from the Lagrangian upper bound
 * }</pre>
 */
public final class CampaignPlans {
  private CampaignPlans() {}

  /**
   * The plan for the customers of {@code contexts} (each customer once), read one at a time: only
   * their compact candidate summaries are kept.
   *
   * @param ruleSet the validated rule set every candidate is decided under
   * @param settings budgets, capacities, household rule and send window (checked against the rule set)
   * @param contexts the customers' contexts; each is decided as a run of the settings' campaign
   * @param at the run's instant, the start of the send window
   * @param seed the seed of the order that breaks ties
   * @throws org.completecrm.core.InvalidValueException for settings that name unknown offers or a customer given twice
   */
  public static CampaignPlan plan(RuleSet ruleSet, CampaignSettings settings, Iterator<DecisionContext> contexts,
      Instant at, long seed) {
    CampaignPlanner planner = planner(ruleSet, settings, at, seed);
    Checks.present(contexts, "CampaignPlans.plan.contexts");
    while (contexts.hasNext()) {
      planner.add(contexts.next());
    }
    return planner.plan();
  }

  /** The plan for {@code contexts}; see {@link #plan(RuleSet, CampaignSettings, Iterator, Instant, long)}. */
  public static CampaignPlan plan(RuleSet ruleSet, CampaignSettings settings, Iterable<DecisionContext> contexts,
      Instant at, long seed) {
    Checks.present(contexts, "CampaignPlans.plan.contexts");
    return plan(ruleSet, settings, contexts.iterator(), at, seed);
  }

  /** A planner to feed contexts to one at a time (for progress reports), then {@link CampaignPlanner#plan()}. */
  public static CampaignPlanner planner(RuleSet ruleSet, CampaignSettings settings, Instant at, long seed) {
    return new CampaignPlanner(ruleSet, settings, at, seed);
  }
}
