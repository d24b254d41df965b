package org.completecrm.rules.campaign;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.completecrm.core.OfferId;
import org.completecrm.core.channel.Channel;
import org.completecrm.core.channel.Purpose;
import org.completecrm.core.score.Scores;
import org.completecrm.core.view.CustomerView;
import org.completecrm.rules.DecisionContext;
import org.completecrm.rules.Decisions;
import org.completecrm.rules.event.DecisionEvent;
import org.completecrm.rules.explain.ChosenAction;
import org.completecrm.rules.explain.ChosenBecause;
import org.completecrm.rules.explain.Decision;
import org.completecrm.rules.explain.Delivery;
import org.completecrm.rules.explain.Ranking;
import org.completecrm.rules.internal.nba.CampaignRunCandidates;
import org.completecrm.rules.ruleset.ActionDefinition;
import org.completecrm.rules.ruleset.RuleSet;
import org.completecrm.rules.ruleset.VolumeLimits;

/**
 * Turns one customer's context into candidates: the campaign-run decision (consent, suppression,
 * caps, cool-down and quiet hours exactly as for any decision), with the rule set's volume
 * limits lifted so that every action the decision allows is an alternative (a plan gives at most
 * one), each outbound action with its expected value and the send slots free for it.
 */
final class CandidateEvaluator {
  private final RuleSet wide;
  private final CampaignSettings settings;
  private final Instant at;
  private final DecisionEvent event;
  private final CampaignRunCandidates.Run run;
  private final Map<OfferId, Integer> actionIndex = new HashMap<>();
  /** The index in {@link #actions} of each action by its place in {@link #run}'s actions (in id order). */
  private final int[] byPlace;
  private final List<ActionDefinition> actions;
  private final double[] channelCost = new double[Channel.values().length];

  CandidateEvaluator(RuleSet ruleSet, CampaignSettings settings, Instant at) {
    int n = Math.max(1, ruleSet.actions().size());
    this.wide = RuleSet.builder().from(ruleSet)
        .volume(VolumeLimits.builder().maxActions(n).maxPerChannel(n).build()).build();
    this.settings = settings;
    this.at = at;
    this.event = DecisionEvent.campaignRun(settings.campaign());
    this.run = CampaignRunCandidates.run(event, wide, at);
    this.actions = ruleSet.actions();
    for (int i = 0; i < actions.size(); i++) {
      actionIndex.put(actions.get(i).id(), i);
    }
    for (Channel c : Channel.values()) {
      channelCost[c.ordinal()] = settings.costOf(c, ruleSet);
    }
    List<OfferId> inIdOrder = run.actions();
    byPlace = new int[inIdOrder.size()];
    for (int k = 0; k < byPlace.length; k++) {
      byPlace[k] = actionIndex.get(inIdOrder.get(k));
    }
  }

  List<ActionDefinition> actions() {
    return actions;
  }

  double costOf(Channel channel) {
    return channelCost[channel.ordinal()];
  }

  /**
   * Decides for the customer of {@code context} and appends it with its candidates to {@code
   * table}: the decision's candidates only ({@link CampaignRunCandidates}), not the explained
   * decision, which {@link #evaluateByDecision} reads them from and which gives the same table.
   */
  void evaluate(DecisionContext context, CandidateTable table) {
    CustomerView view = context.viewAt(at);
    CampaignRunCandidates decision = run.decide(view, context.scores());
    beginCustomer(context, view, table);
    int hours = settings.sendWindow().hours();
    boolean quietThroughout = false;
    QuietSlots.ForCustomer slots = new QuietSlots.ForCustomer(view, wide.policies(), at, hours);
    for (int i = 0; i < decision.size(); i++) {
      if (decision.delivery(i) != Delivery.OUTBOUND) {
        continue;
      }
      int ai = byPlace[decision.actionPlace(i)];
      if (!addCandidate(table, slots, ai, decision.channel(i), decision.purpose(i), decision.propensity(i))) {
        quietThroughout = true;
      }
    }
    if (table.candidates > table.first(table.customers)) {
      table.endCustomer(null);
    } else {
      table.endCustomer(quietThroughout ? noSlotReason(hours) : noneReason(decision.refusals()));
    }
  }

  private static void beginCustomer(DecisionContext context, CustomerView view, CandidateTable table) {
    table.beginCustomer(context.customer().id().value(),
        view.household().map(h -> h.value()).orElse(null),
        context.scores().label(Scores.SEGMENT).orElse(null));
  }

  /**
   * Appends action {@code ai} by {@code channel} at propensity {@code p} with its expected value
   * and free send hours; false (and the candidate dropped) when no hour of the window is free.
   */
  private boolean addCandidate(CandidateTable table, QuietSlots.ForCustomer slots, int ai, Channel channel,
      Purpose purpose, double p) {
    ActionDefinition def = actions.get(ai);
    double ev = p * def.value() * def.lever() - channelCost[channel.ordinal()];
    int k = table.addCandidate(ai, channel.ordinal(), ev, p);
    if (slots.writeInto(channel, purpose, table.masks, k * table.maskWords)) {
      return true;
    }
    table.dropLastCandidate();
    return false;
  }

  private static String noSlotReason(int hours) {
    return "No send slot: every hour of the " + hours
        + "-hour send window touches the customer's quiet hours or falls outside consent.";
  }

  private String noneReason(List<CampaignRunCandidates.Refusal> refusals) {
    StringBuilder sb = new StringBuilder();
    int shown = 0;
    for (CampaignRunCandidates.Refusal c : refusals) {
      if (shown == 3) {
        sb.append("; and others");
        break;
      }
      sb.append(shown == 0 ? "No action allowed: " : "; ").append(c.action()).append(": ").append(c.decisive().text());
      shown++;
    }
    return shown == 0 ? "No rule proposes an action for this customer in campaign " + settings.campaign() + "."
        : sb.toString();
  }

  /**
   * What {@link #evaluate} does, from the full explained decision: the reference the candidates-only
   * decision is tested against ({@code CandidatesOnlyProperties}).
   */
  void evaluateByDecision(DecisionContext context, CandidateTable table) {
    CustomerView view = context.viewAt(at);
    Decision decision = Decisions.decide(event, view, context.scores(), wide, at);
    beginCustomer(context, view, table);
    int hours = settings.sendWindow().hours();
    boolean quietThroughout = false;
    QuietSlots.ForCustomer slots = new QuietSlots.ForCustomer(view, wide.policies(), at, hours);
    for (ChosenAction a : decision.actions()) {
      if (a.delivery() != Delivery.OUTBOUND) {
        continue;
      }
      int ai = actionIndex.get(a.action());
      double p = propensity(a, actions.get(ai), context.scores());
      if (!addCandidate(table, slots, ai, a.channel(), a.purpose(), p)) {
        quietThroughout = true;
      }
    }
    table.endCustomer(quietThroughout ? noSlotReason(hours) : noneReason(decision.candidates().stream()
        .filter(c -> !c.kept())
        .map(c -> new CampaignRunCandidates.Refusal(c.action(), c.decisive()))
        .toList()));
  }

  private static double propensity(ChosenAction a, ActionDefinition def, Scores scores) {
    if (a.why() instanceof ChosenBecause because && because.ranked() instanceof Ranking r) {
      return r.propensity();
    }
    return scores.value(Scores.propensityOf(def.id().value())).orElse(def.propensity());
  }
}
