package org.completecrm.rules.internal.nba;

import java.util.List;
import org.completecrm.core.EventId;
import org.completecrm.rules.explain.ActionConditionFailed;
import org.completecrm.rules.explain.AvailabilityEnded;
import org.completecrm.rules.explain.BeyondMaxActions;
import org.completecrm.rules.explain.NotYetAvailable;
import org.completecrm.rules.explain.Reason;
import org.completecrm.rules.explain.RuleProposed;
import org.completecrm.rules.explain.RuleSuppressed;
import org.completecrm.rules.explain.Stage;
import org.completecrm.rules.ruleset.ActionDefinition;
import org.completecrm.rules.ruleset.internal.CompiledAction;
import org.completecrm.rules.ruleset.internal.CompiledRule;
import org.completecrm.rules.ruleset.internal.CompiledRuleSet;

/**
 * The reasons that depend only on the rule set (a rule proposed or suppressed an action, an
 * action's own condition or validity window dropped it, an action ranked past {@code
 * maxActions}), made once per rule set and kept with it, so that explaining every candidate costs
 * a lookup, not an allocation.
 */
final class FixedReasons {
  private final Reason[] proposals;
  private final Reason[][] suppressions;
  private final Reason[] notEligible;
  private final Reason[] notApplicable;
  private final Reason[] notSuitable;
  private final Reason[] notYet;
  private final Reason[] ended;
  private final Reason[] beyondMaxActions;
  private final EventId[] plannedContact;

  /** The fixed reasons of {@code rs}, made once per rule set (see {@link RuleSetPlan}). */
  FixedReasons(CompiledRuleSet rs) {
    List<CompiledRule> rules = rs.rules();
    proposals = new Reason[rules.size()];
    suppressions = new Reason[rules.size()][];
    for (int i = 0; i < rules.size(); i++) {
      CompiledRule r = rules.get(i);
      proposals[i] = new RuleProposed(r.id(), r.rule().description());
      suppressions[i] = new Reason[r.suppressionCount()];
      for (int k = 0; k < r.suppressionCount(); k++) {
        suppressions[i][k] = new RuleSuppressed(r.id(), r.suppressionText(k));
      }
    }
    List<CompiledAction> actions = rs.actions();
    notEligible = new Reason[actions.size()];
    notApplicable = new Reason[actions.size()];
    notSuitable = new Reason[actions.size()];
    notYet = new Reason[actions.size()];
    ended = new Reason[actions.size()];
    plannedContact = new EventId[actions.size()];
    for (int k = 0; k < actions.size(); k++) {
      ActionDefinition a = actions.get(k).definition();
      String name = a.displayName();
      plannedContact[k] = EventId.of("planned:" + a.id().value());
      notEligible[k] = new ActionConditionFailed(Stage.ELIGIBILITY, a.id(), name);
      notApplicable[k] = new ActionConditionFailed(Stage.APPLICABILITY, a.id(), name);
      notSuitable[k] = new ActionConditionFailed(Stage.SUITABILITY, a.id(), name);
      notYet[k] = a.validFrom().map(t -> (Reason) new NotYetAvailable(a.id(), name, t)).orElse(null);
      ended[k] = a.validUntil().map(t -> (Reason) new AvailabilityEnded(a.id(), name, t)).orElse(null);
    }
    int max = rs.source().volume().maxActions();
    beyondMaxActions = new Reason[actions.size() + 1];
    for (int position = max + 1; position < beyondMaxActions.length; position++) {
      beyondMaxActions[position] = new BeyondMaxActions(max, position);
    }
  }

  /** Rule {@code rule} (a position in {@link CompiledRuleSet#rules()}) proposed the action. */
  Reason proposal(int rule) {
    return proposals[rule];
  }

  /** Rule {@code rule}'s {@code i}-th suppression. */
  Reason suppression(int rule, int i) {
    return suppressions[rule][i];
  }

  /** Action {@code action} (a position in {@link CompiledRuleSet#actions()}) failed its eligibility condition. */
  Reason notEligible(int action) {
    return notEligible[action];
  }

  /** Action {@code action} failed its applicability condition. */
  Reason notApplicable(int action) {
    return notApplicable[action];
  }

  /** Action {@code action} failed its suitability condition. */
  Reason notSuitable(int action) {
    return notSuitable[action];
  }

  /** Action {@code action} is asked for before its {@code validFrom} (null when it has none). */
  Reason notYet(int action) {
    return notYet[action];
  }

  /** Action {@code action} is asked for from its {@code validUntil} on (null when it has none). */
  Reason ended(int action) {
    return ended[action];
  }

  /** The event id of the contact a chosen outbound action plans: {@code "planned:<action id>"}. */
  EventId plannedContact(int action) {
    return plannedContact[action];
  }

  /** The action ranked {@code position}, past {@code maxActions}, is dropped. */
  Reason beyondMaxActions(int position) {
    return beyondMaxActions[position];
  }
}
