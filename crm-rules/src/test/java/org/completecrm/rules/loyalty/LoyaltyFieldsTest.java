package org.completecrm.rules.loyalty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.completecrm.core.Money;
import org.completecrm.core.OfferId;
import org.completecrm.core.loyalty.LoyaltyProgramme;
import org.completecrm.core.loyalty.MemberLoyalty;
import org.completecrm.core.loyalty.PeriodFigures;
import org.completecrm.core.loyalty.PointsLedger;
import org.completecrm.core.loyalty.QualificationMeasure;
import org.completecrm.core.testing.LoyaltyFixtures;
import org.completecrm.rules.DecisionContext;
import org.completecrm.rules.event.DecisionEvent;
import org.completecrm.rules.condition.internal.Fields;
import org.completecrm.rules.explain.CandidateOutcome;
import org.completecrm.rules.explain.Decision;
import org.completecrm.rules.fixtures.Customers;
import org.completecrm.rules.ruleset.RuleSet;
import org.completecrm.rules.ruleset.RuleSets;
import org.junit.jupiter.api.Test;

/**
 * Loyalty in rule sets: the fields {@code loyalty.tier}, {@code loyalty.points} and {@code
 * loyalty.pointsExpiringWithin}, and reward and goodwill-points actions that pass the same consent
 * gate as every action.
 */
class LoyaltyFieldsTest {
  static final String RULES = """
      {
        "id": "loyalty", "version": 1,
        "actions": [
          {"id": "points-reminder-letter", "kind": "OFFER", "purpose": "MARKETING", "channels": ["POST"], "value": 30},
          {"id": "points-reminder-email", "kind": "OFFER", "purpose": "MARKETING", "channels": ["EMAIL"], "value": 20},
          {"id": "goodwill-points", "kind": "SERVICE", "purpose": "SERVICE", "channels": ["PHONE"], "value": 40,
           "eligibility": {"field": "loyalty.tier", "op": "in", "value": ["gold", "silver"]}}
        ],
        "rules": [
          {"id": "points-expiring", "priority": 10,
           "when": {"field": "loyalty.pointsExpiringWithin", "within": "P60D", "op": "gte", "value": 500},
           "then": [{"propose": "points-reminder-letter"}, {"propose": "points-reminder-email"}]},
          {"id": "recover-a-valued-member", "priority": 20,
           "when": {"all": [{"field": "complaints.open", "op": "gt", "value": 0},
                            {"field": "loyalty.points", "op": "gte", "value": 0}]},
           "then": [{"propose": "goodwill-points"}]}
        ]
      }
      """;
  static final Instant NOW = Customers.NOW;

  /** Ana: 800 points earned 23 months ago (expiring within 60 days) and 300 last month; gold by profit. */
  static MemberLoyalty anasLoyalty() {
    LoyaltyProgramme programme = LoyaltyFixtures.aValueProgramme();
    PointsLedger ledger = PointsLedger.empty(Customers.ANA)
        .earn(programme, "p1", Money.of("800", "EUR"), Optional.empty(), Optional.empty(), NOW.minusSeconds(86_400L * 700))
        .earn(programme, "p2", Money.of("300", "EUR"), Optional.empty(), Optional.empty(), NOW.minusSeconds(86_400L * 30));
    PeriodFigures figures = PeriodFigures.spendOf(ledger.statementAt(programme, NOW))
        .with(QualificationMeasure.PROFIT, k -> 1500);
    return MemberLoyalty.of(programme, ledger, figures, NOW);
  }

  static Decision decide(Optional<MemberLoyalty> loyalty) {
    return decide(loyalty, Customers.anasTimeline());
  }

  static Decision decide(Optional<MemberLoyalty> loyalty, List<org.completecrm.core.timeline.TimelineEvent> timeline) {
    RuleSet rules = RuleSets.fromJson(RULES);
    DecisionContext context = DecisionContext.builder().event(DecisionEvent.inboundCall()).customer(Customers.ana())
        .consent(Customers.anasConsent()).preferences(Customers.anasPreferences()).timeline(timeline)
        .loyalty(loyalty).build();
    return context.decide(rules, NOW);
  }

  @Test
  void theLoyaltyFieldsAreInTheCatalogue() {
    assertTrue(Fields.names().containsAll(List.of("loyalty.tier", "loyalty.points", "loyalty.pointsExpiringWithin")));
    MemberLoyalty l = anasLoyalty();
    assertEquals("gold", l.tier().tier());
    assertEquals(1100, l.points());
    assertEquals(800, l.pointsExpiringWithin(NOW, java.time.Duration.ofDays(60)));
  }

  @Test
  void aRewardReminderPassesTheConsentGateOnlyWhereConsentIsGiven() {
    Decision d = decide(Optional.of(anasLoyalty()), List.of());
    CandidateOutcome letter = candidate(d, "points-reminder-letter");
    assertFalse(letter.kept(), letter::toString);
    assertTrue(letter.trail().stream().anyMatch(r -> r.text().contains("POST/MARKETING: withdrawn")), letter.trail()::toString);
    assertTrue(d.actions().stream().anyMatch(a -> a.action().equals(OfferId.of("points-reminder-email"))), d::summary);
  }

  @Test
  void aComplaintSuppressesTheRewardReminderAndProposesGoodwillPointsForAValuedMember() {
    Decision d = decide(Optional.of(anasLoyalty()));
    for (String reminder : List.of("points-reminder-letter", "points-reminder-email")) {
      CandidateOutcome c = candidate(d, reminder);
      assertFalse(c.kept(), c::toString);
      assertTrue(c.trail().stream().anyMatch(r -> r.text().contains("No marketing while complaint case-1")), c::toString);
    }
    assertTrue(d.actions().stream().anyMatch(a -> a.action().equals(OfferId.of("goodwill-points"))), d::summary);
  }

  @Test
  void withoutLoyaltyTheFieldsAreAbsentAndNoLoyaltyActionIsProposed() {
    Decision d = decide(Optional.empty());
    assertTrue(d.actions().stream().noneMatch(a -> a.action().value().startsWith("points-")
        || a.action().value().equals("goodwill-points")), d::summary);
  }

  private static CandidateOutcome candidate(Decision d, String id) {
    return d.candidates().stream().filter(c -> c.action().equals(OfferId.of(id))).findFirst().orElseThrow(
        () -> new AssertionError(id + " not a candidate: " + d.summary()));
  }
}
