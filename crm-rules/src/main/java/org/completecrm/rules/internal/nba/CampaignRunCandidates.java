package org.completecrm.rules.internal.nba;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.completecrm.core.OfferId;
import org.completecrm.core.channel.Channel;
import org.completecrm.core.channel.Purpose;
import org.completecrm.core.score.Scores;
import org.completecrm.core.view.CustomerView;
import org.completecrm.rules.condition.internal.Facts;
import org.completecrm.rules.event.DecisionEvent;
import org.completecrm.rules.explain.CandidateOutcome;
import org.completecrm.rules.explain.ChosenAction;
import org.completecrm.rules.explain.ChosenBecause;
import org.completecrm.rules.explain.Decision;
import org.completecrm.rules.explain.Delivery;
import org.completecrm.rules.explain.Ranking;
import org.completecrm.rules.explain.Reason;
import org.completecrm.rules.explain.Stage;
import org.completecrm.rules.policy.internal.ContactPolicies;
import org.completecrm.rules.ruleset.ActionDefinition;
import org.completecrm.rules.ruleset.RuleSet;
import org.completecrm.rules.ruleset.internal.CompiledRuleSet;

/**
 * The candidates of one customer's campaign-run decision, without the decision: for each action
 * the decision chooses, in the order it chooses them, the action, its
 * channel, purpose, delivery and the propensity it was ranked with; and, in the decision's order,
 * the actions it does not choose with their decisive reasons. Exactly what {@link
 * NextBestAction#decide} gives for the same inputs (the same stages run: rules, eligibility,
 * applicability, suitability, arbitration, volume, every contact policy with the contacts planned
 * earlier in the decision counted against the caps), read off its {@link Decision}. Not API: the
 * campaign planner's way to the decision path.
 *
 * <p>Design note: a campaign run decides for a million customers with the volume limits lifted,
 * so each decision chooses or refuses every proposed action (50 in the benchmark's rule set), and
 * a full {@link Decision} explains each: a {@link Ranking}, a trail of reasons and a {@link
 * CandidateOutcome} per candidate, a {@link ChosenAction} with its {@link ChosenBecause}, the
 * message rendered in the customer's language, commitments, allowances and notes. The plan reads
 * none of it but the channel, purpose and propensity of the chosen actions, and, for a customer
 * left with none, the first refusals' sentences. The stages report to an {@code
 * NextBestAction.Outcomes}: here they keep a few primitives per chosen action and the decisive
 * reason per refusal (the reasons themselves are made by the stages, which are shared code, so
 * refusals read exactly as in a decision). A ranked candidate whose score is not a finite number
 * (which a decision refuses with an exception) is decided by the full decision instead, so that
 * the same error is raised. {@code CampaignRunCandidatesProperties} and {@code
 * CandidatesOnlyProperties} (campaign) check the agreement with the full decision;
 * {@code CampaignDecisionBenchmark} (examples) measures the gain.
 */
public final class CampaignRunCandidates {
  /**
   * An action not chosen and the reason that decided it.
   *
   * @param action the action
   * @param decisive why it was not chosen
   */
  public record Refusal(OfferId action, Reason decisive) {}

  private static final Channel[] CHANNELS = Channel.values();
  private static final Purpose[] PURPOSES = Purpose.values();
  private static final Delivery[] DELIVERIES = Delivery.values();

  private final OfferId[] ids;
  private final Dropped<Refusal> dropped = new Dropped<>();
  private int[] action = new int[16];
  private byte[] channel = new byte[16];
  private byte[] purpose = new byte[16];
  private byte[] delivery = new byte[16];
  private double[] propensity = new double[16];
  private int size;

  private CampaignRunCandidates(RuleSetPlan plan) {
    this.ids = plan.actionIds;
  }

  /**
   * The candidates of the decision {@code NextBestAction.decide(event, view, scores, ruleSet, at)}
   * (without a household view).
   */
  public static CampaignRunCandidates decide(DecisionEvent event, CustomerView view, Scores scores, RuleSet ruleSet,
      Instant at) {
    return run(event, ruleSet, at).decide(view, scores);
  }

  /**
   * The decisions for {@code event} under {@code ruleSet} at {@code at}, one customer after another:
   * the rule set's compiled form and plan found once for them all rather than once per customer.
   */
  public static Run run(DecisionEvent event, RuleSet ruleSet, Instant at) {
    return new Run(event, ruleSet, at);
  }

  /** The decisions of one campaign run: the same event, rule set and instant for every customer. */
  public static final class Run {
    private final DecisionEvent event;
    private final RuleSet ruleSet;
    private final Instant at;
    private final CompiledRuleSet rs;
    private final RuleSetPlan plan;

    private Run(DecisionEvent event, RuleSet ruleSet, Instant at) {
      this.event = event;
      this.ruleSet = ruleSet;
      this.at = at;
      this.rs = CompiledRuleSet.of(org.completecrm.core.Checks.present(ruleSet, "Decision.ruleSet"));
      this.plan = RuleSetPlan.of(rs);
    }

    /** The ids of the rule set's actions in id order: {@link CampaignRunCandidates#actionPlace} indexes it. */
    public List<OfferId> actions() {
      return List.of(plan.actionIds);
    }

