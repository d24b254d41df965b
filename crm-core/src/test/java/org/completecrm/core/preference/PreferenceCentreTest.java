package org.completecrm.core.preference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Optional;
import org.completecrm.core.InvalidValueException;
import org.completecrm.core.channel.Channel;
import org.completecrm.core.channel.ChannelPreferences;
import org.completecrm.core.channel.Purpose;
import org.completecrm.core.channel.QuietHours;
import org.completecrm.core.consent.ConsentAction;
import org.completecrm.core.consent.ConsentLedger;
import org.completecrm.core.consent.ConsentStatus;
import org.completecrm.core.customer.Customer;
import org.completecrm.core.preference.SelfServiceRequest.Confirm;
import org.completecrm.core.preference.SelfServiceRequest.OptIn;
import org.completecrm.core.preference.SelfServiceRequest.OptOut;
import org.completecrm.core.preference.SelfServiceRequest.RequestErasure;
import org.completecrm.core.preference.SelfServiceRequest.SetQuietHours;
import org.completecrm.core.preference.SelfServiceRequest.Unsubscribe;
import org.completecrm.core.testing.CustomerFixtures;
import org.junit.jupiter.api.Test;

/** The preference centre on Alice, who has a verified e-mail address and an unverified phone number. */
class PreferenceCentreTest {
  private static final Instant T = Instant.parse("2026-02-01T10:00:00Z");
  private static final Customer ALICE = CustomerFixtures.alice();
  private static final String EMAIL = "alice.abernethy@example.org";
  private static final String PHONE = "+447700900123";
  private static final ConsentLedger EMPTY = ConsentLedger.empty(ALICE.id());
  private static final ChannelPreferences PREFS = ChannelPreferences.none(ZoneId.of("Europe/London"));
  private static final Session WEB = new Session(EMAIL, "web-preference-centre", "session-81", T);

  private static PreferenceOutcome handle(ConsentLedger ledger, SelfServiceRequest r, Session s) {
    return PreferenceCentre.handle(ALICE, ledger, PREFS, r, s);
  }

  @Test
  void anOptInThroughAVerifiedSessionGrantsWithTheSessionAsEvidence() {
    PreferenceOutcome o = handle(EMPTY, new OptIn(Channel.EMAIL, Purpose.MARKETING, Optional.of(EMAIL)), WEB);
    assertTrue(o.accepted());
    assertEquals(ConsentAction.GRANTED, o.entries().get(0).action());
    assertEquals("session-81", o.entries().get(0).evidence());
    assertTrue(EMPTY.append(o.entries().get(0)).effective(Channel.EMAIL, Purpose.MARKETING, EMAIL, T).allowed());
  }

  @Test
  void anOptInForAnUnverifiedNumberIsPendingUntilConfirmed() {
    PreferenceOutcome o = handle(EMPTY, new OptIn(Channel.SMS, Purpose.MARKETING, Optional.of(PHONE)), WEB);
    ConsentLedger pending = EMPTY.append(o.entries().get(0));
    assertEquals(ConsentStatus.PENDING_CONFIRMATION, pending.effective(Channel.SMS, Purpose.MARKETING, PHONE, T).status());
    PreferenceOutcome c = handle(pending, new Confirm(Channel.SMS, Purpose.MARKETING, Optional.of(PHONE)),
        new Session(EMAIL, "sms-reply", "msg-9", T.plusSeconds(60)));
    assertTrue(pending.append(c.entries().get(0)).effective(Channel.SMS, Purpose.MARKETING, PHONE, T.plusSeconds(60)).allowed());
    assertFalse(handle(EMPTY, new Confirm(Channel.SMS, Purpose.MARKETING, Optional.of(PHONE)), WEB).accepted());
  }

  @Test
  void aSessionThroughAnUnverifiedContactPointIsRefusedExceptForOptingOut() {
    Session phone = new Session(PHONE, "app", "session-2", T);
    PreferenceOutcome o = handle(EMPTY, new RequestErasure(), phone);
    assertFalse(o.accepted());
    assertFalse(o.reasons().get(0).contains(PHONE));
    assertTrue(handle(EMPTY, new OptOut(Channel.EMAIL, Purpose.MARKETING, Optional.empty()), phone).accepted());
    PreferenceOutcome u = handle(EMPTY, new Unsubscribe(Channel.EMAIL), new Session("someone@else.example", "link", "m-1", T));
    assertEquals(PreferenceCentre.UNSUBSCRIBED.size(), u.entries().size());
  }

  @Test
  void anOptInForSomeoneElsesAddressIsRefused() {
    PreferenceOutcome o = handle(EMPTY, new OptIn(Channel.EMAIL, Purpose.MARKETING, Optional.of("x@example.org")), WEB);
    assertEquals("the contact point is not one of the customer's", o.reasons().get(0));
  }

  @Test
  void quietHoursAndDataRequestsAreAccepted() {
    QuietHours q = QuietHours.of(LocalTime.of(21, 0), LocalTime.of(8, 0), ZoneId.of("Europe/London"));
    assertEquals(Optional.of(q), handle(EMPTY, new SetQuietHours(Optional.of(q)), WEB).preferences().get().quietHours());
    assertEquals(Optional.of(PreferenceOutcome.DataRequest.ERASURE), handle(EMPTY, new RequestErasure(), WEB).dataRequest());
    assertThrows(InvalidValueException.class, () -> PreferenceCentre.handle(ALICE, ConsentLedger.empty(CustomerFixtures.BJORN),
        PREFS, new RequestErasure(), WEB));
    assertFalse(WEB.toString().contains("alice"));
  }

  @Test
  void aTopicOptOutIsNeverRefusedAndAnInterestNeedsAVerifiedSession() {
    Session unknown = new Session("someone@else.example", "link", "m-2", T);
    PreferenceOutcome out = handle(EMPTY, new SelfServiceRequest.TopicOptOut("mortgages", true), unknown);
    assertTrue(out.accepted());
    org.completecrm.core.interest.TopicLedger topics = org.completecrm.core.interest.TopicLedger.empty(ALICE.id())
        .append(out.topicEntries().get(0));
    assertTrue(topics.optedOut("mortgages", T));
    assertFalse(handle(EMPTY, new SelfServiceRequest.Interest("pensions", true), unknown).accepted());
    PreferenceOutcome interest = handle(EMPTY, new SelfServiceRequest.Interest("pensions", true), WEB);
    assertTrue(topics.append(interest.topicEntries().get(0)).interested("pensions", T));
    assertEquals("session-81", interest.topicEntries().get(0).evidence());
  }
}
