package org.completecrm.rules.household;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import org.completecrm.core.OfferId;
import org.completecrm.core.channel.Channel;
import org.completecrm.core.channel.ChannelPreferences;
import org.completecrm.core.channel.Purpose;
import org.completecrm.core.score.Scores;
import org.completecrm.core.view.CustomerView;
import org.completecrm.core.view.CustomerViews;
import org.completecrm.rules.Decisions;
import org.completecrm.rules.condition.Condition;
import org.completecrm.rules.condition.InvalidRuleException;
import org.completecrm.rules.event.DecisionEvent;
import org.completecrm.rules.explain.Decision;
import org.completecrm.rules.fixtures.Customers;
import org.completecrm.rules.ruleset.ActionDefinition;
import org.completecrm.rules.ruleset.ActionKind;
import org.completecrm.rules.ruleset.Effect;
import org.completecrm.rules.ruleset.Rule;
import org.completecrm.rules.ruleset.RuleSet;
import org.junit.jupiter.api.Test;

/** Messages in the customer's preferred language where the rule set has it, else its own, and the decision says which. */
class MessageLanguageTest {
  private static RuleSet rules(Optional<String> language, Map<String, String> messages) {
    return RuleSet.builder().id("lang").version(1).language(language)
        .addActions(ActionDefinition.builder().id(OfferId.of("fix")).kind(ActionKind.SERVICE).purpose(Purpose.SERVICE)
            .channels(EnumSet.of(Channel.PHONE)).message("We will fix it now.").messages(messages).build())
        .addRules(Rule.builder().id("r").when(Condition.alwaysTrue()).addThen(Effect.propose("fix")).build()).build();
  }

  private static Decision decide(RuleSet rules, Optional<String> preferred) {
    ChannelPreferences prefs = ChannelPreferences.builder().from(Customers.anasPreferences()).language(preferred).build();
    CustomerView view = CustomerViews.fold(Customers.ana(), Customers.anasConsent(), prefs, Customers.anasTimeline(),
        Customers.NOW);
    return Decisions.decide(DecisionEvent.inboundCall(), view, Scores.none(), rules, Customers.NOW);
  }

  @Test
  void thePreferredLanguageWhereGivenElseTheRuleSetsSaidInTheNotes() {
    RuleSet rules = rules(Optional.of("en"), Map.of("de", "Wir beheben es jetzt."));
    Decision de = decide(rules, Optional.of("de-AT"));
    assertEquals(Optional.of("Wir beheben es jetzt."), de.actions().get(0).message());
    assertTrue(de.notes().contains("Message of 'fix' in de, the customer's preferred language."), de.notes()::toString);
    Decision fr = decide(rules, Optional.of("fr-FR"));
    assertEquals(Optional.of("We will fix it now."), fr.actions().get(0).message());
    assertTrue(fr.notes().contains("Message of 'fix' in en, the rule set's language: the rule set has no message in"
        + " fr-FR, the customer's preferred language."), fr.notes()::toString);
    Decision none = decide(rules(Optional.empty(), Map.of()), Optional.of("fr-FR"));
    assertTrue(none.notes().stream().noneMatch(n -> n.startsWith("Message of")), "no language stated, no note");
  }

  @Test
  void messagesInOtherLanguagesNeedTheRuleSetsLanguageAndWellFormedTags() {
    InvalidRuleException noLanguage = assertThrows(InvalidRuleException.class,
        () -> rules(Optional.empty(), Map.of("de", "Jetzt.")));
    assertTrue(noLanguage.getMessage().contains("$.language"), noLanguage.getMessage());
    InvalidRuleException badTag = assertThrows(InvalidRuleException.class,
        () -> rules(Optional.of("en"), Map.of("not a tag", "x")));
    assertTrue(badTag.getMessage().contains("$.actions[0].messages.not a tag"), badTag.getMessage());
  }
}
