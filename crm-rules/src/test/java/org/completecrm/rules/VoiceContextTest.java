package org.completecrm.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.completecrm.core.IdeaId;
import org.completecrm.core.InvalidValueException;
import org.completecrm.core.json.CrmJson;
import org.completecrm.core.voice.Ballot;
import org.completecrm.core.voice.CustomerVoice;
import org.completecrm.core.voice.CustomerVoices;
import org.completecrm.core.voice.Idea;
import org.completecrm.core.voice.IdeaStatus;
import org.completecrm.core.voice.VoteDirection;
import org.completecrm.core.voice.VotingRule;
import org.completecrm.rules.event.DecisionEvent;
import org.completecrm.rules.explain.Decision;
import org.completecrm.rules.fixtures.Customers;
import org.completecrm.rules.ruleset.RuleSet;
import org.completecrm.rules.ruleset.RuleSets;
import org.junit.jupiter.api.Test;

/** The customer's voice travels in the decision context (JSON too), is validated in rules, and is never from the future. */
class VoiceContextTest {
  static final String RULES = """
      {
        "id": "voice", "version": 1,
        "actions": [{"id": "delivered-follow-up", "kind": "SERVICE", "purpose": "SERVICE", "channels": ["EMAIL"], "value": 10}],
        "rules": [{"id": "their-idea-is-live", "priority": 10,
                   "when": {"field": "ideas.votedFor.done", "op": "contains", "value": "idea-1"},
                   "then": [{"propose": "delivered-follow-up"}]}]
      }
      """;

  static DecisionContext context(Optional<CustomerVoice> voice) {
    return DecisionContext.builder().event(DecisionEvent.inboundCall()).customer(Customers.ana())
        .consent(Customers.anasConsent()).preferences(Customers.anasPreferences()).timeline(Customers.anasTimeline())
        .voice(voice).build();
  }

  static CustomerVoice voice() {
    Idea idea = Idea.submit(IdeaId.of("idea-1"), "service", "Call-back within two hours", Optional.empty(),
        Customers.NOW.minusSeconds(86_400L * 60));
    Ballot ballot = Ballot.open(idea.id(), VotingRule.ONE_PER_CUSTOMER)
        .cast(idea, Customers.ANA, VoteDirection.UP, Customers.NOW.minusSeconds(86_400L * 30), List.of()).ballot();
    Idea done = idea.changeStatus(IdeaStatus.DONE, Customers.NOW.minusSeconds(86_400L), Optional.empty());
    return CustomerVoices.fold(Customers.ANA, Optional.empty(), List.of(done), List.of(ballot), List.of(), Customers.NOW);
  }

  @Test
  void aContextWithTheVoiceRoundTripsAndItsRuleFires() {
    RuleSet rules = RuleSets.fromJson(RULES);
    DecisionContext c = context(Optional.of(voice()));
    String json = CrmJson.write(c);
    assertTrue(json.contains("\"voice\""), json);
    DecisionContext read = CrmJson.read(json, DecisionContext.class);
    assertEquals(c, read);
    Decision d = read.decide(rules, Customers.NOW);
    assertEquals(List.of("their-idea-is-live"), d.rulesFired());
    Decision without = context(Optional.empty()).decide(rules, Customers.NOW);
    assertTrue(without.rulesFired().isEmpty());
    assertTrue(!CrmJson.write(context(Optional.empty())).contains("\"voice\""));
  }

  @Test
  void aVoiceFoldedAfterTheDecisionInstantIsRefused() {
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> context(Optional.of(voice())).decide(RuleSets.fromJson(RULES), Customers.NOW.minusSeconds(1)));
    assertEquals("CustomerView.voice.asOf", e.field());
  }

  @Test
  void aMisspelledVoiceFieldIsRejectedWithItsPath() {
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> RuleSets.fromJson(RULES.replace("ideas.votedFor.done", "ideas.votedFor.dnoe")));
    assertEquals("ideas.votedFor.dnoe", e.rejectedValue());
    assertTrue(e.getMessage().contains("rules[0].when.field"), e.getMessage());
  }
}
