package org.completecrm.rules.internal.nba;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.completecrm.core.TeamId;
import org.completecrm.core.channel.Channel;
import org.completecrm.core.score.Scores;
import org.completecrm.core.timeline.Direction;
import org.completecrm.core.view.Contact;
import org.completecrm.core.view.CustomerView;
import org.completecrm.core.view.HouseholdView;
import org.completecrm.core.view.ServiceCase;
import org.completecrm.rules.condition.internal.CompiledCondition;
import org.completecrm.rules.condition.internal.Facts;
import org.completecrm.rules.event.DecisionEvent;
import org.completecrm.rules.event.EventKind;
import org.completecrm.rules.explain.CandidateOutcome;
import org.completecrm.rules.explain.ChosenAction;
import org.completecrm.rules.explain.ChosenBecause;
import org.completecrm.rules.explain.Decision;
import org.completecrm.rules.explain.Delivery;
import org.completecrm.rules.explain.Ranking;
import org.completecrm.rules.explain.Reason;
import org.completecrm.rules.explain.Stage;
import org.completecrm.rules.policy.ChannelVerdict;
import org.completecrm.rules.policy.ContactPermission;
import org.completecrm.rules.policy.internal.ContactPolicies;
import org.completecrm.rules.ruleset.ActionDefinition;
import org.completecrm.rules.ruleset.ActionKind;
import org.completecrm.rules.ruleset.ActionScope;
import org.completecrm.rules.ruleset.Arbitration;
import org.completecrm.rules.ruleset.internal.CompiledAction;
import org.completecrm.rules.ruleset.internal.CompiledRule;
import org.completecrm.rules.ruleset.internal.CompiledRuleSet;
import org.completecrm.rules.ruleset.RuleSet;

/**
 * The decision pipeline. Stages, in order: rules fire (priority, then id) and propose or suppress
 * actions; each proposed action passes eligibility (not already accepted unless repeatable, the
 * action's condition), applicability (validity window, the action's condition), suitability (no
 * upsell with an open complaint or a falling value trend, the action's condition); survivors are
 * ranked by arbitration (service actions first while the customer has an open problem, then
 * {@code propensity^a * value^b * lever^c}, then id); in rank order each passes volume limits and
 * the contact policies, which choose its channel and time.
 */
public final class NextBestAction {
  private NextBestAction() {}

  /** The decision for {@code event} about the customer of {@code view} at {@code at}. */
  public static Decision decide(DecisionEvent event, CustomerView view, Scores scores, RuleSet ruleSet, Instant at) {
    return decide(event, view, Optional.empty(), scores, ruleSet, at);
  }

  /** The decision with the household's facts, when {@code household} (as of {@code at}) is given. */
  public static Decision decide(DecisionEvent event, CustomerView view, Optional<HouseholdView> household,
      Scores scores, RuleSet ruleSet, Instant at) {
    Facts facts = Facts.of(event, view, scores, at, household);
    CompiledRuleSet rs = CompiledRuleSet.of(org.completecrm.core.Checks.present(ruleSet, "Decision.ruleSet"));
    var d = Decision.builder().customer(view.customerId()).at(at).event(event)
        .ruleSet(ruleSet.id()).ruleSetVersion(ruleSet.version());
    RuleSetPlan plan = RuleSetPlan.of(rs);
    Fired fired = fire(rs, plan, facts);
    SelfServiceRoutes.route(rs, fired, facts);
    d.addAllRulesFired(fired.rules(rs));
    Explained out = new Explained(rs, plan.fixed, facts);
    List<Ranked> ranked = candidates(rs, plan.fixed, fired, facts, out);
    choose(ranked, rs, plan, facts, out);
    d.addAllActions(out.chosen).addAllCandidates(out.kept).addAllCandidates(out.dropped.inOrder());
    d.addAllCommitments(RuleResponses.commitments(rs, fired, facts)).addAllEscalations(fired.escalations.values())
        .addAllAllowances(RuleResponses.allowances(rs, fired, facts));
    d.notes(DecisionNotes.of(facts, rs.source().policies(), out.languages));
    return d.build();
  }

