package org.completecrm.rules.internal.nba;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.completecrm.core.channel.Channel;
import org.completecrm.core.channel.Purpose;
import org.completecrm.rules.policy.internal.ContactPolicies;
import org.completecrm.rules.ruleset.ActionDefinition;
import org.completecrm.rules.ruleset.Arbitration;
import org.completecrm.rules.ruleset.internal.CompiledAction;
import org.completecrm.rules.ruleset.internal.CompiledRule;
import org.completecrm.rules.ruleset.internal.CompiledRuleSet;

/**
 * Which actions one customer's campaign-run decision can still choose, as far as the contact
 * policies that judge by channel and purpose alone tell (outbound channel, consent, quiet hours,
 * consent when sent: {@link ContactPolicies#mayAllow}), and which rules can therefore still matter
 * to the actions it chooses.
 *
 * <p>Design note: a campaign run asks the decision only which actions it chooses, on which channel,
 * with which propensity (the refusals' reasons are read for the rare customer left with none, and
 * then from the whole decision). An action for whose purpose every one of its channels is refused
 * by the settled policies is refused by the contact policies whatever else happens: its rules,
 * eligibility, ranking and the policies that count contacts only explain that refusal, and a
 * refused action plans no contact, so it changes nothing for the others (the volume limits count
 * chosen actions, the caps planned contacts). In the benchmark's base about two in five proposed
 * actions are such (no consent for the purpose on any of the action's channels), so the decision
 * does not rank or judge them, and a rule is tested only if it proposes or suppresses an action
 * that may still be chosen, stops the rules ({@code exclusive}) or has other effects.
 *
 * <p>Actions with the same purpose and the same channels share a route (fifty actions, about
 * twenty routes in the benchmark's rule set), numbered once per rule set; a decision works out each
 * route on first need, from its own settled attempts (which its contact policies then reuse), so
 * the screen costs a few array reads per rule.
 *
 * <p>An action is screened only if its arbitration score is a finite number for every
 * propensity (weight of the propensity at least zero, the value and lever parts finite): a
 * decision refuses a candidate with a score that is not (with an exception), which must not be
 * skipped. {@code ViableActionsProperties} checks that the screened decision chooses exactly what
 * the whole decision chooses; {@code CampaignPlanGoldenTest} that plans are unchanged.
 */
final class ViableActions {
  private static final byte UNKNOWN = 0;
  private static final byte VIABLE = 1;
  private static final byte NOT_VIABLE = 2;
  /** The route of an action never screened. */
  private static final int ALWAYS = -1;

  /** Each action's route, or {@link #ALWAYS}. */
  private final int[] routeOf;
  private final Purpose[] routePurpose;
  /** Each route's channels, a bit per channel ordinal. */
  private final int[] routeChannels;
  /** Each rule's routes (of the actions it proposes or suppresses). */
  private final int[][] ruleRoutes;
  /** The rules tested whatever the routes: exclusive ones, those with other effects or unscreened actions. */
  private final boolean[] alwaysTested;

  private ViableActions(CompiledRuleSet rs) {
    List<CompiledAction> actions = rs.actions();
    Arbitration arbitration = rs.source().arbitration();
    routeOf = new int[actions.size()];
    List<Purpose> purposes = new ArrayList<>();
    List<Integer> bits = new ArrayList<>();
    for (int k = 0; k < actions.size(); k++) {
      ActionDefinition a = actions.get(k).definition();
      if (arbitration.propensityWeight() < 0 || !Double.isFinite(arbitration.score(1.0, a.value(), a.lever()))) {
        routeOf[k] = ALWAYS;
        continue;
      }
      int mask = 0;
      for (Channel c : a.channels()) {
        mask |= 1 << c.ordinal();
      }
      int r = 0;
      while (r < purposes.size() && (purposes.get(r) != a.purpose() || bits.get(r) != mask)) {
        r++;
      }
      if (r == purposes.size()) {
        purposes.add(a.purpose());
        bits.add(mask);
      }
      routeOf[k] = r;
    }
    routePurpose = purposes.toArray(new Purpose[0]);
    routeChannels = bits.stream().mapToInt(Integer::intValue).toArray();
    List<CompiledRule> rules = rs.rules();
    ruleRoutes = new int[rules.size()][];
    alwaysTested = new boolean[rules.size()];
    for (int j = 0; j < rules.size(); j++) {
      CompiledRule r = rules.get(j);
      ruleRoutes[j] = routes(r);
      alwaysTested[j] = r.exclusive() || !r.otherEffects().isEmpty()
          || Arrays.stream(ruleRoutes[j]).anyMatch(x -> x == ALWAYS);
    }
  }

  /** The distinct routes of the actions {@code r} proposes or suppresses. */
  private int[] routes(CompiledRule r) {
    int[] ks = new int[r.proposalCount() + r.suppressionCount()];
    for (int i = 0; i < r.proposalCount(); i++) {
      ks[i] = routeOf[r.proposed(i)];
    }
    for (int i = 0; i < r.suppressionCount(); i++) {
      ks[r.proposalCount() + i] = routeOf[r.suppressed(i)];
    }
    return Arrays.stream(ks).distinct().toArray();
  }

  /** The screen of {@code rs}, built once per rule set. */
  static ViableActions of(CompiledRuleSet rs) {
    return rs.derived(ViableActions.class, ViableActions::new);
  }

  /** One decision's screen, asking {@code policies} (the decision's own) on first need. */
  ForDecision forDecision(ContactPolicies policies) {
    return new ForDecision(policies);
  }

  /** The viability of each route in one decision, worked out on first need. */
  final class ForDecision {
    private final ContactPolicies policies;
    private final byte[] state = new byte[routePurpose.length];

    private ForDecision(ContactPolicies policies) {
      this.policies = policies;
    }

    /** Whether action {@code k} may still be chosen: some channel of it is open for its purpose. */
    boolean viable(int k) {
      int r = routeOf[k];
      return r == ALWAYS || open(r);
    }

    /** Whether rule {@code j} (its place in the rule set) can matter: it may propose or suppress a viable action. */
    boolean mayMatter(int j) {
      if (alwaysTested[j]) {
        return true;
      }
      for (int r : ruleRoutes[j]) {
        if (open(r)) {
          return true;
        }
      }
      return false;
    }

    private boolean open(int r) {
      byte s = state[r];
      if (s == UNKNOWN) {
        s = policies.mayAllow(routePurpose[r], routeChannels[r]) ? VIABLE : NOT_VIABLE;
        state[r] = s;
      }
      return s == VIABLE;
    }
  }
}
