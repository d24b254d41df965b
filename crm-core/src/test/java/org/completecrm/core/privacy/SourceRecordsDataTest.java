package org.completecrm.core.privacy;

import static org.completecrm.core.identity.AttributeType.BIRTH_DATE;
import static org.completecrm.core.identity.AttributeType.EMAIL;
import static org.completecrm.core.identity.AttributeType.FAMILY_NAME;
import static org.completecrm.core.identity.AttributeType.GIVEN_NAME;
import static org.completecrm.core.identity.AttributeType.NATIONAL_ID;
import static org.completecrm.core.identity.AttributeType.PHONE;
import static org.completecrm.core.identity.AttributeType.POSTCODE;
import static org.completecrm.core.identity.AttributeType.STREET;
import static org.completecrm.core.testing.IdentityFixtures.aRecord;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.completecrm.core.CustomerId;
import org.completecrm.core.InvalidValueException;
import org.completecrm.core.consent.ConsentLedger;
import org.completecrm.core.customer.Customer;
import org.completecrm.core.customer.GoldenCustomers;
import org.completecrm.core.identity.Resolution;
import org.completecrm.core.identity.Resolver;
import org.completecrm.core.identity.ResolverSettings;
import org.completecrm.core.identity.SourceIdentity;
import org.completecrm.core.identity.SourceRecord;
import org.completecrm.core.json.CrmJson;
import org.completecrm.core.testing.CustomerFixtures;
import org.completecrm.core.testing.IdentityFixtures;
import org.junit.jupiter.api.Test;

/** Identity source records in the data of a data-subject request: carried, exported, anonymised, erased, in JSON. */
class SourceRecordsDataTest {
  private static final Instant NOW = Instant.parse("2024-05-01T12:00:00Z");
  private static final CustomerId ALICE = CustomerFixtures.ALICE;
  private static final SourceRecord WEBSHOP = SourceRecord.builder()
      .from(aRecord("webshop", "alice84", GIVEN_NAME, "Alice", FAMILY_NAME, "Abernethy", EMAIL,
          "alice.abernethy@example.org", POSTCODE, "EH1 1AA"))
      .putFreeAttributes("gift message", "Happy birthday from Alice").updatedAt(NOW).build();
  private static final SourceRecord BILLING = aRecord("billing", "B-1001", GIVEN_NAME, "Alice", FAMILY_NAME,
      "Abernethy", BIRTH_DATE, "1984-03-07", STREET, "Acacia Avenue", NATIONAL_ID, "QQ123456C");

  private static CustomerData withRecords(List<SourceRecord> records) {
    return CustomerData.builder().customer(CustomerFixtures.alice()).consent(ConsentLedger.empty(ALICE))
        .sourceRecords(records).build();
  }

  @Test
  void theExportCarriesTheRecordsInOrderOfIdentity() {
    DataSubjectExport export = DataSubjectRights.export(withRecords(List.of(WEBSHOP, BILLING)), NOW);
    assertEquals(List.of(BILLING, WEBSHOP), export.sourceRecords());
    String json = export.toJson();
    assertTrue(json.contains("QQ123456C") && json.contains("Happy birthday from Alice"), json);
    assertEquals(export, CrmJson.read(json, DataSubjectExport.class));
  }

  @Test
  void anonymisingKeepsOnlyThePseudonymousIdentityAndTheUpdateInstant() {
    CustomerData a = DataSubjectRights.anonymise(withRecords(List.of(WEBSHOP, BILLING)), "host-secret");
    assertEquals(2, a.sourceRecords().size());
    for (SourceRecord r : a.sourceRecords()) {
      assertTrue(a.customer().sourceIdentities().contains(r.identity()));
      assertTrue(r.attributes().isEmpty() && r.freeAttributes().isEmpty() && r.verified().isEmpty());
    }
    SourceRecord web = a.sourceRecords().stream().filter(r -> r.identity().system().equals("webshop")).findFirst()
        .orElseThrow();
    assertEquals(java.util.Optional.of(NOW), web.updatedAt());
    String json = CrmJson.write(a);
    for (String pd : List.of("Alice", "Abernethy", "1984-03-07", "Acacia", "alice.abernethy@example.org", "EH1 1AA",
        "QQ123456C", "B-1001", "alice84")) {
      assertFalse(json.contains(pd), pd);
    }
  }

  @Test
  void erasingDropsTheRecords() {
    CustomerData e = DataSubjectRights.erase(withRecords(List.of(WEBSHOP, BILLING)), CustomerId.of("erased-7"));
    assertTrue(e.sourceRecords().isEmpty());
    assertFalse(CrmJson.write(e).contains("sourceRecords"));
  }

  @Test
  void theFieldIsLeftOutOfTheJsonWhenEmptyAndRoundTripsWhenNot() {
    CustomerData without = withRecords(List.of());
    String json = CrmJson.write(without);
    assertFalse(json.contains("sourceRecords"), json);
    assertEquals(without, CrmJson.read(json, CustomerData.class));
    CustomerData with = withRecords(List.of(WEBSHOP, BILLING));
    String withJson = CrmJson.write(with);
    assertTrue(withJson.contains("\"sourceRecords\""), withJson);
    CustomerData read = CrmJson.read(withJson, CustomerData.class);
    assertEquals(with, read);
    assertEquals(Map.of("gift message", "Happy birthday from Alice"), read.sourceRecords().get(0).freeAttributes());
  }

  @Test
  void aRecordThatIsNotOneOfTheCustomersSourcesOrIsGivenTwiceIsRejectedWithoutEchoingItsKey() {
    SourceRecord bobs = aRecord("billing", "B-1002", GIVEN_NAME, "Bob");
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> withRecords(List.of(BILLING, bobs)));
    assertEquals("CustomerData.sourceRecords[1].identity", e.field());
    assertFalse(e.getMessage().contains("B-1002"), e.getMessage());
    assertEquals("CustomerData.sourceRecords[1].identity",
        assertThrows(InvalidValueException.class, () -> withRecords(List.of(BILLING, BILLING))).field());
  }

  @Test
  void aHostTakesTheRecordsFromItsResolution() {
    SourceRecord billing = aRecord("billing", "b1", GIVEN_NAME, "William", FAMILY_NAME, "Turner", BIRTH_DATE,
        "1970-04-12", PHONE, "07700 900123");
    SourceRecord webshop = aRecord("webshop", "w9", GIVEN_NAME, "Bill", FAMILY_NAME, "Turner", BIRTH_DATE,
        "1970-04-12", EMAIL, "bill.turner@example.com", PHONE, "+44 7700 900123");
    Resolution resolution = Resolver.resolve(List.of(billing, webshop),
        ResolverSettings.builder().model(IdentityFixtures.aTypicalModel()).build(), NOW);
    CustomerId id = resolution.customerOf(billing.identity()).orElseThrow();
    Customer customer = GoldenCustomers.toCustomer(resolution.golden(id), "GB");
    CustomerData data = CustomerData.builder().customer(customer).consent(ConsentLedger.empty(id))
        .sourceRecords(resolution.recordsOf(id)).build();
    assertEquals(List.of(billing.identity(), webshop.identity()),
        data.sourceRecords().stream().map(SourceRecord::identity).toList());
    assertEquals(java.util.Set.of(SourceIdentity.of("billing", "b1"), SourceIdentity.of("webshop", "w9")),
        customer.sourceIdentities());
  }
}
