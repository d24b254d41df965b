package org.completecrm.core.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.completecrm.core.CampaignId;
import org.completecrm.core.CaseId;
import org.completecrm.core.CustomerId;
import org.completecrm.core.EventId;
import org.completecrm.core.InvalidValueException;
import org.completecrm.core.OfferId;
import org.completecrm.core.TeamId;
import org.completecrm.core.channel.Channel;
import org.completecrm.core.channel.ChannelPreferences;
import org.completecrm.core.channel.Purpose;
import org.completecrm.core.consent.ConsentAction;
import org.completecrm.core.consent.ConsentEntry;
import org.completecrm.core.consent.ConsentLedger;
import org.completecrm.core.consent.ConsentStatus;
import org.completecrm.core.household.Household;
import org.completecrm.core.household.HouseholdRole;
import org.completecrm.core.identity.SourceIdentity;
import org.completecrm.core.testing.CommitmentFixtures;
import org.completecrm.core.testing.CustomerFixtures;
import org.completecrm.core.testing.HouseholdFixtures;
import org.completecrm.core.timeline.CaseKind;
import org.completecrm.core.timeline.CaseStatus;
import org.completecrm.core.timeline.CaseUpdated;
import org.completecrm.core.timeline.Direction;
import org.completecrm.core.timeline.Interaction;
import org.completecrm.core.timeline.OfferPresented;
import org.completecrm.core.timeline.OfferResponded;
import org.completecrm.core.timeline.OfferResponse;
import org.completecrm.core.timeline.Severity;
import org.completecrm.core.timeline.TimelineEvent;
import org.junit.jupiter.api.Test;

/** What the 360° view shows the frontline: the right hand knows what the left hand did. */
class CustomerViewTest {
  private static final Instant NOW = Instant.parse("2024-05-02T10:00:00Z");
  private static final Instant YESTERDAY = NOW.minus(Duration.ofDays(1));
  private static final CustomerId ALICE = CustomerFixtures.ALICE;
  private static final Household HOUSEHOLD = HouseholdFixtures.aCoupleWithOneDependant(NOW);
  private static final ChannelPreferences PREFS = ChannelPreferences.none(ZoneId.of("Europe/London"));
  private static final ConsentLedger CONSENT = ConsentLedger.empty(ALICE).append(ConsentEntry.builder()
      .customer(ALICE).channel(Channel.EMAIL).purpose(Purpose.MARKETING).action(ConsentAction.GRANTED)
      .recordedAt(NOW.minus(Duration.ofDays(100))).source("web-preference-centre").evidence("form-17").build());

  private static final OfferPresented OFFER_BY_EMAIL = OfferPresented.builder().id(EventId.of("mkt-1")).customer(ALICE)
      .at(YESTERDAY).source(SourceIdentity.of("marketing", "send-881")).offer(OfferId.of("savings-boost"))
      .campaign(CampaignId.of("spring")).channel(Channel.EMAIL).purpose(Purpose.MARKETING)
      .expiresAt(NOW.plus(Duration.ofDays(14))).build();
  private static final Interaction INBOUND_CALL = Interaction.builder().id(EventId.of("cc-1")).customer(ALICE)
      .at(NOW.minus(Duration.ofHours(30))).source(SourceIdentity.of("contact-centre", "call-5"))
      .channel(Channel.PHONE).direction(Direction.INBOUND).type("call").team(TeamId.of("contact-centre")).build();
  private static final CaseUpdated COMPLAINT = CaseUpdated.builder().id(EventId.of("cc-2")).customer(ALICE)
      .at(NOW.minus(Duration.ofHours(29))).caseId(CaseId.of("case-9")).kind(CaseKind.COMPLAINT)
      .severity(Severity.HIGH).status(CaseStatus.OPEN).build();
  private static final Interaction PARTNER_VISIT = Interaction.builder().id(EventId.of("br-1"))
      .customer(HouseholdFixtures.PARTNER).at(NOW.minus(Duration.ofDays(3)))
      .source(SourceIdentity.of("branch", "visit-3")).channel(Channel.BRANCH).direction(Direction.INBOUND).type("visit").build();

