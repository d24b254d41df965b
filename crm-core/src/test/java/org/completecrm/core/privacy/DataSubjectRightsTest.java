package org.completecrm.core.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.completecrm.core.CustomerId;
import org.completecrm.core.EventId;
import org.completecrm.core.InvalidValueException;
import org.completecrm.core.Money;
import org.completecrm.core.channel.Channel;
import org.completecrm.core.channel.Purpose;
import org.completecrm.core.consent.ConsentAction;
import org.completecrm.core.consent.ConsentEntry;
import org.completecrm.core.consent.ConsentLedger;
import org.completecrm.core.holding.Holding;
import org.completecrm.core.identity.SourceIdentity;
import org.completecrm.core.testing.CommitmentFixtures;
import org.completecrm.core.testing.CustomerFixtures;
import org.completecrm.core.testing.HouseholdFixtures;
import org.completecrm.core.timeline.CommitmentMade;
import org.completecrm.core.timeline.TimelineEvent;
import org.completecrm.core.timeline.Transaction;
import org.completecrm.core.timeline.TransactionKind;
import org.junit.jupiter.api.Test;

/** Export, anonymise and erase on Alice's data. */
class DataSubjectRightsTest {
  private static final Instant NOW = Instant.parse("2024-05-01T12:00:00Z");
  private static final CustomerId ALICE = CustomerFixtures.ALICE;
  private static final Transaction PURCHASE = Transaction.builder().id(EventId.of("bill-1")).customer(ALICE)
      .at(NOW.minusSeconds(86400)).source(SourceIdentity.of("billing", "INV-2024-0042"))
      .amount(Money.of("49.90", "EUR")).kind(TransactionKind.PURCHASE).product("fund-growth")
      .putAttributes("note", "Alice paid at the counter").build();

  private static CustomerData alicesData() {
    ConsentLedger consent = ConsentLedger.empty(ALICE).append(ConsentEntry.builder().customer(ALICE)
        .channel(Channel.EMAIL).purpose(Purpose.MARKETING).action(ConsentAction.GRANTED)
        .recordedAt(NOW.minusSeconds(7 * 86400)).source("web-preference-centre").evidence("form-alice-17").build());
    List<TimelineEvent> events = List.of(PURCHASE, CommitmentFixtures.aCallBackPromised(NOW.minusSeconds(3600)));
    return CustomerData.builder().customer(CustomerFixtures.alice()).consent(consent)
        .households(List.of(HouseholdFixtures.aCoupleWithOneDependant(NOW))).events(events)
        .holdings(List.of(Holding.of(ALICE, "fund-growth", Money.of("12000", "EUR"), NOW))).build();
  }

  @Test
  void theExportIsOneJsonDocumentWithEverythingOnAlice() {
    DataSubjectExport export = DataSubjectRights.export(alicesData(), NOW);
    String json = export.toJson();
    assertTrue(json.contains("\"subject\" : \"c-alice\""), json);
    assertTrue(json.contains("Abernethy"));
    assertTrue(json.contains("INV-2024-0042"));
    assertTrue(json.contains("form-alice-17"));
    assertEquals(1, export.memberships().size());
    assertFalse(json.contains(HouseholdFixtures.PARTNER.value()), "the partner's membership is not Alice's data");
    assertEquals(List.of(PURCHASE.id(), EventId.of("e-call-back")),
        export.events().stream().map(TimelineEvent::id).toList());
  }

  @Test
  void anonymisingRemovesPersonalDataAndKeepsAmounts() {
    CustomerData a = DataSubjectRights.anonymise(alicesData(), "host-secret");
    assertTrue(a.customer().anonymised());
    assertTrue(a.customer().id().value().startsWith("p-"));
    Transaction t = (Transaction) a.events().get(0);
    assertEquals(Money.of("49.90", "EUR"), t.amount());
    assertTrue(t.attributes().isEmpty());
    assertEquals("billing", t.source().get().system());
    assertFalse(t.source().get().key().contains("INV"));
    assertEquals(DataSubjectRights.ERASED, ((CommitmentMade) a.events().get(1)).description());
    assertFalse(a.consent().entries().get(0).evidence().contains("alice"));
    assertTrue(a.consent().allows(Channel.EMAIL, Purpose.MARKETING, NOW));
    assertEquals(HouseholdFixtures.aCoupleWithOneDependant(NOW).membersAt(NOW).size(),
        a.households().get(0).membersAt(NOW).size());
    String json = org.completecrm.core.json.CrmJson.write(a);
    for (String pd : List.of("Alice", "Abernethy", "1984-03-07", "Acacia", "alice.abernethy@example.org",
        "+447700900123", "B-1001", "alice84", "INV-2024-0042", "form-alice-17", "c-alice")) {
      assertFalse(json.contains(pd), pd);
    }
  }

  @Test
  void erasingReplacesIdentifiersByTheTombstoneAndDropsSources() {
    CustomerData e = DataSubjectRights.erase(alicesData(), CustomerId.of("erased-7"));
    assertEquals(CustomerId.of("erased-7"), e.customer().id());
    assertTrue(e.customer().sourceIdentities().isEmpty());
    assertEquals(List.of(EventId.of("erased-7-e1"), EventId.of("erased-7-e2")),
        e.events().stream().map(TimelineEvent::id).toList());
    assertEquals(DataSubjectRights.ERASED, e.consent().entries().get(0).evidence());
    assertTrue(e.households().get(0).membersAt(NOW).contains(CustomerId.of("erased-7")));
    assertEquals(Money.of("12000", "EUR"), e.holdings().get(0).value());
  }

  @Test
  void dataOfAnotherCustomerIsRejected() {
    Transaction bobs = Transaction.builder().from(PURCHASE).customer(CustomerId.of("c-bob")).build();
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> CustomerData.builder().from(alicesData()).events(List.of(bobs)).build());
    assertEquals("CustomerData.events[0].customer", e.field());
  }

  @Test
  void aBlankSecretIsRejected() {
    assertEquals("DataSubjectRights.anonymise.secret", assertThrows(InvalidValueException.class,
        () -> DataSubjectRights.anonymise(alicesData(), " ")).field());
  }

  @Test
  void anAnonymisedCustomerCannotCarryPersonalData() {
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> org.completecrm.core.customer.Customer.builder().from(CustomerFixtures.alice()).anonymised(true).build());
    assertEquals("Customer.anonymised", e.field());
  }
}
