package org.completecrm.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.completecrm.core.EventId;
import org.completecrm.core.channel.Channel;
import org.completecrm.core.channel.ContactFrequency;
import org.completecrm.core.channel.Purpose;
import org.completecrm.core.channel.QuietHours;
import org.completecrm.core.json.CrmJson;
import org.completecrm.core.score.Scores;
import org.completecrm.core.testing.CoreGen;
import org.completecrm.core.testing.CoreGen.ViewInputs;
import org.completecrm.core.timeline.Direction;
import org.completecrm.core.timeline.Interaction;
import org.completecrm.core.timeline.TimelineEvent;
import org.completecrm.core.view.Contact;
import org.completecrm.core.view.CustomerView;
import org.completecrm.rules.event.DecisionEvent;
import org.completecrm.rules.event.EventKind;
import org.completecrm.rules.explain.ChosenAction;
import org.completecrm.rules.explain.Decision;
import org.completecrm.rules.explain.Delivery;
import org.completecrm.rules.ruleset.CapPolicy;
import org.completecrm.rules.ruleset.QuietHoursPolicy;
import org.completecrm.rules.ruleset.Rule;
import org.completecrm.rules.ruleset.RuleSet;
import org.completecrm.rules.ruleset.RuleSets;
import org.completecrm.rules.testing.RulesGen;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Invariants of decisions over arbitrary customers, timelines, consent ledgers and rule sets. */
class DecisionProperties {
  private static final int EXAMPLES = 150;

  private static Decision decide(DecisionEvent event, CustomerView view, Scores scores, RuleSet rules) {
    return Decisions.decide(event, view, scores, rules, view.asOf());
  }

  @Test
  void noDecisionEverContactsACustomerWithoutEffectiveConsent() {
    qt().withExamples(EXAMPLES).forAll(CoreGen.viewInputs(), RulesGen.ruleSets(), RulesGen.events(), CoreGen.scores())
        .checkAssert((inputs, rules, event, scores) -> {
          CustomerView view = inputs.fold();
          Decision d = decide(event, view, scores, rules);
          for (ChosenAction a : d.actions()) {
            boolean unsolicited = a.purpose() == Purpose.MARKETING || a.purpose() == Purpose.RESEARCH;
            if (a.delivery() == Delivery.OUTBOUND || unsolicited) {
              assertTrue(view.consent().allows(a.channel(), a.purpose(), view.asOf()), a::explanation);
              assertTrue(view.consent().allows(a.channel(), a.purpose(), a.sendAt()), a::explanation);
            }
            if (a.delivery() == Delivery.IN_SESSION) {
              assertEquals(event.sessionChannel(), Optional.of(a.channel()));
            }
          }
        });
  }

  @Test
  void noOutboundContactLandsInQuietHours() {
    qt().withExamples(EXAMPLES).forAll(CoreGen.viewInputs(), RulesGen.ruleSets(), RulesGen.events(), CoreGen.scores())
        .checkAssert((inputs, rules, event, scores) -> {
          CustomerView view = inputs.fold();
          Decision d = decide(event, view, scores, rules);
          for (ChosenAction a : d.actions()) {
            if (a.delivery() != Delivery.OUTBOUND) {
              continue;
            }
            assertFalse(a.sendAt().isBefore(view.asOf()));
            view.preferences().quietHours().ifPresent(q -> assertFalse(q.contains(a.sendAt()), a::explanation));
            for (QuietHoursPolicy p : rules.policies().quietHours()) {
              if (p.channels().isEmpty() || p.channels().contains(a.channel())) {
                assertFalse(QuietHours.of(p.start(), p.end(), view.preferences().zone()).contains(a.sendAt()),
                    a::explanation);
              }
            }
          }
        });
  }

  @Test
  void theDecisionIsDeterministicAndIndependentOfTheOrderOfRules() {
    qt().withExamples(EXAMPLES / 2).forAll(CoreGen.viewInputs(), RulesGen.ruleSets(), RulesGen.events(), CoreGen.scores())
        .checkAssert((inputs, rules, event, scores) -> {
          CustomerView view = inputs.fold();
          Decision d = decide(event, view, scores, rules);
          List<Rule> reversed = new ArrayList<>(rules.rules());
          Collections.reverse(reversed);
          RuleSet shuffled = RuleSet.builder().from(rules).rules(reversed).build();
          assertEquals(d, decide(event, view, scores, shuffled));
          assertEquals(d, decide(event, inputs.fold(), scores, rules));
          assertEquals(d, CrmJson.read(CrmJson.write(d), Decision.class));
        });
  }

