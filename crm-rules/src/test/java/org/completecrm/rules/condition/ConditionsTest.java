package org.completecrm.rules.condition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import java.time.Duration;
import java.time.Instant;
import org.completecrm.core.Money;
import org.completecrm.core.score.Scores;
import org.completecrm.rules.event.DecisionEvent;
import org.completecrm.rules.event.EventKind;
import org.completecrm.rules.fixtures.Customers;
import org.junit.jupiter.api.Test;
import org.completecrm.rules.condition.internal.Conditions;
import org.completecrm.rules.condition.internal.Facts;

class ConditionsTest {
  private static final Instant NOW = Customers.NOW;

  private static boolean holds(Condition c, DecisionEvent e, Scores s) {
    return Conditions.compile(c, "$").test(Facts.of(e, Customers.anaAt(NOW), s, NOW));
  }

  private static boolean holds(Condition c) {
    return holds(c, DecisionEvent.inboundCall(), Customers.anasScores());
  }

  @Test
  void fieldsReadTheEventTheViewTheScoresAndTheTime() {
    assertTrue(holds(Condition.on("event.kind").eq("INBOUND_CALL")));
    assertTrue(holds(Condition.on("commitments.overdue").eq(1)));
    assertTrue(holds(Condition.on("complaints.open").gte(1)));
    assertTrue(holds(Condition.on("complaints.maxSeverity").eq("MEDIUM")));
    assertTrue(holds(Condition.on("offers.outstandingIds").contains("premium-fund-switch")));
    assertTrue(holds(Condition.on("clv").gt(4000)));
    assertTrue(holds(Condition.on("score.propensity.premium-fund-switch").lt(0.5)));
    assertTrue(holds(Condition.on("valueTier").in("gold", "platinum")));
    assertTrue(holds(Condition.on("complaints.openSince").gt(Duration.ofDays(5))));
    assertTrue(holds(Condition.on("contacts.outbound").within(Duration.ofDays(2)).eq(1)));
    assertTrue(holds(Condition.on("now").after(Instant.parse("2026-01-01T00:00:00Z"))));
    assertTrue(holds(Condition.on("time.localHour").eq(10)));
    assertTrue(holds(Condition.on("flags").isEmpty()));
  }

  @Test
  void moneyComparesWithinOneCurrencyOnly() {
    DecisionEvent purchase = DecisionEvent.builder().kind(EventKind.PURCHASE).amount(Money.of("120.00", "GBP")).build();
    assertTrue(holds(Condition.on("event.amount").gt(Money.of("100.00", "GBP")), purchase, Scores.none()));
    assertFalse(holds(Condition.on("event.amount").gt(Money.of("100.00", "EUR")), purchase, Scores.none()));
  }

  @Test
  void aComparisonWithAMissingValueIsFalseWhateverTheOperator() {
    assertFalse(holds(Condition.on("segment").eq("gold"), DecisionEvent.inboundCall(), Scores.none()));
    assertFalse(holds(Condition.on("segment").ne("gold"), DecisionEvent.inboundCall(), Scores.none()));
    assertTrue(holds(Condition.on("segment").absent(), DecisionEvent.inboundCall(), Scores.none()));
    for (Condition c : java.util.List.of(Condition.on("clv").eq(0), Condition.on("clv").ne(0), Condition.on("clv").lt(1),
        Condition.on("clv").lte(1), Condition.on("clv").gt(-1), Condition.on("clv").gte(-1),
        Condition.on("feedback.nps").ne(10), Condition.on("score.anything").ne(0.5))) {
      assertFalse(holds(c, DecisionEvent.inboundCall(), Scores.none()), c::toString);
      assertTrue(holds(Condition.negate(c), DecisionEvent.inboundCall(), Scores.none()), c::toString);
    }
    assertTrue(holds(Condition.on("clv").absent(), DecisionEvent.inboundCall(), Scores.none()));
    assertFalse(holds(Condition.on("clv").present(), DecisionEvent.inboundCall(), Scores.none()));
    assertTrue(holds(Condition.on("clv").present()));
  }

  @Test
  void contradictionsAndConstantsAreKnownStatically() {
    Condition c = Condition.on("clv").gt(1);
    assertEquals(Conditions.Truth.NEVER, Conditions.truth(Condition.allOf(c, Condition.negate(c))));
    assertEquals(Conditions.Truth.ALWAYS, Conditions.truth(Condition.anyOf(c, Condition.negate(c))));
    assertEquals(Conditions.Truth.DEPENDS, Conditions.truth(c));
  }
}
