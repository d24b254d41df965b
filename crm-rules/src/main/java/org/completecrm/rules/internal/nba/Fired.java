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
import org.jspecify.annotations.Nullable;

/** What the rules did: the first rule to propose or suppress each action, and their other effects. */
final class Fired {
  /**
   * The places in the rule set's rules of the rules that fired, in the order they fired: the first
   * {@link #firedCount}; null when they are not listed.
   */
  private int @Nullable [] firedRules;
  private int firedCount;
  final Reason[] proposedBy;
  final Reason[] suppressedBy;
  final Map<String, String> commitBy = new TreeMap<>();
  final Map<String, String> allowBy = new TreeMap<>();
  final Map<String, Escalation> escalations = new TreeMap<>();

  /**
   * What the rules did, for a rule set of {@code actions} actions; the rules that fired are listed
   * when {@code listed} (an explained decision names them, a campaign run's candidates do not: the
   * list was a tenth of what a campaign customer's rules stage allocated).
   */
  Fired(int actions, boolean listed) {
    firedRules = listed ? new int[16] : null;
    proposedBy = new Reason[actions];
    suppressedBy = new Reason[actions];
  }

  /**
   * Rule {@code j} (its place in the rule set's rules) fired. Kept as a number: only an explained
   * decision lists the rules fired ({@link #rules}); a campaign run's decision never reads them,
   * and growing a list of their ids was 5% of deciding a campaign customer.
   */
  void fired(int j) {
    int[] listed = firedRules;
    if (listed == null) {
      return;
    }
    if (firedCount == listed.length) {
      listed = java.util.Arrays.copyOf(listed, 2 * firedCount);
      firedRules = listed;
    }
    listed[firedCount++] = j;
  }

  /** The ids of the rules that fired, in the order they fired. */
  List<String> rules(CompiledRuleSet rs) {
    int[] listed = firedRules;
    if (listed == null) {
      throw new IllegalStateException("the rules fired were not listed (Fired made with listed false)");
    }
    List<CompiledRule> all = rs.rules();
    List<String> ids = new ArrayList<>(firedCount);
    for (int i = 0; i < firedCount; i++) {
      ids.add(all.get(listed[i]).id());
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