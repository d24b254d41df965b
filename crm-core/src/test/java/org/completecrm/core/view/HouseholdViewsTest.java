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
import org.completecrm.core.CaseId;
import org.completecrm.core.CustomerId;
import org.completecrm.core.EventId;
import org.completecrm.core.InvalidValueException;
import org.completecrm.core.Money;
import org.completecrm.core.OfferId;
import org.completecrm.core.channel.Channel;
import org.completecrm.core.channel.ChannelPreferences;
import org.completecrm.core.channel.Purpose;
import org.completecrm.core.consent.ConsentLedger;
import org.completecrm.core.customer.Customer;
import org.completecrm.core.holding.Holding;
import org.completecrm.core.household.Household;
import org.completecrm.core.household.HouseholdRole;
import org.completecrm.core.json.CrmJson;
import org.completecrm.core.testing.CommitmentFixtures;
import org.completecrm.core.testing.CustomerFixtures;
import org.completecrm.core.testing.HouseholdFixtures;
import org.completecrm.core.timeline.CaseKind;
import org.completecrm.core.timeline.CaseStatus;
import org.completecrm.core.timeline.CaseUpdated;
import org.completecrm.core.timeline.FlagChanged;
import org.completecrm.core.timeline.OfferPresented;
import org.completecrm.core.timeline.OfferResponded;
import org.completecrm.core.timeline.OfferResponse;
import org.completecrm.core.timeline.Severity;
import org.completecrm.core.timeline.TimelineEvent;
import org.junit.jupiter.api.Test;

/** The household as one relationship: every current member's facts, none of a member who left. */
class HouseholdViewsTest {
  private static final Instant NOW = Instant.parse("2024-05-02T10:00:00Z");
  private static final ChannelPreferences PREFS = ChannelPreferences.none(ZoneId.of("Europe/London"));

  private static MemberRecord record(Customer c, List<TimelineEvent> events, List<Holding> holdings) {
    return MemberRecord.builder().customer(c).consent(ConsentLedger.empty(c.id())).preferences(PREFS)
        .timeline(events).holdings(holdings).build();
  }

  private static final CaseUpdated PARTNER_COMPLAINT = CaseUpdated.builder().id(EventId.of("cc-2"))
      .customer(HouseholdFixtures.PARTNER).at(NOW.minus(Duration.ofDays(2))).caseId(CaseId.of("case-9"))
      .kind(CaseKind.COMPLAINT).severity(Severity.HIGH).status(CaseStatus.OPEN).build();
  private static final OfferPresented JOINT_OFFER = OfferPresented.builder().id(EventId.of("mkt-1"))
      .customer(HouseholdFixtures.DEPENDANT).at(NOW.minus(Duration.ofDays(5))).offer(OfferId.of("family-plan"))
      .channel(Channel.EMAIL).purpose(Purpose.MARKETING).build();
  private static final FlagChanged HARDSHIP = FlagChanged.builder().id(EventId.of("fl-1"))
      .customer(HouseholdFixtures.PARTNER).at(NOW.minus(Duration.ofDays(1))).flag("hardship").raised(true).reason("income lost").build();

  private static List<MemberRecord> records() {
    return List.of(
        record(CustomerFixtures.alice(), List.of(CommitmentFixtures.aCallBackPromised(NOW.minus(Duration.ofDays(3)))),
            List.of(Holding.of(CustomerFixtures.ALICE, "fund", Money.of("1000.00", "GBP"), NOW.minus(Duration.ofDays(9))),
                Holding.of(CustomerFixtures.ALICE, "fund", Money.of("1500.00", "GBP"), NOW.minus(Duration.ofDays(1))),
                Holding.of(CustomerFixtures.ALICE, "fund", Money.of("9999.00", "GBP"), NOW.plus(Duration.ofDays(1))))),
        record(CustomerFixtures.bjorn(), List.of(PARTNER_COMPLAINT, HARDSHIP),
            List.of(Holding.of(HouseholdFixtures.PARTNER, "isa", Money.of("500.00", "GBP"), NOW.minus(Duration.ofDays(3))))),
        record(CustomerFixtures.chiara(), List.of(JOINT_OFFER), List.of()));
  }

