package org.completecrm.rules.response;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.List;
import org.completecrm.core.channel.Channel;
import org.completecrm.rules.condition.InvalidRuleException;
import org.completecrm.rules.condition.internal.Facts;
import org.completecrm.rules.event.DecisionEvent;
import org.completecrm.rules.event.EventKind;
import org.completecrm.rules.fixtures.Customers;
import org.junit.jupiter.api.Test;

/** Placeholders are resolved when a template is parsed and filled from the decision's facts. */
class TemplateTest {
  private static final Instant NOON = Instant.parse("2026-11-23T12:00:00Z");

  @Test
  void theStatedPlaceholdersAreTheOnesATemplateMayUse() {
    assertEquals(List.of("action.id", "action.name", "channel", "customer.id", "customer.name", "date"),
        List.copyOf(Template.ALWAYS));
    assertEquals(List.of("case.id", "commitment.description", "commitment.dueBy", "customer.givenName",
        "offer.outstanding", "segment", "valueTier"), List.copyOf(Template.OPTIONAL));
  }

  @Test
  void everyPlaceholderIsFilledFromTheFacts() {
    Template t = Template.parse("{customer.name}|{customer.id}|{action.id}|{action.name}|{channel}|{date}|"
        + "{customer.givenName|-}|{segment|-}|{valueTier|-}|{commitment.description|-}|{case.id|-}|"
        + "{offer.outstanding|-}", "t");
    Facts facts = Facts.of(DecisionEvent.of(EventKind.INBOUND_CALL), Customers.anaAt(NOON), Customers.anasScores(), NOON);
    assertEquals("Ana Okafor|c-ana|fund|Fund switch|app push|2026-11-23|Ana|savers|gold|"
        + "Call Ana back with the refund decision|case-1|premium-fund-switch",
        t.render(facts, "fund", "Fund switch", Channel.APP_PUSH));
    assertEquals(List.of("customer.name", "customer.id", "action.id", "action.name", "channel", "date",
        "customer.givenName", "segment", "valueTier", "commitment.description", "case.id", "offer.outstanding"),
        t.placeholders());
  }

  @Test
  void anUnknownPlaceholderOrAMissingFallbackIsRefusedWhenParsed() {
    assertThrows(InvalidRuleException.class, () -> Template.parse("Hello {customer.nickname}", "t"));
    assertThrows(InvalidRuleException.class, () -> Template.parse("Hello {customer.givenName}", "t"));
  }
}
