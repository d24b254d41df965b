package org.completecrm.rules.household;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.Map;
import org.completecrm.core.OfferId;
import org.completecrm.core.channel.Channel;
import org.completecrm.core.channel.Purpose;
import org.completecrm.core.score.Scores;
import org.completecrm.rules.Decisions;
import org.completecrm.rules.condition.Condition;
import org.completecrm.rules.condition.InvalidRuleException;
import org.completecrm.rules.event.DecisionEvent;
import org.completecrm.rules.event.EventKind;
import org.completecrm.rules.explain.CandidateOutcome;
import org.completecrm.rules.explain.Decision;
import org.completecrm.rules.explain.Delivery;
import org.completecrm.rules.explain.RoutedToSelfService;
import org.completecrm.rules.fixtures.Customers;
import org.completecrm.rules.ruleset.ActionDefinition;
import org.completecrm.rules.ruleset.ActionKind;
import org.completecrm.rules.ruleset.Effect;
import org.completecrm.rules.ruleset.Rule;
import org.completecrm.rules.ruleset.RuleSet;
import org.junit.jupiter.api.Test;

/** In a web or app session, a cheaper self-service action takes an assisted one's place. */
class SelfServiceRoutesTest {
  private static RuleSet rules(OfferId selfService, Map<Channel, Double> costs) {
    return RuleSet.builder().id("self").version(1)
        .addActions(ActionDefinition.builder().id(OfferId.of("call-back")).kind(ActionKind.SERVICE)
            .purpose(Purpose.SERVICE).channels(EnumSet.of(Channel.PHONE)).selfService(selfService).build())
        .addActions(ActionDefinition.builder().id(OfferId.of("track-online")).kind(ActionKind.SERVICE)
            .purpose(Purpose.SERVICE).channels(EnumSet.of(Channel.WEB, Channel.APP_PUSH)).build())
        .addActions(ActionDefinition.builder().id(OfferId.of("an-offer")).kind(ActionKind.OFFER)
            .purpose(Purpose.MARKETING).channels(EnumSet.of(Channel.EMAIL)).build())
        .addRules(Rule.builder().id("help").when(Condition.alwaysTrue()).addThen(Effect.propose("call-back")).build())
        .channelCosts(costs).build();
  }

  private static Decision decide(RuleSet rules, DecisionEvent event) {
    return Decisions.decide(event, Customers.anaAt(Customers.NOW), Scores.none(), rules, Customers.NOW);
  }

  @Test
  void aWebVisitGetsTheSelfServiceActionInItsSession() {
    Decision d = decide(rules(OfferId.of("track-online"), Map.of(Channel.PHONE, 4.5, Channel.WEB, 0.02)),
        DecisionEvent.of(EventKind.WEB_VISIT));
    assertEquals("track-online", d.actions().get(0).action().value());
    assertEquals(Delivery.IN_SESSION, d.actions().get(0).delivery());
    CandidateOutcome assisted = d.candidates().stream().filter(c -> c.action().value().equals("call-back")).findFirst()
        .orElseThrow();
    RoutedToSelfService why = (RoutedToSelfService) assisted.decisive();
    assertEquals(4.5, why.assistedCost());
    assertTrue(why.text().contains("self-service track-online"), why.text());
  }

  @Test
  void aCallOrADearerSessionKeepsTheAssistedAction() {
    RuleSet cheap = rules(OfferId.of("track-online"), Map.of(Channel.PHONE, 4.5, Channel.WEB, 0.02));
    assertEquals("call-back", decide(cheap, DecisionEvent.inboundCall()).actions().get(0).action().value());
    RuleSet dear = rules(OfferId.of("track-online"), Map.of(Channel.PHONE, 4.5, Channel.WEB, 5.0));
    assertTrue(decide(dear, DecisionEvent.of(EventKind.WEB_VISIT)).candidates().stream()
        .noneMatch(c -> c.decisive() instanceof RoutedToSelfService));
  }

  @Test
  void theAlternativeMustBeAnotherServiceAction() {
    InvalidRuleException e = assertThrows(InvalidRuleException.class,
        () -> org.completecrm.rules.ruleset.internal.CompiledRuleSet.of(rules(OfferId.of("an-offer"), Map.of())));
    assertTrue(e.getMessage().contains("$.actions[0].selfService"), e.getMessage());
  }
}
