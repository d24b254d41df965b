package org.completecrm.examples.tour;

import java.util.ArrayList;
import java.util.List;
import org.completecrm.core.timeline.CommitmentMade;
import org.completecrm.examples.report.HtmlReport;
import org.completecrm.rules.explain.CandidateOutcome;
import org.completecrm.rules.explain.ChosenAction;
import org.completecrm.rules.explain.Decision;
import org.completecrm.rules.response.Allowance;
import org.completecrm.rules.response.Escalation;

/**
 * A decision in the HTML report as tables a reader scans: what to know, the chosen actions
 * (action, channel, when, why), the actions not taken with the reason, and the promises,
 * escalations and allowances. The console keeps {@link Decision#summary()}.
 */
final class DecisionTables {
  private DecisionTables() {}

  static void add(HtmlReport html, String title, Decision decision) {
    html.subheading(title);
    if (!decision.notes().isEmpty()) {
      html.table(List.of("know before you answer"), decision.notes().stream().map(List::of).toList());
    }
    List<List<String>> chosen = new ArrayList<>();
    for (ChosenAction a : decision.actions()) {
      chosen.add(List.of(Integer.toString(a.rank()), a.name(), a.channel().toString(),
          a.deferred() ? "deferred to " + a.sendAt() : "now", a.explanation(), a.message().orElse("")));
    }
    if (chosen.isEmpty()) {
      html.paragraph("No action: every candidate was dropped for the reason below.");
    } else {
      html.table(List.of("rank", "action", "channel", "when", "why", "say"), chosen);
    }
    List<List<String>> dropped = new ArrayList<>();
    for (CandidateOutcome c : decision.candidates()) {
      if (!c.kept()) {
        dropped.add(List.of(c.action().toString(), c.stage().toString(), c.decisive().by(), c.decisive().text()));
      }
    }
    if (!dropped.isEmpty()) {
      html.table(List.of("not offered", "stage", "decided by", "reason"), dropped);
    }
    List<List<String>> follow = new ArrayList<>();
    for (CommitmentMade m : decision.commitments()) {
      follow.add(List.of("promise", m.description() + " by " + m.dueBy() + ", owned by " + m.owner()));
    }
    for (Escalation e : decision.escalations()) {
      follow.add(List.of("escalated", e.reason()));
    }
    for (Allowance a : decision.allowances()) {
      follow.add(List.of("you may", a.reason()));
    }
    if (!follow.isEmpty()) {
      html.table(List.of("follow-up", "detail"), follow);
    }
  }
}