  /**
   * What becomes of each candidate, told by the stages in the order they decide it: a decision
   * writes the explained outcomes ({@link Explained}), a campaign run keeps only the candidates
   * and the refusals ({@link CampaignRunCandidates}). The stages are the same code for both.
   */
  interface Outcomes {
    /** Action {@code k} was dropped before arbitration, for {@code drop}. */
    void droppedEarly(int k, ActionDefinition a, Reason proposed, Reason drop);

    /** {@code r}, ranked {@code position}, came after the most actions a decision gives ({@code why}). */
    void beyondVolume(Ranked r, int position, Reason why);

    /** {@code r}, ranked {@code position}, was presented its most times in its window ({@code why}). */
    void overPresented(Ranked r, int position, Reason why);

    /** {@code r}, ranked {@code position}, was refused by the contact policies ({@code answer}). */
    void refused(Ranked r, int position, ContactPolicies.ContactAnswer answer);

    /** {@code r}, ranked {@code position}, is the {@code rank}-th action chosen, as the contact policies' {@code answer} allows. */
    void chosen(Ranked r, int position, int rank, ContactPolicies.ContactAnswer answer);
  }

  /** The explained outcomes of a decision. */
  private static final class Explained implements Outcomes {
    private final CompiledRuleSet rs;
    private final FixedReasons fixed;
    private final Facts facts;
    final Dropped<CandidateOutcome> dropped = new Dropped<>();
    final List<CandidateOutcome> kept = new ArrayList<>();
    final List<ChosenAction> chosen = new ArrayList<>();
    final List<String> languages = new ArrayList<>();

    Explained(CompiledRuleSet rs, FixedReasons fixed, Facts facts) {
      this.rs = rs;
      this.fixed = fixed;
      this.facts = facts;
    }

    @Override
    public void droppedEarly(int k, ActionDefinition a, Reason proposed, Reason drop) {
      dropped.add(k, drop.stage(), new CandidateOutcome(a.id(), a.kind(), a.purpose(), false, drop.stage(), drop,
          List.of(proposed, drop), Optional.empty()));
    }

    @Override
    public void beyondVolume(Ranked r, int position, Reason why) {
      dropped.add(r.index, Stage.VOLUME, outcome(r, false, Stage.VOLUME, why, List.of(r.proposed, why)));
    }

    @Override
    public void overPresented(Ranked r, int position, Reason why) {
      dropped.add(r.index, Stage.VOLUME, outcome(r, false, Stage.VOLUME, why,
          List.of(r.proposed, ranking(r, position), why)));
    }

    @Override
    public void refused(Ranked r, int position, ContactPolicies.ContactAnswer answer) {
      ContactPermission permission = answer.permission();
      Reason decisive = permission.decisive();
      dropped.add(r.index, decisive.stage(), outcome(r, false, decisive.stage(), decisive,
          trail(r.proposed, ranking(r, position), permission)));
    }

    @Override
    public void chosen(Ranked r, int position, int rank, ContactPolicies.ContactAnswer answer) {
      ContactPermission permission = answer.permission();
      Reason arbitration = ranking(r, position);
      kept.add(outcome(r, true, Stage.CHOSEN, permission.decisive(), trail(r.proposed, arbitration, permission)));
      ActionDefinition a = r.action.definition();
      MessageLanguage language = MessageLanguage.of(r.action, facts, rs.source().language(), a.displayName());
      if (language.line() != null) {
        languages.add(language.line());
      }
      chosen.add(chosenAction(r, rank, arbitration, permission, facts, language));
    }

    private static Reason ranking(Ranked r, int position) {
      ActionDefinition a = r.action.definition();
      return new Ranking(position, r.score, r.propensity, a.value(), a.lever(), r.serviceFirst);
    }
  }

