package org.completecrm.rules.internal.nba;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.completecrm.core.Money;
import org.completecrm.core.score.Scores;
import org.completecrm.core.timeline.CommitmentMade;
import org.completecrm.core.view.ServiceCase;
import org.completecrm.rules.condition.internal.Facts;
import org.completecrm.rules.response.Allowance;
import org.completecrm.rules.response.SlaCommitments;
import org.completecrm.rules.ruleset.internal.CompiledRuleSet;
import org.completecrm.rules.ruleset.Guardrail;
import org.completecrm.rules.ruleset.Sla;

/** What the fired rules give besides actions: commitments from service levels and the frontline's room to act. */
final class RuleResponses {
  private RuleResponses() {}

  /** The commitments the fired rules make from service levels. */
  static List<CommitmentMade> commitments(CompiledRuleSet rs, Fired fired, Facts facts) {
    List<CommitmentMade> out = new ArrayList<>();
    for (Map.Entry<String, String> c : fired.commitBy.entrySet()) {
      Sla sla = rs.sla(c.getKey()).orElseThrow();
      Optional<ServiceCase> open = facts.openCases().isEmpty() ? Optional.empty() : Optional.of(facts.openCases().get(0));
      CommitmentMade m = SlaCommitments.create(sla.id(), sla.kind(), sla.owner(), sla.due(), sla.description(),
          facts.view().customerId(), open.map(ServiceCase::id), facts.at());
      out.add(m);
    }
    return out;
  }

  /** The frontline's room to act that the fired rules give. */
  static List<Allowance> allowances(CompiledRuleSet rs, Fired fired, Facts facts) {
    List<Allowance> out = new ArrayList<>();
    for (Map.Entry<String, String> g : fired.allowBy.entrySet()) {
      Guardrail gr = rs.guardrail(g.getKey()).orElseThrow();
      Optional<String> tier = facts.scores().label(Scores.VALUE_TIER);
      Money limit = tier.map(t -> gr.limitsByTier().get(t)).orElse(null);
      String basis = limit != null ? "value tier " + tier.get() : "the default limit";
      if (limit == null) {
        limit = gr.defaultLimit();
      }
      out.add(Allowance.builder().guardrail(gr.id()).action(gr.action()).limit(limit).rule(g.getValue())
          .reason(gr.action() + " up to " + limit + " on your own judgement (" + basis + ", rule " + g.getValue()
              + "); above that, give a reason and it is recorded as an override")
          .build());
    }
    return out;
  }
}
