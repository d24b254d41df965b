package org.completecrm.rules.condition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import java.time.Duration;
import java.time.Instant;
import java.util.stream.Stream;
import org.completecrm.core.Money;
import org.completecrm.rules.event.DecisionEvent;
import org.completecrm.rules.event.EventKind;
import org.completecrm.rules.fixtures.Customers;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.completecrm.rules.condition.internal.CompiledCondition;
import org.completecrm.rules.condition.internal.Conditions;
import org.completecrm.rules.condition.internal.Facts;

/**
 * Every operator of every field type, once where it holds and once where it does not, against
 * Ana's call (CLV 4,200, segment savers, tier gold, one open complaint since 18 November, one
 * overdue commitment, one outstanding offer, no flags) and a purchase event of 120 GBP.
 */
class OperatorsTest {
  private static final Instant NOW = Customers.NOW;
  private static final DecisionEvent PURCHASE = DecisionEvent.builder().kind(EventKind.PURCHASE)
      .amount(Money.of("120.00", "GBP")).build();

  static Stream<Arguments> cases() {
    Duration fiveDays = Duration.ofDays(5);
    Instant newYear = Instant.parse("2026-01-01T00:00:00Z");
    Money hundred = Money.of("100.00", "GBP");
    Money hundredTwenty = Money.of("120.00", "GBP");
    return Stream.of(
        // numbers
        call(Condition.on("clv").eq(4200), true),
        call(Condition.on("clv").eq(4201), false),
        call(Condition.on("clv").ne(4201), true),
        call(Condition.on("clv").ne(4200), false),
        call(Condition.on("clv").lt(4201), true),
        call(Condition.on("clv").lt(4200), false),
        call(Condition.on("clv").lte(4200), true),
        call(Condition.on("clv").lte(4199), false),
        call(Condition.on("clv").gt(4199), true),
        call(Condition.on("clv").gt(4200), false),
        call(Condition.on("clv").gte(4200), true),
        call(Condition.on("clv").gte(4201), false),
        call(Condition.on("clv").present(), true),
        call(Condition.on("clv").absent(), false),
        call(Condition.on("feedback.nps").absent(), true),
        call(Condition.on("feedback.nps").present(), false),
        call(Condition.on("score.propensity.premium-fund-switch").eq(0.31), true),
        call(Condition.on("score.unknown").ne(0.31), false),
        call(Condition.on("contacts.count").within(Duration.ofDays(30)).gte(0), true),
        call(Condition.on("contacts.inbound").within(Duration.ofDays(30)).gt(5), false),
        // texts
        call(Condition.on("segment").eq("savers"), true),
        call(Condition.on("segment").eq("young"), false),
        call(Condition.on("segment").ne("young"), true),
        call(Condition.on("segment").ne("savers"), false),
        call(Condition.on("valueTier").in("gold", "platinum"), true),
        call(Condition.on("valueTier").in("silver"), false),
        call(Condition.on("valueTier").notIn("silver"), true),
        call(Condition.on("valueTier").notIn("gold"), false),
        call(Condition.on("label.churnRisk").absent(), true),
        call(Condition.on("label.churnRisk").ne("high"), false),
        call(Condition.on("event.campaign").present(), false),
        // enums
        call(Condition.on("event.kind").eq("INBOUND_CALL"), true),
        call(Condition.on("event.kind").ne("INBOUND_CALL"), false),
        call(Condition.on("complaints.maxSeverity").in("MEDIUM", "HIGH"), true),
        call(Condition.on("complaints.maxSeverity").notIn("MEDIUM"), false),
        call(Condition.on("household.role").absent(), true),
        // sets
        call(Condition.on("offers.outstandingIds").contains("premium-fund-switch"), true),
        call(Condition.on("offers.outstandingIds").contains("gold-card"), false),
        call(Condition.on("offers.outstandingIds").notContains("gold-card"), true),
        call(Condition.on("offers.outstandingIds").notContains("premium-fund-switch"), false),
        call(Condition.on("offers.outstandingIds").containsAny("gold-card", "premium-fund-switch"), true),
        call(Condition.on("offers.outstandingIds").containsAny("gold-card"), false),
        call(Condition.on("flags").isEmpty(), true),
        call(Condition.on("flags").notEmpty(), false),
        call(Condition.on("offers.outstandingIds").notEmpty(), true),
        call(Condition.on("offers.outstandingIds").isEmpty(), false),
        // instants
        call(Condition.on("now").after(newYear), true),
        call(Condition.on("now").before(newYear), false),
        call(Condition.on("now").before(NOW.plusSeconds(1)), true),
        call(Condition.on("now").after(NOW), false),
        call(Condition.on("purchases.last").absent(), true),
        call(Condition.on("purchases.last").before(NOW), false),
        // durations
        call(Condition.on("complaints.openSince").gt(fiveDays), true),
        call(Condition.on("complaints.openSince").gt(Duration.ofDays(6)), false),
        call(Condition.on("complaints.openSince").gte(fiveDays), true),
        call(Condition.on("complaints.openSince").lt(fiveDays), false),
        call(Condition.on("complaints.openSince").lte(Duration.ofDays(6)), true),
        call(Condition.on("complaints.openSince").lte(fiveDays), false),
        call(Condition.on("complaints.openSince").present(), true),
        call(Condition.on("sinceLastPurchase").lt(fiveDays), false),
        // combinators and constants
        call(Condition.allOf(Condition.on("clv").gt(4000), Condition.on("segment").eq("savers")), true),
        call(Condition.allOf(Condition.on("clv").gt(4000), Condition.on("segment").eq("young")), false),
        call(Condition.anyOf(Condition.on("clv").gt(5000), Condition.on("segment").eq("savers")), true),
        call(Condition.anyOf(Condition.on("clv").gt(5000), Condition.on("segment").eq("young")), false),
        call(Condition.negate(Condition.on("clv").gt(5000)), true),
        call(Condition.negate(Condition.on("clv").gt(4000)), false),
        call(Condition.alwaysTrue(), true),
        call(Condition.never(), false),
        // money, on the purchase event
        purchase(Condition.on("event.amount").eq(hundredTwenty), true),
        purchase(Condition.on("event.amount").eq(hundred), false),
        purchase(Condition.on("event.amount").gt(hundred), true),
        purchase(Condition.on("event.amount").lt(hundred), false),
        purchase(Condition.on("event.amount").gte(hundredTwenty), true),
        purchase(Condition.on("event.amount").lte(hundred), false),
        purchase(Condition.on("event.amount").lte(hundredTwenty), true),
        purchase(Condition.on("event.amount").gt(Money.of("100.00", "EUR")), false),
        purchase(Condition.on("event.amount").present(), true),
        call(Condition.on("event.amount").present(), false));
  }

  private static Arguments call(Condition condition, boolean holds) {
    return Arguments.of(DecisionEvent.inboundCall().kind(), condition, holds);
  }

  private static Arguments purchase(Condition condition, boolean holds) {
    return Arguments.of(EventKind.PURCHASE, condition, holds);
  }

  @ParameterizedTest(name = "[{index}] {0}: {1} is {2}")
  @MethodSource("cases")
  void eachOperatorHoldsExactlyWhereItShould(EventKind kind, Condition condition, boolean expected) {
    DecisionEvent event = kind == EventKind.PURCHASE ? PURCHASE : DecisionEvent.inboundCall();
    Facts facts = Facts.of(event, Customers.anaAt(NOW), Customers.anasScores(), NOW);
    CompiledCondition compiled = Conditions.compile(condition, "$");
    assertEquals(expected, compiled.test(facts), condition::toString);
    // The same facts asked twice (memoised fields) answer alike.
    assertEquals(expected, compiled.test(facts), condition::toString);
  }
}