  /**
   * Rules stage: every rule whose condition holds fires, in order, until an exclusive one. Rules
   * that cannot hold for the event's kind are not tested.
   */
  static Fired fire(CompiledRuleSet rs, RuleSetPlan plan, Facts facts) {
    List<CompiledRule> rules = rs.rules();
    FixedReasons fixed = plan.fixed;
    EventKind kind = facts.event().kind();
    int[] positions = plan.byEvent.rules(kind);
    CompiledCondition[] conditions = plan.byEvent.conditions(kind);
    Fired fired = new Fired(rs.actions().size(), positions.length);
    for (int r = 0; r < positions.length; r++) {
      if (!conditions[r].test(facts)) {
        continue;
      }
      int j = positions[r];
      CompiledRule rule = rules.get(j);
      fired.fired(j);
      for (int i = 0; i < rule.proposalCount(); i++) {
        int k = rule.proposed(i);
        if (fired.proposedBy[k] == null) {
          fired.proposedBy[k] = fixed.proposal(j);
        }
      }
      for (int i = 0; i < rule.suppressionCount(); i++) {
        int k = rule.suppressed(i);
        if (fired.suppressedBy[k] == null) {
          fired.suppressedBy[k] = fixed.suppression(j, i);
        }
      }
      if (!rule.otherEffects().isEmpty()) {
        fired.otherEffects(rule, facts);
      }
      if (rule.exclusive()) {
        break;
      }
    }
    return fired;
  }

  /**
   * Eligibility, applicability and suitability for every proposed action, in id order; the
   * survivors scored and ranked for arbitration.
   */
  static List<Ranked> candidates(CompiledRuleSet rs, FixedReasons fixed, Fired fired, Facts facts,
      Outcomes out) {
    List<CompiledAction> actions = rs.actions();
    Arbitration arbitration = rs.source().arbitration();
    List<Ranked> ranked = new ArrayList<>(actions.size());
    for (int k = 0; k < actions.size(); k++) {
      Reason proposed = fired.proposedBy[k];
      if (proposed == null) {
        continue;
      }
      CompiledAction action = actions.get(k);
      ActionDefinition a = action.definition();
      Reason drop = fired.suppressedBy[k] != null ? fired.suppressedBy[k] : ActionStages.dropBeforeArbitration(k, action, facts, fixed);
      if (drop == null && a.effectiveScope() == ActionScope.HOUSEHOLD) {
        drop = ActionStages.heldByHousehold(a, facts, rs.source().policies());
      }
      if (drop == null && !a.topics().isEmpty()) {
        drop = ActionStages.topics(a, facts, rs.source().policies());
      }
      if (drop != null) {
        out.droppedEarly(k, a, proposed, drop);
        continue;
      }
      double scored = facts.scores().valueOrNaN(action.propensityScore()); // NaN: no such score (none is NaN)
      double propensity = !Double.isNaN(scored) ? Math.max(0, Math.min(1, scored)) : a.propensity();
      double score = arbitration.score(propensity, a.value(), a.lever());
      boolean serviceFirst = arbitration.serviceFirst() && a.kind() == ActionKind.SERVICE && facts.hasOpenProblem();
      ranked.add(new Ranked(k, action, proposed, score, propensity, serviceFirst));
    }
    Ranked.sort(ranked);
    return ranked;
  }

