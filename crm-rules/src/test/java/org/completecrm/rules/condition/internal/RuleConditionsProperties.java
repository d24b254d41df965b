package org.completecrm.rules.condition.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.completecrm.core.score.Scores;
import org.completecrm.rules.condition.Condition;
import org.completecrm.rules.event.DecisionEvent;
import org.completecrm.rules.event.EventKind;
import org.completecrm.rules.fixtures.Customers;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.generators.Generate;

/**
 * {@link RuleConditions}: every condition of a list compiled together holds exactly when its own
 * compiled form does, for conditions that share comparisons, asked in any order within one decision.
 */
class RuleConditionsProperties {
  private static int between(RandomnessSource in, int min, int max) {
    return Generate.range(min, max).generate(in);
  }

  /** A comparison from a small pool, so that conditions of one list share many. */
  private static Condition comparison(RandomnessSource in) {
    int t = between(in, 0, 4);
    return switch (between(in, 0, 11)) {
      case 0 -> Condition.on("clv").gte(t * 1000);
      case 1 -> Condition.on("clv").lt(t * 1000);
      case 2 -> Condition.on("pAlive").gt(t / 4.0);
      case 3 -> Condition.on("clv").eq(4200);
      case 4 -> Condition.on("profit").ne(t); // absent: false
      case 5 -> Condition.on("score.propensity.premium-fund-switch").lte(t / 8.0);
      case 6 -> Condition.on("contacts.outbound").within(Duration.ofDays(1 + 30 * t)).lt(t);
      case 7 -> Condition.on("segment").eq(t % 2 == 0 ? "savers" : "nobody");
      case 8 -> Condition.on("event.kind").eq(t % 2 == 0 ? "CAMPAIGN_RUN" : "INBOUND_CALL");
      case 9 -> Condition.on("sinceLastPurchase").lt(Duration.ofDays(1 + 100 * t));
      case 10 -> Condition.on("flags").contains("vip");
      default -> Condition.on("household.size").gte(t);
    };
  }

  private static Gen<Condition> conditions(int depth) {
    return in -> switch (between(in, 0, depth > 0 ? 7 : 4)) {
      case 0, 1, 2 -> comparison(in);
      case 3 -> between(in, 0, 1) == 0 ? Condition.alwaysTrue() : Condition.never();
      case 4 -> Condition.negate(conditions(depth - 1).generate(in));
      case 5 -> Condition.anyOf(conditions(depth - 1).generate(in), conditions(depth - 1).generate(in),
          conditions(depth - 1).generate(in));
      default -> Condition.allOf(conditions(depth - 1).generate(in), conditions(depth - 1).generate(in));
    };
  }

  private static Gen<List<Condition>> lists() {
    return in -> {
      List<Condition> out = new ArrayList<>();
      int n = between(in, 1, 30);
      for (int i = 0; i < n; i++) {
        out.add(conditions(3).generate(in));
      }
      return out;
    };
  }

  @Test
  void eachConditionHoldsExactlyWhenItsCompiledFormDoes() {
    qt().withExamples(300).forAll(lists(), Generate.range(0, 9_000), Generate.range(0, 1)).checkAssert((list, clv, kind) -> {
      Scores scores = Scores.builder().putValues(Scores.CLV, (double) (clv - clv % 500))
          .putValues(Scores.P_ALIVE, (clv % 100) / 100.0)
          .putValues(Scores.propensityOf("premium-fund-switch"), (clv % 8) / 8.0)
          .putLabels(Scores.SEGMENT, "savers").build();
      DecisionEvent event = DecisionEvent.of(kind == 0 ? EventKind.CAMPAIGN_RUN : EventKind.INBOUND_CALL);
      Facts facts = Facts.of(event, Customers.anaAt(Customers.NOW), scores, Customers.NOW);
      Facts fresh = Facts.of(event, Customers.anaAt(Customers.NOW), scores, Customers.NOW);
      RuleConditions together = RuleConditions.of(list);
      byte[] outcomes = together.newOutcomes();
      for (int i = list.size() - 1; i >= 0; i--) { // any order: here the last first
        boolean expected = Conditions.compile(list.get(i), "$").test(fresh);
        assertEquals(expected, together.holds(i, facts, outcomes), list.get(i)::toString);
      }
      for (int i = 0; i < list.size(); i++) { // asked again: the same
        assertEquals(Conditions.compile(list.get(i), "$").test(fresh), together.holds(i, facts, outcomes));
      }
    });
  }
}