  private static final List<TimelineEvent> EVENTS = List.of(OFFER_BY_EMAIL, INBOUND_CALL, COMPLAINT, PARTNER_VISIT,
      CommitmentFixtures.aCallBackPromised(NOW.minus(Duration.ofHours(29))));

  private static CustomerView view(List<TimelineEvent> events, Instant at) {
    return CustomerViews.fold(CustomerFixtures.alice(), Optional.of(HOUSEHOLD), CONSENT, PREFS, events, at);
  }

  @Test
  void theContactCentreSeesTheOfferMarketingSentYesterdayByEmail() {
    CustomerView v = view(EVENTS, NOW);
    assertEquals(1, v.outstandingOffers().size());
    OfferRecord offer = v.outstandingOffers().get(0);
    assertEquals(OfferId.of("savings-boost"), offer.presented().offer());
    assertEquals(Channel.EMAIL, offer.presented().channel());
    assertEquals(YESTERDAY, offer.presented().at());
    assertEquals(Optional.of(YESTERDAY), Optional.ofNullable(v.lastContactByChannel().get(Channel.EMAIL)));
    assertEquals(Set.of("contact-centre", "marketing", "branch"), v.sourceSystems());
  }

  @Test
  void aRespondedOfferIsNoLongerOutstanding() {
    OfferResponded yes = OfferResponded.builder().id(EventId.of("mkt-2")).customer(ALICE).at(NOW.minus(Duration.ofHours(2)))
        .presentation(OFFER_BY_EMAIL.id()).offer(OFFER_BY_EMAIL.offer()).response(OfferResponse.ACCEPTED).build();
    CustomerView v = view(List.of(OFFER_BY_EMAIL, yes), NOW);
    assertTrue(v.outstandingOffers().isEmpty());
    assertEquals(Optional.of(OfferResponse.ACCEPTED), v.offers().get(0).response());
  }

  @Test
  void thePromisedCallBackIsOverdue() {
    CustomerView v = view(EVENTS, NOW);
    assertEquals(1, v.overdueCommitments().size());
    assertEquals(CommitmentFixtures.aCallBack(NOW.minus(Duration.ofHours(29))).id(), v.overdueCommitments().get(0).id());
    assertEquals(1, v.pendingCommitments().size());
  }

  @Test
  void theOpenComplaintIsVisible() {
    CustomerView v = view(EVENTS, NOW);
    assertEquals(1, v.openComplaints().size());
    assertEquals(CaseId.of("case-9"), v.openComplaints().get(0).id());
    CaseUpdated closed = CaseUpdated.builder().from(COMPLAINT).id(EventId.of("cc-3")).at(NOW.minusSeconds(60))
        .status(CaseStatus.CLOSED).build();
    CustomerView later = view(List.of(COMPLAINT, closed), NOW);
    assertTrue(later.openComplaints().isEmpty());
    assertEquals(2, later.cases().get(0).history().size());
  }

  @Test
  void householdContactsShowWhatHappenedWithTheOtherMembers() {
    CustomerView v = view(EVENTS, NOW);
    assertEquals(Optional.of(HOUSEHOLD.id()), v.household());
    assertEquals(Optional.of(HouseholdRole.PRIMARY), v.householdRole());
    assertEquals(Set.of(HouseholdFixtures.PARTNER, HouseholdFixtures.DEPENDANT), v.householdMembers());
    assertEquals(1, v.householdContacts().size());
    assertEquals(Channel.BRANCH, v.householdContacts().get(0).channel());
    assertTrue(v.contacts().stream().noneMatch(c -> c.customer().equals(HouseholdFixtures.PARTNER)));
  }