  /**
   * Volume and contact policies in rank order: each candidate is told to {@code out} as dropped or
   * chosen; a chosen outbound contact counts against the caps of the candidates after it.
   */
  static void choose(List<Ranked> ranked, CompiledRuleSet rs, RuleSetPlan plan, Facts facts, Outcomes out) {
    FixedReasons fixed = plan.fixed;
    List<Contact> planned = new ArrayList<>(Math.min(ranked.size(), 16));
    ContactPolicies policies = ContactPolicies.of(facts, rs.source().policies(), plan.cost);
    int maxActions = rs.source().volume().maxActions();
    int maxPerChannel = rs.source().volume().maxPerChannel();
    int position = 0;
    int kept = 0;
    for (Ranked r : ranked) {
      position++;
      ActionDefinition a = r.action.definition();
      if (kept >= maxActions) {
        out.beyondVolume(r, position, fixed.beyondMaxActions(position));
        continue;
      }
      Reason overPresented = ActionStages.presentationLimit(a, facts);
      if (overPresented != null) {
        out.overPresented(r, position, overPresented);
        continue;
      }
      ContactPolicies.ContactAnswer answer = policies.answer(a.purpose(), plan.channelMasks[r.index],
          r.action.offer(), a.coolDown(), planned, maxPerChannel);
      if (!answer.allowed()) {
        out.refused(r, position, answer);
        continue;
      }
      kept++;
      out.chosen(r, position, kept, answer);
      if (answer.delivery() == Delivery.OUTBOUND) {
        planned.add(Contact.builder().event(fixed.plannedContact(r.index)).customer(facts.view().customerId())
            .channel(answer.channel()).direction(Direction.OUTBOUND).purpose(a.purpose())
            .at(answer.sendAt()).build());
      }
    }
  }

  /** The trail of a candidate that reached the contact policies: proposal, arbitration, each channel's verdict, a refusal. */
  private static List<Reason> trail(Reason proposed, Reason arbitration, ContactPermission permission) {
    List<ChannelVerdict> verdicts = permission.verdicts();
    Optional<Reason> refusal = permission.refusal();
    Reason[] trail = new Reason[verdicts.size() + (refusal.isPresent() ? 3 : 2)];
    trail[0] = proposed;
    trail[1] = arbitration;
    for (int i = 0; i < verdicts.size(); i++) {
      trail[i + 2] = verdicts.get(i).reason();
    }
    if (refusal.isPresent()) {
      trail[trail.length - 1] = refusal.get();
    }
    return List.of(trail);
  }

  /** The chosen action ranked {@code rank}: channel, time, message, routing and its explanation. */
  private static ChosenAction chosenAction(Ranked r, int rank, Reason arbitration, ContactPermission permission,
      Facts facts, MessageLanguage language) {
    ActionDefinition a = r.action.definition();
    Instant sendAt = permission.sendAt().orElseThrow();
    Channel channel = permission.channel().orElseThrow();
    Optional<TeamId> route = a.kind() == ActionKind.SERVICE ? route(a, facts) : Optional.empty();
    String name = a.displayName();
    // An if, not Optional.map with a lambda: the lambda was made for every chosen action, template or not.
    Optional<String> message = language.template().isPresent()
        ? Optional.of(language.template().get().render(facts, a.id().value(), name, channel)) : Optional.empty();
    return new ChosenAction(rank, a.id(), name, a.kind(), a.purpose(), channel,
        permission.delivery().orElseThrow(), sendAt, !sendAt.equals(facts.at()), r.score, message, route,
        new ChosenBecause(a.id(), name, a.kind(), a.purpose(), r.proposed, arbitration, permission.decisive(), route));
  }

  private static Optional<TeamId> route(ActionDefinition a, Facts facts) {
    if (a.team().isPresent()) {
      return a.team();
    }
    if (!facts.overdueCommitments().isEmpty()) {
      return Optional.of(facts.overdueCommitments().get(0).owner());
    }
    for (ServiceCase c : facts.openCases()) {
      if (c.team().isPresent()) {
        return c.team();
      }
    }
    if (facts.household() != null && !facts.household().othersOverdueCommitments().isEmpty()) {
      return Optional.of(facts.household().othersOverdueCommitments().get(0).commitment().owner());
    }
    return Optional.empty();
  }

  /** The outcome of a candidate that reached arbitration. */
  private static CandidateOutcome outcome(Ranked r, boolean kept, Stage stage, Reason decisive, List<Reason> trail) {
    ActionDefinition a = r.action.definition();
    return new CandidateOutcome(a.id(), a.kind(), a.purpose(), kept, stage, decisive, trail, Optional.of(r.score));
  }
}