  @Test
  void jsonAndBuilderFormsOfTheSameRuleSetDecideAlike() {
    qt().withExamples(EXAMPLES / 2).forAll(CoreGen.viewInputs(), RulesGen.ruleSets(), RulesGen.events(), CoreGen.scores())
        .checkAssert((inputs, rules, event, scores) -> {
          RuleSet fromJson = RuleSets.fromJson(RuleSets.write(rules));
          assertEquals(rules, fromJson);
          CustomerView view = inputs.fold();
          assertEquals(decide(event, view, scores, rules), decide(event, view, scores, fromJson));
        });
  }

  @Test
  void capsAreNeverExceededOverASequenceOfDecisionsFedBackIntoTheTimeline() {
    Gen<List<Integer>> gaps = CoreGen.listOf(org.quicktheories.generators.Generate.range(0, 72 * 60), 3, 8);
    qt().withExamples(EXAMPLES).forAll(CoreGen.viewInputs(), RulesGen.ruleSets(), gaps, CoreGen.scores())
        .checkAssert((inputs, rules, minutes, scores) -> {
          List<TimelineEvent> events = new ArrayList<>(inputs.events());
          List<Contact> added = new ArrayList<>();
          Instant at = inputs.at();
          for (int k = 0; k < minutes.size(); k++) {
            at = at.plus(Duration.ofMinutes(minutes.get(k)));
            ViewInputs now = new ViewInputs(inputs.customer(), inputs.household(), inputs.consent(), inputs.preferences(),
                events, at);
            Decision d = Decisions.decide(DecisionEvent.of(EventKind.CAMPAIGN_RUN), now.fold(), scores, rules, at);
            Instant latest = at;
            for (ChosenAction a : d.actions()) {
              if (a.delivery() == Delivery.OUTBOUND) {
                EventId id = EventId.of("fed-back-" + k + "-" + a.rank());
                events.add(Interaction.builder().id(id).customer(inputs.customer().id()).at(a.sendAt())
                    .channel(a.channel()).direction(Direction.OUTBOUND).type("decision").purpose(a.purpose()).build());
                added.add(Contact.builder().event(id).customer(inputs.customer().id()).channel(a.channel())
                    .direction(Direction.OUTBOUND).purpose(a.purpose()).at(a.sendAt()).build());
                latest = latest.isBefore(a.sendAt()) ? a.sendAt() : latest;
              }
            }
            at = latest;
          }
          CustomerView end = new ViewInputs(inputs.customer(), inputs.household(), inputs.consent(), inputs.preferences(),
              events, at).fold();
          for (Contact n : added) {
            for (CapPolicy cap : rules.policies().caps()) {
              if (cap.channel().map(c -> c == n.channel()).orElse(true) && cap.purpose().map(p -> p == n.purpose().get()).orElse(true)) {
                List<Contact> pool = new ArrayList<>(end.contacts());
                if (cap.household()) {
                  pool.addAll(end.householdContacts());
                }
                assertWithinCap(n, pool, cap.channel(), cap.purpose(), cap.max(), cap.window(), cap.id());
              }
            }
            Optional<ContactFrequency> f = end.preferences().frequency();
            if (f.isPresent() && (n.purpose().get() == Purpose.MARKETING || n.purpose().get() == Purpose.RESEARCH)) {
              assertWithinCap(n, end.contacts(), Optional.empty(), Optional.empty(), f.get().maxContacts(), f.get().window(),
                  "customer frequency");
            }
          }
        });
  }

  private static void assertWithinCap(Contact n, List<Contact> pool, Optional<Channel> channel, Optional<Purpose> purpose,
      int max, Duration w, String name) {
    PlannedContactsProperties.assertWithinCap(n, pool, channel, purpose, max, w, name);
  }
}