    /** The candidates of the decision for the customer of {@code view} with {@code scores}. */
    public CampaignRunCandidates decide(CustomerView view, Scores scores) {
      Facts facts = Facts.of(event, view, scores, at, Optional.empty());
      Fired fired = NextBestAction.fire(rs, plan, facts);
      SelfServiceRoutes.route(rs, fired, facts);
      CampaignRunCandidates out = new CampaignRunCandidates(plan);
      Kept kept = new Kept(out);
      List<Ranked> ranked = NextBestAction.candidates(rs, plan.fixed, fired, facts, kept);
      for (Ranked r : ranked) {
        if (!Double.isFinite(r.score)) {
          return fromDecision(NextBestAction.decide(event, view, scores, ruleSet, at), rs);
        }
      }
      NextBestAction.choose(ranked, rs, plan, facts, kept);
      return out;
    }
  }

  /**
   * The candidates read off a full decision under {@code ruleSet}: the reference the fast path
   * agrees with.
   */
  public static CampaignRunCandidates fromDecision(Decision decision, RuleSet ruleSet) {
    return fromDecision(decision, CompiledRuleSet.of(ruleSet));
  }

  private static CampaignRunCandidates fromDecision(Decision decision, CompiledRuleSet rs) {
    CampaignRunCandidates out = new CampaignRunCandidates(RuleSetPlan.of(rs));
    List<org.completecrm.rules.ruleset.internal.CompiledAction> actions = rs.actions();
    for (ChosenAction a : decision.actions()) {
      int k = 0;
      while (!actions.get(k).definition().id().equals(a.action())) {
        k++;
      }
      double p = a.why() instanceof ChosenBecause because && because.ranked() instanceof Ranking r ? r.propensity()
          : Double.NaN;
      out.add(k, a.channel(), a.purpose(), a.delivery(), p);
    }
    int i = 0;
    for (CandidateOutcome c : decision.candidates()) {
      if (!c.kept()) {
        out.dropped.add(i++, Stage.RULES, new Refusal(c.action(), c.decisive()));
      }
    }
    return out;
  }

  private void add(int k, Channel ch, Purpose p, Delivery d, double prop) {
    if (size == action.length) {
      int n = 2 * size;
      action = Arrays.copyOf(action, n);
      channel = Arrays.copyOf(channel, n);
      purpose = Arrays.copyOf(purpose, n);
      delivery = Arrays.copyOf(delivery, n);
      propensity = Arrays.copyOf(propensity, n);
    }
    action[size] = k;
    channel[size] = (byte) ch.ordinal();
    purpose[size] = (byte) p.ordinal();
    delivery[size] = (byte) d.ordinal();
    propensity[size] = prop;
    size++;
  }

  /** The number of actions chosen. */
  public int size() {
    return size;
  }

  /** The {@code i}-th action chosen. */
  public OfferId action(int i) {
    return ids[action[i]];
  }

  /**
   * The place of the {@code i}-th action chosen among the rule set's actions in id order (as {@link
   * Run#actions} lists them): a caller that keeps its own table of the actions maps it once.
   */
  public int actionPlace(int i) {
    return action[i];
  }

  /** The channel of the {@code i}-th action chosen. */
  public Channel channel(int i) {
    return CHANNELS[channel[i]];
  }

  /** The purpose of the {@code i}-th action chosen. */
  public Purpose purpose(int i) {
    return PURPOSES[purpose[i]];
  }

  /** How the {@code i}-th action chosen is delivered. */
  public Delivery delivery(int i) {
    return DELIVERIES[delivery[i]];
  }

  /** The propensity the {@code i}-th action chosen was ranked with. */
  public double propensity(int i) {
    return propensity[i];
  }

  /** The actions not chosen, in the order of the decision's candidates, with their decisive reasons. */
  public List<Refusal> refusals() {
    return dropped.inOrder();
  }

  /** What the stages tell of each candidate, kept as the plan needs it. */
  private static final class Kept implements NextBestAction.Outcomes {
    private final CampaignRunCandidates out;

    Kept(CampaignRunCandidates out) {
      this.out = out;
    }

    @Override
    public void droppedEarly(int k, ActionDefinition a, Reason proposed, Reason drop) {
      out.dropped.add(k, drop.stage(), new Refusal(a.id(), drop));
    }

    @Override
    public void beyondVolume(Ranked r, int position, Reason why) {
      out.dropped.add(r.index, Stage.VOLUME, new Refusal(r.action.definition().id(), why));
    }

    @Override
    public void overPresented(Ranked r, int position, Reason why) {
      out.dropped.add(r.index, Stage.VOLUME, new Refusal(r.action.definition().id(), why));
    }

    @Override
    public void refused(Ranked r, int position, ContactPolicies.ContactAnswer answer) {
      Reason decisive = answer.decisive();
      out.dropped.add(r.index, decisive.stage(), new Refusal(r.action.definition().id(), decisive));
    }

    @Override
    public void chosen(Ranked r, int position, int rank, ContactPolicies.ContactAnswer answer) {
      ActionDefinition a = r.action.definition();
      out.add(r.index, answer.channel(), a.purpose(), answer.delivery(), r.propensity);
    }
  }
}