  @Test
  void everyCurrentMembersFactsAreTheHouseholds() {
    HouseholdView h = HouseholdViews.fold(HouseholdFixtures.aCoupleWithOneDependant(NOW), records(),
        Optional.of(Money.of("8000.00", "GBP")), NOW);
    assertEquals(List.of(HouseholdRole.PRIMARY, HouseholdRole.PARTNER, HouseholdRole.DEPENDANT),
        h.members().stream().map(HouseholdMember::role).toList());
    assertEquals("member 2 (partner)", h.openComplaints().get(0).member().label());
    assertEquals(Severity.HIGH, h.openComplaints().get(0).serviceCase().severity());
    assertEquals(Set.of("hardship"), h.flags());
    assertEquals(1, h.pendingCommitments().size());
    assertEquals(CustomerFixtures.ALICE, h.pendingCommitments().get(0).member().customer());
    assertEquals(OfferId.of("family-plan"), h.outstandingOffers().get(0).offer().presented().offer());
    assertEquals(3, h.outstandingOffers().get(0).member().position());
    assertEquals(Optional.of(Money.of("2000.00", "GBP")), h.value());
    assertEquals(Optional.of(Money.of("6000.00", "GBP")), h.headroom());
    assertEquals(0.25, h.shareOfWallet().orElseThrow(), 1e-12);
    assertEquals(1, h.contactsWithin(Channel.EMAIL, Duration.ofDays(7)));
    assertEquals(0, h.contactsWithin(Channel.EMAIL, Duration.ofDays(4)));
    assertEquals(h, CrmJson.read(CrmJson.write(h), HouseholdView.class));
  }

  @Test
  void aMemberWhoLeftNoLongerCounts() {
    HouseholdView h = HouseholdViews.fold(HouseholdFixtures.aCoupleAfterThePartnerLeft(NOW), records(), Optional.empty(),
        NOW);
    assertEquals(2, h.members().size());
    assertTrue(h.openComplaints().isEmpty());
    assertTrue(h.flags().isEmpty());
    assertEquals(Optional.of(Money.of("1500.00", "GBP")), h.value());
    assertEquals(Optional.empty(), h.shareOfWallet());
    assertTrue(h.member(HouseholdFixtures.PARTNER).isEmpty());
  }

  @Test
  void aRejectionBeforeTheInstantIsAnAnsweredOffer() {
    OfferResponded no = OfferResponded.builder().id(EventId.of("r-1")).customer(HouseholdFixtures.DEPENDANT)
        .at(NOW.minus(Duration.ofDays(1))).presentation(JOINT_OFFER.id()).offer(JOINT_OFFER.offer())
        .response(OfferResponse.REJECTED).build();
    List<MemberRecord> rs = List.of(records().get(0), records().get(1),
        record(CustomerFixtures.chiara(), List.of(JOINT_OFFER, no), List.of()));
    HouseholdView h = HouseholdViews.fold(HouseholdFixtures.aCoupleWithOneDependant(NOW), rs, Optional.empty(), NOW);
    assertTrue(h.outstandingOffers().isEmpty());
    assertEquals(1, h.answeredOffers(OfferResponse.REJECTED).size());
    HouseholdView before = HouseholdViews.fold(HouseholdFixtures.aCoupleWithOneDependant(NOW), rs, Optional.empty(),
        NOW.minus(Duration.ofDays(2)));
    assertEquals(1, before.outstandingOffers().size());
  }

  @Test
  void refusesRecordsItCannotPlace() {
    Household h = HouseholdFixtures.aCoupleWithOneDependant(NOW);
    InvalidValueException missing = assertThrows(InvalidValueException.class,
        () -> HouseholdViews.fold(h, records().subList(0, 2), Optional.empty(), NOW));
    assertEquals("HouseholdViews.fold.members", missing.field());
    CustomerId stranger = CustomerFixtures.ACME;
    assertThrows(InvalidValueException.class, () -> HouseholdViews.fold(h,
        List.of(record(CustomerFixtures.acme(), List.of(), List.of())), Optional.empty(), NOW));
    assertThrows(InvalidValueException.class, () -> record(CustomerFixtures.alice(), List.of(HARDSHIP), List.of()));
    assertTrue(stranger.value().startsWith("c-"));
  }
}
