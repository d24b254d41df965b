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
import org.completecrm.rules.ruleset.Effect;

/** What the rules did: the first rule to propose or suppress each action, and their other effects. */
final class Fired {
  final List<String> rules = new ArrayList<>();
  final Reason[] proposedBy;
  final Reason[] suppressedBy;
  final Map<String, String> commitBy = new TreeMap<>();
  final Map<String, String> allowBy = new TreeMap<>();
  final Map<String, Escalation> escalations = new TreeMap<>();

  Fired(int actions) {
    proposedBy = new Reason[actions];
    suppressedBy = new Reason[actions];
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