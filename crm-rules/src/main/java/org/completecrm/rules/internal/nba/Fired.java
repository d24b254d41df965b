package org.completecrm.rules.internal.nba;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.completecrm.core.commitment.Commitment;
import org.completecrm.rules.condition.internal.Facts;
import org.completecrm.rules.explain.Reason;
import org.completecrm.rules.response.Escalation;
import org.completecrm.rules.ruleset.internal.CompiledRule;
import org.completecrm.rules.ruleset.internal.CompiledRuleSet;
import org.completecrm.rules.ruleset.Effect;

/** What the rules did: the first rule to propose or suppress each action, and their other effects. */
final class Fired {
  /** The places in the rule set's rules of the rules that fired, in the order they fired: the first {@link #firedCount}. */
  private int[] firedRules;
  private int firedCount;
  final Reason[] proposedBy;
  final Reason[] suppressedBy;
  final Map<String, String> commitBy = new TreeMap<>();
  final Map<String, String> allowBy = new TreeMap<>();
  final Map<String, Escalation> escalations = new TreeMap<>();

  /**
   * What the rules did, for a rule set of {@code actions} actions, of which {@code rules} are tested:
   * room for up to 64 to fire before the list grows (a campaign customer fires a few dozen; growing
   * the list from 16 was most of what the rules stage allocated).
   */
  Fired(int actions, int rules) {
    firedRules = new int[Math.max(1, Math.min(rules, 64))];
    proposedBy = new Reason[actions];
    suppressedBy = new Reason[actions];
  }

  /**
   * Rule {@code j} (its place in the rule set's rules) fired. Kept as a number: only an explained
   * decision lists the rules fired ({@link #rules}); a campaign run's decision never reads them,
   * and growing a list of their ids was 5% of deciding a campaign customer.
   */
  void fired(int j) {
    if (firedCount == firedRules.length) {
      firedRules = java.util.Arrays.copyOf(firedRules, 2 * firedCount);
    }
    firedRules[firedCount++] = j;
  }

  /** The ids of the rules that fired, in the order they fired. */
  List<String> rules(CompiledRuleSet rs) {
    List<CompiledRule> all = rs.rules();
    List<String> ids = new ArrayList<>(firedCount);
    for (int i = 0; i < firedCount; i++) {
      ids.add(all.get(firedRules[i]).id());
    }
    return ids;
  }

  void otherEffects(CompiledRule rule, Facts facts) {
    for (Effect e : rule.otherEffects()) {
      e.commit().ifPresent(sla -> commitBy.putIfAbsent(sla, rule.id()));
      e.allow().ifPresent(g -> allowBy.putIfAbsent(g, rule.id()));
      e.escalate().ifPresent(team -> {
        Duration after = e.after().orElse(Duration.ZERO);
        for (Commitment c : facts.overdueCommitments()) {
          if (!Duration.between(c.dueBy(), facts.at()).minus(after).isNegative()) {
            escalations.putIfAbsent(c.id().value(), Escalation.of(c, team, rule.id(), facts.at()));
          }
        }
      });
    }
  }
}