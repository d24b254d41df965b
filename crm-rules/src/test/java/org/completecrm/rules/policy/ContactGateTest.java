package org.completecrm.rules.policy;

import static org.completecrm.rules.fixtures.Customers.ANA;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.completecrm.core.EventId;
import org.completecrm.core.HouseholdId;
import org.completecrm.core.CustomerId;
import org.completecrm.core.channel.Channel;
import org.completecrm.core.channel.Purpose;
import org.completecrm.core.consent.ConsentAction;
import org.completecrm.core.household.Household;
import org.completecrm.core.household.HouseholdRole;
import org.completecrm.core.timeline.Direction;
import org.completecrm.core.timeline.Interaction;
import org.completecrm.core.timeline.TimelineEvent;
import org.completecrm.core.view.CustomerView;
import org.completecrm.core.view.CustomerViews;
import org.completecrm.rules.explain.Delivery;
import org.completecrm.rules.fixtures.Customers;
import org.completecrm.rules.ruleset.CapPolicy;
import org.completecrm.rules.ruleset.PolicySettings;
import org.junit.jupiter.api.Test;

class ContactGateTest {
  private static final Instant NOON = Instant.parse("2026-11-23T12:00:00Z");

  @Test
  void saysWhichChannelAndWhyForAServiceMessage() {
    ContactPermission p = ContactGate.check(Customers.anaAt(NOON), Purpose.SERVICE, Set.of(Channel.EMAIL, Channel.PHONE), NOON);
    assertTrue(p.allowed());
    assertEquals(Optional.of(Channel.EMAIL), p.channel(), "e-mail is Ana's first-ranked channel");
    assertEquals(Optional.of(Delivery.OUTBOUND), p.delivery());
    assertEquals("consent:EMAIL/SERVICE", p.decisive().by());
  }

  @Test
  void refusesWithTheConsentEntryThatDecided() {
    ContactPermission p = ContactGate.check(Customers.anaWith(List.of(), NOON), Purpose.MARKETING, Set.of(Channel.POST), NOON);
    assertFalse(p.allowed());
    assertTrue(p.explanation().contains("consent POST/MARKETING: withdrawn (POST/MARKETING withdrawn 2026-03-02T16:20:00Z"),
        p.explanation());
  }

  @Test
  void aWithdrawalAfterTheQuietHoursEndRefusesADeferredContact() {
    Instant late = Instant.parse("2026-11-23T22:00:00Z");
    List<TimelineEvent> none = List.of();
    CustomerView view = CustomerViews.fold(Customers.ana(), Customers.anasConsent()
            .append(Customers.entry(Channel.EMAIL, Purpose.SERVICE, ConsentAction.WITHDRAWN, "2026-11-24T07:00:00Z")),
        Customers.anasPreferences(), none, late);
    ContactPermission p = ContactGate.check(view, Purpose.SERVICE, Set.of(Channel.EMAIL), late);
    assertFalse(p.allowed(), p.explanation());
    assertTrue(p.explanation().contains("after the quiet hours"), p.explanation());
  }

  @Test
  void aHouseholdCapCountsContactsWithEveryMember() {
    CustomerId ben = CustomerId.of("c-ben");
    Household home = Household.empty(HouseholdId.of("h-1")).join(ANA, HouseholdRole.PRIMARY, Instant.parse("2020-01-01T00:00:00Z"))
        .join(ben, HouseholdRole.PARTNER, Instant.parse("2020-01-01T00:00:00Z"));
    List<TimelineEvent> events = List.of(Interaction.builder().id(EventId.of("ben-mail")).customer(ben)
        .at(Instant.parse("2026-11-20T10:00:00Z")).channel(Channel.EMAIL).direction(Direction.OUTBOUND).type("mailing")
        .purpose(Purpose.MARKETING).build());
    CustomerView view = CustomerViews.fold(Customers.ana(), Optional.of(home), Customers.anasConsent(),
        Customers.anasPreferences(), events, NOON);
    PolicySettings householdCap = PolicySettings.builder().addCaps(CapPolicy.builder().id("one-mailing-per-home")
        .channel(Channel.EMAIL).purpose(Purpose.MARKETING).max(1).window(Duration.ofDays(7)).household(true).build()).build();
    ContactPermission p = ContactGate.check(view, Purpose.MARKETING, Set.of(Channel.EMAIL), NOON, householdCap);
    assertFalse(p.allowed());
    assertEquals("policy:cap.one-mailing-per-home", p.decisive().by());
    ContactPermission own = ContactGate.check(view, Purpose.MARKETING, Set.of(Channel.EMAIL), NOON,
        PolicySettings.builder().addCaps(CapPolicy.builder().id("one-mailing-per-person").channel(Channel.EMAIL)
            .purpose(Purpose.MARKETING).max(1).window(Duration.ofDays(7)).build()).build());
    assertTrue(own.allowed(), own.explanation());
  }

  @Test
  void aChannelTheFirmCannotStartIsNeverUsedOutbound() {
    ContactPermission p = ContactGate.check(Customers.anaAt(NOON), Purpose.SERVICE, Set.of(Channel.WEB, Channel.BRANCH), NOON);
    assertFalse(p.allowed());
    assertEquals("policy:channel", p.decisive().by());
  }
}
