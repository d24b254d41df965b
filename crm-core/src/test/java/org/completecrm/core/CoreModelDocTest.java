package org.completecrm.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.completecrm.core.channel.Channel;
import org.completecrm.core.channel.ChannelPreferences;
import org.completecrm.core.channel.Purpose;
import org.completecrm.core.consent.ConsentAction;
import org.completecrm.core.consent.ConsentEntry;
import org.completecrm.core.consent.ConsentLedger;
import org.completecrm.core.consent.EffectiveConsent;
import org.completecrm.core.customer.ContactKind;
import org.completecrm.core.customer.ContactPoint;
import org.completecrm.core.customer.Customer;
import org.completecrm.core.customer.PartyKind;
import org.completecrm.core.holding.Holding;
import org.completecrm.core.household.Household;
import org.completecrm.core.household.HouseholdRole;
import org.completecrm.core.household.Households;
import org.completecrm.core.identity.SourceIdentity;
import org.completecrm.core.privacy.CustomerData;
import org.completecrm.core.privacy.DataSubjectRights;
import org.completecrm.core.testing.CommitmentFixtures;
import org.completecrm.core.timeline.TimelineEvent;
import org.completecrm.core.view.CustomerView;
import org.completecrm.core.view.CustomerViews;
import org.junit.jupiter.api.Test;

/** The code of {@code docs/core-model.md}, compiled and run so that the document stays true. */
class CoreModelDocTest {
  private final Instant t0 = Instant.parse("2024-01-01T00:00:00Z");
  private final Instant now = Instant.parse("2024-05-01T12:00:00Z");
  private final CustomerId alice = CustomerId.of("c-alice");
  private final CustomerId bjorn = CustomerId.of("c-bjorn");
  private final CustomerId chiara = CustomerId.of("c-chiara");

  @Test
  void identifiersAndMoney() {
    Money price = Money.of("49.90", "EUR");
    Money total = price.times(3).plus(Money.of("0.30", "EUR"));
    assertEquals(Money.of("150.00", "EUR"), total);
    assertThrows(InvalidValueException.class, () -> price.plus(Money.of("1.00", "GBP")));
  }

  @Test
  void householdsCustomersConsentViewAndPrivacy() {
    Instant verifiedAt = t0;
    Customer customer = Customer.builder().id(alice).kind(PartyKind.PERSON)
        .givenName("Alice").familyName("Abernethy").birthDate(LocalDate.of(1984, 3, 7))
        .addContactPoints(ContactPoint.verified(ContactKind.EMAIL, "alice@example.org", verifiedAt))
        .addSourceIdentities(SourceIdentity.of("billing", "B-1001"))
        .build();

    Instant t1 = t0.plus(Duration.ofDays(10));
    Instant t2 = t0.plus(Duration.ofDays(20));
    Instant t3 = t0.plus(Duration.ofDays(30));
    Instant t4 = t0.plus(Duration.ofDays(40));
    Instant t5 = t0.plus(Duration.ofDays(50));
    Instant t6 = t0.plus(Duration.ofDays(60));
    Household home = Household.empty(HouseholdId.of("h-1"))
        .join(alice, HouseholdRole.PRIMARY, t0)
        .join(bjorn, HouseholdRole.PARTNER, t1)
        .join(chiara, HouseholdRole.DEPENDANT, t2)
        .changeRole(chiara, HouseholdRole.OTHER, t3);
    Households.Pair moved = Households.move(home, Household.empty(HouseholdId.of("h-2")),
        chiara, HouseholdRole.PRIMARY, t4);
    Households.Pair merged = Households.merge(moved.first(), moved.second(), t5);
    Households.Pair split = Households.split(merged.first(), Set.of(chiara), HouseholdId.of("h-3"), t6);
    Households.requireNoOverlap(List.of(split.first(), split.second(), merged.second()));
    assertEquals(Set.of(alice, bjorn), split.first().membersAt(now));
    assertEquals(Optional.of(chiara), split.second().primaryAt(now));

    ConsentLedger ledger = ConsentLedger.empty(alice)
        .append(ConsentEntry.builder().customer(alice).channel(Channel.EMAIL).purpose(Purpose.MARKETING)
            .action(ConsentAction.GRANTED).recordedAt(t0).expiresAt(t0.plus(Duration.ofDays(365)))
            .source("web-preference-centre").evidence("form-17").build());
    EffectiveConsent e = ledger.effective(Channel.EMAIL, Purpose.MARKETING, now);
    assertTrue(e.allowed());
    assertTrue(e.describe().startsWith("EMAIL/MARKETING: granted (EMAIL/MARKETING granted 2024-"), e.describe());

    ChannelPreferences preferences = ChannelPreferences.none(ZoneId.of("Europe/London"));
    List<TimelineEvent> events = List.of(CommitmentFixtures.aCallBackPromised(now.minus(Duration.ofHours(8))));
    CustomerView view = CustomerViews.fold(customer, Optional.of(split.first()), ledger, preferences, events, now);
    assertEquals(1, view.overdueCommitments().size());
    assertEquals(Set.of(bjorn), view.householdMembers());

    List<Holding> holdings = List.of(Holding.of(alice, "fund-growth", Money.of("1000", "EUR"), now));
    CustomerData data = CustomerData.builder().customer(customer).consent(ledger).preferences(preferences)
        .households(List.of(home)).events(events).holdings(holdings).build();
    String document = DataSubjectRights.export(data, now).toJson();
    CustomerData pseudonymous = DataSubjectRights.anonymise(data, "host-secret");
    CustomerData erased = DataSubjectRights.erase(data, CustomerId.of("erased-7"));
    assertTrue(document.contains("Abernethy"));
    assertTrue(pseudonymous.customer().anonymised());
    assertEquals(CustomerId.of("erased-7"), erased.customer().id());
  }
}
