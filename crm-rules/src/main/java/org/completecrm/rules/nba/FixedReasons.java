package org.completecrm.rules.nba;

import java.util.List;
import java.util.Locale;
import org.completecrm.core.EventId;
import org.completecrm.rules.explain.Reason;
import org.completecrm.rules.explain.Stage;
import org.completecrm.rules.ruleset.ActionDefinition;
import org.completecrm.rules.ruleset.CompiledAction;
import org.completecrm.rules.ruleset.CompiledRule;
import org.completecrm.rules.ruleset.CompiledRuleSet;

/**
 * The reasons whose words depend only on the rule set (a rule proposed or suppressed an action,
 * an action's own condition or validity window dropped it, an action ranked past {@code
 * maxActions}), written once per rule set and kept with it, so that explaining every candidate
 * costs a lookup, not a sentence.
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
  private final String[] valueAndLever;
  private final String[] explanationStart;
  private final EventId[] plannedContact;

  private FixedReasons(CompiledRuleSet rs) {
    List<CompiledRule> rules = rs.rules();
    proposals = new Reason[rules.size()];
    suppressions = new Reason[rules.size()][];
    for (int i = 0; i < rules.size(); i++) {
      CompiledRule r = rules.get(i);
      String by = "rule:" + r.id();
      proposals[i] = Reason.of(Stage.RULES, by, r.proposalText());
      suppressions[i] = new Reason[r.suppressionCount()];
      for (int k = 0; k < r.suppressionCount(); k++) {
        suppressions[i][k] = Reason.of(Stage.RULES, by, r.suppressionText(k));
      }
    }
    List<CompiledAction> actions = rs.actions();
    notEligible = new Reason[actions.size()];
    notApplicable = new Reason[actions.size()];
    notSuitable = new Reason[actions.size()];
    notYet = new Reason[actions.size()];
    ended = new Reason[actions.size()];
    valueAndLever = new String[actions.size()];
    explanationStart = new String[actions.size()];
    plannedContact = new EventId[actions.size()];
    for (int k = 0; k < actions.size(); k++) {
      ActionDefinition a = actions.get(k).definition();
      valueAndLever[k] = ", value " + num(a.value()) + ", lever " + num(a.lever()) + ")";
      String by = "action:" + a.id();
      String name = a.displayName();
      explanationStart[k] = name + " (" + a.kind().name().toLowerCase(Locale.ROOT) + ", "
          + a.purpose().name().toLowerCase(Locale.ROOT) + "): ";
      plannedContact[k] = EventId.of("planned:" + a.id().value());
      notEligible[k] = Reason.of(Stage.ELIGIBILITY, by + ".eligibility",
          "The customer is not eligible for " + name + " (its eligibility condition does not hold).");
      notApplicable[k] = Reason.of(Stage.APPLICABILITY, by + ".applicability",
          name + " does not fit now (its applicability condition does not hold).");
      notSuitable[k] = Reason.of(Stage.SUITABILITY, by + ".suitability",
          name + " is not in the customer's interest now (its suitability condition does not hold).");
      notYet[k] = a.validFrom().map(t -> Reason.of(Stage.APPLICABILITY, by + ".validFrom",
          name + " is not available before " + t + ".")).orElse(null);
      ended[k] = a.validUntil().map(t -> Reason.of(Stage.APPLICABILITY, by + ".validUntil",
          name + " ended at " + t + ".")).orElse(null);
    }
    int max = rs.source().volume().maxActions();
    beyondMaxActions = new Reason[actions.size() + 1];
    for (int position = max + 1; position < beyondMaxActions.length; position++) {
      beyondMaxActions[position] = Reason.of(Stage.VOLUME, "policy:volume.max-actions",
          "The decision already has its " + max + " action" + (max == 1 ? "" : "s") + "; this one ranked " + position + ".");
    }
  }

  private static String num(double v) {
    return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Numbers.fixed(v, 2);
  }

  /** The fixed reasons of {@code rs}, written on its first decision. */
  static FixedReasons of(CompiledRuleSet rs) {
    return rs.derived(FixedReasons.class, FixedReasons::new);
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

  /** The end of action {@code action}'s arbitration sentence: {@code ", value 143, lever 0.60)"}. */
  String valueAndLever(int action) {
    return valueAndLever[action];
  }

  /** How a chosen action's explanation starts: {@code "Gold card (offer, marketing): "}. */
  String explanationStart(int action) {
    return explanationStart[action];
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
