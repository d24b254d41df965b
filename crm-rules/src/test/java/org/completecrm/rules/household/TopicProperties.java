package org.completecrm.rules.household;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import org.completecrm.core.channel.Purpose;
import org.completecrm.core.interest.TopicAction;
import org.completecrm.core.interest.TopicEntry;
import org.completecrm.core.interest.TopicLedger;
import org.completecrm.core.score.Scores;
import org.completecrm.core.view.CustomerView;
import org.completecrm.rules.Decisions;
import org.completecrm.rules.explain.CandidateOutcome;
import org.completecrm.rules.explain.ChosenAction;
import org.completecrm.rules.explain.Decision;
import org.completecrm.rules.explain.TopicOptedOut;
import org.completecrm.rules.ruleset.ActionDefinition;
import org.completecrm.rules.ruleset.PolicySettings;
import org.completecrm.rules.ruleset.RuleSet;
import org.completecrm.rules.testing.RulesGen;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Topics: no marketing on a topic the customer opted out of; a required interest is honoured. */
class TopicProperties {
  private static final List<String> TOPICS = List.of("pensions", "savings", "events");

  private static Gen<RuleSet> taggedRuleSets() {
    return in -> {
      RuleSet r = HouseholdWorlds.ruleSets().generate(in);
      List<ActionDefinition> tagged = new ArrayList<>();
      for (ActionDefinition a : r.actions()) {
        Set<String> topics = new TreeSet<>();
        for (String t : TOPICS) {
          if (HouseholdWorlds.chance(in, 40)) {
            topics.add(t);
          }
        }
        tagged.add(ActionDefinition.builder().from(a).topics(topics).build());
      }
      PolicySettings p = HouseholdWorlds.chance(in, 40)
          ? PolicySettings.builder().from(r.policies()).requireStatedInterest(true).build() : r.policies();
      return RuleSet.builder().from(r).actions(tagged).policies(p).build();
    };
  }

  private static Gen<List<TopicAction>> topicHistories() {
    return in -> {
      List<TopicAction> out = new ArrayList<>();
      int n = HouseholdWorlds.between(in, 0, 6);
      for (int i = 0; i < n; i++) {
        out.add(HouseholdWorlds.any(in, List.of(TopicAction.values())));
      }
      return out;
    };
  }

  @Test
  void noMarketingOnAnOptedOutTopicAndOnlyOnAStatedInterestWhereRequired() {
    AtomicInteger optedOutDropped = new AtomicInteger();
    AtomicInteger taggedMarketing = new AtomicInteger();
    qt().withExamples(300).forAll(HouseholdWorlds.worlds(), taggedRuleSets(), RulesGen.events(), topicHistories())
        .checkAssert((w, rules, event, history) -> {
          org.completecrm.core.view.MemberRecord member = w.current().get(0);
          CustomerView plain = w.viewOf(member);
          TopicLedger ledger = TopicLedger.empty(plain.customerId());
          for (int i = 0; i < history.size(); i++) {
            ledger = ledger.append(TopicEntry.builder().customer(plain.customerId()).topic(TOPICS.get(i % 3))
                .action(history.get(i)).recordedAt(plain.asOf().minus(Duration.ofDays(10 - i))).source("test")
                .evidence("gen").build());
          }
          CustomerView view = plain.withTopics(ledger);
          Decision d = Decisions.decide(event, view, w.view(), Scores.none(), rules, view.asOf());
          for (ChosenAction a : d.actions()) {
            ActionDefinition def = rules.actions().stream().filter(x -> x.id().equals(a.action())).findFirst()
                .orElseThrow();
            if (a.purpose() != Purpose.MARKETING || def.topics().isEmpty()) {
              continue;
            }
            taggedMarketing.incrementAndGet();
            for (String t : def.topics()) {
              assertFalse(ledger.optedOut(t, view.asOf()), a::explanation);
            }
            if (rules.policies().requireStatedInterest().orElse(false)) {
              TopicLedger l = ledger;
              assertTrue(def.topics().stream().anyMatch(t -> l.interested(t, view.asOf())), a::explanation);
            }
          }
          for (CandidateOutcome c : d.candidates()) {
            if (c.decisive() instanceof TopicOptedOut) {
              optedOutDropped.incrementAndGet();
            }
          }
        });
    assertTrue(optedOutDropped.get() > 0 && taggedMarketing.get() > 0,
        "dropped for an opt-out " + optedOutDropped + ", tagged marketing chosen " + taggedMarketing);
  }
}
