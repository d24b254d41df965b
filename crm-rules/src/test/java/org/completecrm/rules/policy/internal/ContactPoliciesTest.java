package org.completecrm.rules.policy.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.completecrm.core.EventId;
import org.completecrm.core.channel.Channel;
import org.completecrm.core.channel.Purpose;
import org.completecrm.core.score.Scores;
import org.completecrm.core.timeline.Direction;
import org.completecrm.core.view.Contact;
import org.completecrm.rules.condition.internal.Facts;
import org.completecrm.rules.event.DecisionEvent;
import org.completecrm.rules.event.EventKind;
import org.completecrm.rules.explain.ChannelVolumeReached;
import org.completecrm.rules.fixtures.Customers;
import org.completecrm.rules.policy.ContactPermission;
import org.completecrm.rules.ruleset.PolicySettings;
import org.junit.jupiter.api.Test;

/** The contact policies apply in the order the business states them, and judge the contacts planned so far. */
class ContactPoliciesTest {
  private static final Instant NOON = Instant.parse("2026-11-23T12:00:00Z");

  @Test
  void thePoliciesApplyInTheirStatedOrder() {
    assertEquals(List.of("Suppression", "HouseholdSuppression", "CoolDown", "OutboundChannel", "Consent", "QuietHoursDeferral",
        "ConsentWhenSent", "ChannelVolume", "CustomerFrequency", "Caps"),
        ContactPolicies.IN_ORDER.stream().map(p -> p.getClass().getSimpleName()).toList());
  }

  @Test
  void aChannelsVerdictIsWorkedOutAgainOnceAContactIsPlannedOnIt() {
    ContactPolicies policies = policies();
    List<Contact> planned = new ArrayList<>();
    ContactPermission first = ask(policies, planned);
    assertTrue(first.allowed(), first.explanation());
    assertEquals(first, ask(policies, planned), "nothing planned in between: the same verdict");
    assertEquals(first, ask(policies(), planned), "the same verdict as fresh policies give");

    planned.add(Contact.builder().event(EventId.of("planned:1")).customer(Customers.ANA).channel(Channel.EMAIL)
        .direction(Direction.OUTBOUND).purpose(Purpose.SERVICE).at(NOON).build());
    ContactPermission second = ask(policies, planned);
    assertFalse(second.allowed(), "one contact per channel, and e-mail has one planned now");
    assertEquals(new ChannelVolumeReached(Channel.EMAIL, 1, 1), second.decisive());
    assertEquals(second, ask(policies(), planned), "the same verdict as fresh policies give");
  }

  private static ContactPolicies policies() {
    Facts facts = Facts.of(DecisionEvent.of(EventKind.CAMPAIGN_RUN), Customers.anaAt(NOON), Scores.none(), NOON);
    return ContactPolicies.of(facts, PolicySettings.none(), c -> 0.0);
  }

  private static ContactPermission ask(ContactPolicies policies, List<Contact> planned) {
    return policies.permission(Purpose.SERVICE, Set.of(Channel.EMAIL), Optional.empty(), Optional.empty(), planned, 1);
  }
}
