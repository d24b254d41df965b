package org.completecrm.rules.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.completecrm.core.CustomerId;
import org.completecrm.core.InvalidValueException;
import org.completecrm.core.Money;
import org.completecrm.core.json.CrmJson;
import org.completecrm.rules.Decisions;
import org.completecrm.rules.event.DecisionEvent;
import org.completecrm.rules.explain.Decision;
import org.completecrm.rules.fixtures.Customers;
import org.completecrm.rules.fixtures.SampleRules;
import org.completecrm.rules.ruleset.Guardrail;
import org.completecrm.rules.ruleset.RuleSet;
import org.completecrm.rules.ruleset.Sla;
import org.junit.jupiter.api.Test;

class DecisionComparisonTest {
  private static final RuleSet CURRENT = SampleRules.contactCentre();

  /** The next version: no offers on inbound calls, a shorter complaint call-back, a larger goodwill limit for gold. */
  private static RuleSet next() {
    return RuleSet.builder().from(CURRENT).version(4)
        .rules(CURRENT.rules().stream().filter(r -> !r.id().equals("inbound-offers")).collect(Collectors.toList()))
        .slas(List.of(Sla.builder().from(CURRENT.slas().get(0)).due(Duration.ofHours(2)).build()))
        .guardrails(List.of(Guardrail.builder().from(CURRENT.guardrails().get(0))
            .putLimitsByTier("gold", Money.of("75.00", "GBP")).build()))
        .build();
  }

  private static Decision anasCall(RuleSet rules) {
    return Decisions.decide(DecisionEvent.inboundCall(), Customers.anaAt(Customers.NOW), Customers.anasScores(), rules,
        Customers.NOW);
  }

  private static RuleSet without(String rule) {
    return RuleSet.builder().from(CURRENT).version(5)
        .rules(CURRENT.rules().stream().filter(r -> !r.id().equals(rule)).collect(Collectors.toList())).build();
  }

  private static List<String> lines(DecisionComparison c) {
    return c.changes().stream().map(x -> x.area() + " " + x.kind() + " " + x.subject()).collect(Collectors.toList());
  }

  @Test
  void aDecisionComparedWithItselfIsTheSame() {
    Decision d = anasCall(CURRENT);
    DecisionComparison c = DecisionComparison.of(d, d);
    assertTrue(c.same());
    assertEquals("Customer c-ana, INBOUND_CALL: contact-centre v3 at 2026-11-23T10:15:00Z -> contact-centre v3 at "
        + "2026-11-23T10:15:00Z: the same decision.\n", c.summary());
  }

  @Test
  void theNextVersionOfTheRulesChangesProposalsPromisesAndRoomToAct() {
    DecisionComparison c = DecisionComparison.of(anasCall(CURRENT), anasCall(next()));
    assertEquals(List.of("CANDIDATE REMOVED premium-fund-switch", "CANDIDATE REMOVED isa-top-up",
        "RULE REMOVED inbound-offers",
        "COMMITMENT CHANGED CALL_BACK by billing-disputes ('Call back with the outcome of the complaint')",
        "ALLOWANCE CHANGED goodwill"), lines(c));
    DecisionChange promise = c.changes().get(3);
    assertEquals("due by 2026-11-23T14:15:00Z", promise.before().orElseThrow());
    assertEquals("due by 2026-11-23T12:15:00Z", promise.after().orElseThrow());
    assertEquals("Room to act 'goodwill': goodwill-credit up to GBP 75.00 (was goodwill-credit up to GBP 50.00).",
        c.changes().get(4).text());
    assertEquals("contact-centre v4", c.ruleSetAfter());
  }

  @Test
  void anActionNoLongerChosenSaysWhatBecameOfIt() {
    DecisionComparison c = DecisionComparison.of(anasCall(CURRENT), anasCall(without("overdue-promise")));
    assertEquals(List.of("ACTION CHANGED resolve-complaint", "ACTION REMOVED call-back-now", "RULE REMOVED overdue-promise",
        "ESCALATION REMOVED callback-1", "ALLOWANCE REMOVED goodwill"), lines(c));
    DecisionChange moved = c.changes().get(0);
    assertTrue(moved.text().startsWith("Resolve the open complaint: rank 2 -> 1"), moved.text());
    DecisionChange gone = c.changes().get(1);
    assertEquals("No longer chosen: Keep the overdue call-back now (was " + gone.before().orElseThrow()
        + "); now no rule proposes it.", gone.text());
    // And the other way round: the same changes, added for removed.
    DecisionComparison back = DecisionComparison.of(anasCall(without("overdue-promise")), anasCall(CURRENT));
    assertEquals(List.of("ACTION ADDED call-back-now", "ACTION CHANGED resolve-complaint", "RULE ADDED overdue-promise",
        "ESCALATION ADDED callback-1", "ALLOWANCE ADDED goodwill"), lines(back));
  }

  @Test
  void decisionsAboutDifferentCustomersOrEventsAreNotCompared() {
    Decision d = anasCall(CURRENT);
    Decision other = Decision.builder().from(d).customer(CustomerId.of("c-bea")).build();
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> DecisionComparison.of(d, other));
    assertEquals("DecisionComparison.after.customer", e.field());
    assertEquals("c-bea", e.rejectedValue());
    Decision visit = Decision.builder().from(d).event(DecisionEvent.builder().kind(
        org.completecrm.rules.event.EventKind.WEB_VISIT).build()).build();
    assertEquals("DecisionComparison.after.event",
        assertThrows(InvalidValueException.class, () -> DecisionComparison.of(d, visit)).field());
    assertEquals("DecisionComparison.before",
        assertThrows(InvalidValueException.class, () -> DecisionComparison.of(null, d)).field());
  }

  @Test
  void aComparisonRoundTripsThroughJson() {
    DecisionComparison c = DecisionComparison.of(anasCall(CURRENT), anasCall(next()));
    assertEquals(c, CrmJson.read(CrmJson.write(c), DecisionComparison.class));
  }

  @Test
  void aChangeSaysWhatItWasAndIsConsistently() {
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> DecisionChange.of(ChangeArea.RULE,
        ChangeKind.ADDED, "r1", java.util.Optional.of("fires"), java.util.Optional.of("fires"), "Rule r1 fires now."));
    assertEquals("DecisionChange.kind", e.field());
  }
}
