package org.completecrm.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import com.fasterxml.jackson.core.type.TypeReference;
import java.time.Instant;
import java.util.List;
import org.completecrm.core.CampaignId;
import org.completecrm.core.CaseId;
import org.completecrm.core.CommitmentId;
import org.completecrm.core.CustomerId;
import org.completecrm.core.EventId;
import org.completecrm.core.HouseholdId;
import org.completecrm.core.Money;
import org.completecrm.core.OfferId;
import org.completecrm.core.SourceRecordId;
import org.completecrm.core.TeamId;
import org.completecrm.core.channel.ChannelPreferences;
import org.completecrm.core.channel.Channel;
import org.completecrm.core.channel.ContactFrequency;
import org.completecrm.core.channel.Purpose;
import org.completecrm.core.channel.QuietHours;
import org.completecrm.core.commitment.Commitment;
import org.completecrm.core.commitment.Commitments;
import org.completecrm.core.consent.ConsentEntry;
import org.completecrm.core.consent.ConsentLedger;
import org.completecrm.core.consent.EffectiveConsent;
import org.completecrm.core.customer.ContactPoint;
import org.completecrm.core.customer.Customer;
import org.completecrm.core.customer.PostalAddress;
import org.completecrm.core.holding.Holding;
import org.completecrm.core.household.Household;
import org.completecrm.core.household.Membership;
import org.completecrm.core.identity.SourceIdentity;
import org.completecrm.core.privacy.CustomerData;
import org.completecrm.core.privacy.DataSubjectRights;
import org.completecrm.core.score.Scores;
import org.completecrm.core.testing.CommitmentFixtures;
import org.completecrm.core.testing.CoreGen;
import org.completecrm.core.timeline.CostDriver;
import org.completecrm.core.timeline.TimelineEvent;
import org.completecrm.core.view.CustomerView;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Every value round-trips through {@link CrmJson} exactly: read(write(v)) equals v, and writing again gives the same text. */
class JsonRoundTripProperties {

  static <T> void roundTrips(Gen<T> values, Class<T> type, int examples) {
    qt().withExamples(examples).forAll(values).checkAssert(v -> {
      String json = CrmJson.write(v);
      T back = CrmJson.read(json, type);
      assertEquals(v, back, json);
      assertEquals(json, CrmJson.write(back));
    });
  }

  @Test
  void identifiersRoundTrip() {
    Gen<String> texts = CoreGen.idTexts();
    roundTrips(texts.map(CustomerId::of), CustomerId.class, 200);
    roundTrips(texts.map(HouseholdId::of), HouseholdId.class, 100);
    roundTrips(texts.map(EventId::of), EventId.class, 100);
    roundTrips(texts.map(TeamId::of), TeamId.class, 50);
    roundTrips(texts.map(OfferId::of), OfferId.class, 50);
    roundTrips(texts.map(CampaignId::of), CampaignId.class, 50);
    roundTrips(texts.map(CaseId::of), CaseId.class, 50);
    roundTrips(texts.map(CommitmentId::of), CommitmentId.class, 50);
    roundTrips(texts.map(SourceRecordId::of), SourceRecordId.class, 50);
    roundTrips(CoreGen.sourceIdentities(), SourceIdentity.class, 100);
  }

  @Test
  void moneyRoundTripsWithItsScale() {
    roundTrips(CoreGen.money(), Money.class, 300);
    roundTrips(CoreGen.preciseMoney(), Money.class, 300);
    qt().withExamples(200).forAll(CoreGen.preciseMoney()).checkAssert(m ->
        assertEquals(m.amount().scale(), CrmJson.read(CrmJson.write(m), Money.class).amount().scale()));
  }

  @Test
  void customersAndTheirPartsRoundTrip() {
    roundTrips(CoreGen.postalAddresses(), PostalAddress.class, 200);
    roundTrips(CoreGen.contactPoints(), ContactPoint.class, 200);
    roundTrips(CoreGen.persons(), Customer.class, 200);
    roundTrips(CoreGen.organisations(), Customer.class, 100);
  }

  @Test
  void householdsRoundTrip() {
    roundTrips(CoreGen.memberships(), Membership.class, 200);
    roundTrips(CoreGen.households(), Household.class, 100);
  }

  @Test
  void channelsAndConsentRoundTrip() {
    roundTrips(CoreGen.quietHours(), QuietHours.class, 200);
    roundTrips(CoreGen.contactFrequencies(), ContactFrequency.class, 100);
    roundTrips(CoreGen.channelPreferences(), ChannelPreferences.class, 200);
    roundTrips(CoreGen.consentEntries(), ConsentEntry.class, 200);
    roundTrips(CoreGen.consentLedgers(), ConsentLedger.class, 150);
    Gen<EffectiveConsent> effective = CoreGen.consentLedgers().zip(CoreGen.instants(),
        (l, at) -> l.effective(l.entries().isEmpty() ? Channel.EMAIL : l.entries().get(0).channel(),
            l.entries().isEmpty() ? Purpose.MARKETING : l.entries().get(0).purpose(), at));
    roundTrips(effective, EffectiveConsent.class, 150);
  }

  @Test
  void everyTimelineEventRoundTripsThroughItsInterface() {
    roundTrips(CoreGen.timelineEvents(), TimelineEvent.class, 500);
    roundTrips(CoreGen.costDrivers(), CostDriver.class, 100);
  }

  @Test
  void aWholeTimelineRoundTripsAsAList() {
    Gen<List<TimelineEvent>> timelines = CoreGen.customerIds().flatMap(c ->
        CoreGen.timelines(c, CoreGen.EPOCH, 30, "Alice"));
    qt().withExamples(60).forAll(timelines).checkAssert(events -> {
      String json = CrmJson.write(events, new TypeReference<List<TimelineEvent>>() {});
      List<TimelineEvent> back = CrmJson.read(json, new TypeReference<List<TimelineEvent>>() {});
      assertEquals(events, back);
    });
  }

  @Test
  void commitmentsHoldingsAndScoresRoundTrip() {
    Gen<Commitment> commitments = CoreGen.customerIds()
        .flatMap(c -> CoreGen.timelines(c, CoreGen.EPOCH, 20, "Alice"))
        .map(Commitments::fold)
        .map(cs -> cs.isEmpty() ? CommitmentFixtures.aCallBack(CoreGen.EPOCH) : cs.get(cs.size() - 1));
    roundTrips(commitments, Commitment.class, 100);
    roundTrips(CoreGen.holdings(), Holding.class, 100);
    roundTrips(CoreGen.scores(), Scores.class, 100);
  }

  @Test
  void customerViewsRoundTrip() {
    roundTrips(CoreGen.customerViews(), CustomerView.class, 60);
  }

  @Test
  void customerDataAndItsAnonymisedFormRoundTrip() {
    roundTrips(CoreGen.customerData(), CustomerData.class, 40);
    roundTrips(CoreGen.customerData().map(d -> DataSubjectRights.anonymise(d, "k")), CustomerData.class, 30);
  }

  @Test
  void instantsAreWrittenAsIsoText() {
    assertEquals("\"2024-05-01T00:00:00Z\"", CrmJson.write(Instant.parse("2024-05-01T00:00:00Z")));
  }
}