  @Test
  void consentAndPreferencesAreInTheView() {
    CustomerView v = view(EVENTS, NOW);
    assertEquals(ConsentStatus.GRANTED, v.consentFor(Channel.EMAIL, Purpose.MARKETING).status());
    assertEquals(ConsentStatus.NEVER_GIVEN, v.consentFor(Channel.SMS, Purpose.MARKETING).status());
    assertEquals(PREFS, v.preferences());
  }

  @Test
  void aViewAsOfTheDayBeforeYesterdayDoesNotSeeLaterEvents() {
    CustomerView v = view(EVENTS, NOW.minus(Duration.ofDays(2)));
    assertTrue(v.offers().isEmpty());
    assertTrue(v.cases().isEmpty());
    assertEquals(List.of(), v.contactsWithin(Duration.ofDays(1)));
  }

  @Test
  void twoDifferentEventsWithOneIdAreRejected() {
    Interaction clash = Interaction.builder().from(INBOUND_CALL).type("e-mail").build();
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> view(List.of(INBOUND_CALL, clash), NOW));
    assertEquals("CustomerViews.fold.events", e.field());
  }

  @Test
  void eventsOfStrangersAreRejected() {
    Interaction stranger = Interaction.builder().from(INBOUND_CALL).id(EventId.of("x")).customer(CustomerId.of("c-z")).build();
    assertThrows(InvalidValueException.class, () -> view(List.of(stranger), NOW));
  }

  @Test
  void aResponseRecordedAtTheInstantOfItsPresentationIsApplied() {
    OfferPresented p = OfferPresented.builder().from(OFFER_BY_EMAIL).id(EventId.of("z-presented")).build();
    OfferResponded r = OfferResponded.builder().id(EventId.of("a-response")).customer(ALICE).at(p.at())
        .presentation(p.id()).offer(p.offer()).response(OfferResponse.REJECTED).build();
    assertEquals(Optional.of(OfferResponse.REJECTED), view(List.of(r, p), NOW).offers().get(0).response());
  }

  /** Issue 23: a send deferred to the morning and recorded at its send instant counts from when it is planned. */
  @Test
  void outboundContactsRecordedAfterTheViewsInstantArePlannedContacts() {
    Interaction plannedEmail = Interaction.builder().id(EventId.of("planned-1")).customer(ALICE)
        .at(NOW.plus(Duration.ofHours(10))).channel(Channel.EMAIL).direction(Direction.OUTBOUND).type("decision")
        .purpose(Purpose.MARKETING).build();
    Interaction futureInbound = Interaction.builder().id(EventId.of("later-in")).customer(ALICE)
        .at(NOW.plus(Duration.ofHours(11))).channel(Channel.PHONE).direction(Direction.INBOUND).type("call").build();
    Interaction partnersPlanned = Interaction.builder().id(EventId.of("planned-2")).customer(HouseholdFixtures.PARTNER)
        .at(NOW.plus(Duration.ofHours(12))).channel(Channel.EMAIL).direction(Direction.OUTBOUND).type("decision")
        .purpose(Purpose.MARKETING).build();
    CustomerView v = view(List.of(INBOUND_CALL, plannedEmail, futureInbound, partnersPlanned), NOW);
    assertEquals(List.of(EventId.of("planned-1")), v.plannedContacts().stream().map(Contact::event).toList());
    assertEquals(List.of(EventId.of("planned-2")), v.plannedHouseholdContacts().stream().map(Contact::event).toList());
    assertTrue(v.contacts().stream().noneMatch(c -> c.at().isAfter(NOW)));
    assertEquals(v.plannedContacts(), v.timeline().plannedContacts());
    assertEquals(v.plannedHouseholdContacts(), v.timeline().plannedHouseholdContacts());
    CustomerView later = view(List.of(INBOUND_CALL, plannedEmail, futureInbound, partnersPlanned), NOW.plus(Duration.ofDays(1)));
    assertTrue(later.plannedContacts().isEmpty());
    assertTrue(later.contacts().stream().anyMatch(c -> c.event().equals(EventId.of("planned-1"))));
  }
}
