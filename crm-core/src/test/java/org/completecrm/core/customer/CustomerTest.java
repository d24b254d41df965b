package org.completecrm.core.customer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;

import java.time.LocalDate;
import java.util.List;
import org.completecrm.core.CustomerId;
import org.completecrm.core.InvalidValueException;
import org.completecrm.core.testing.CustomerFixtures;
import org.completecrm.core.testing.InvalidGen;
import org.junit.jupiter.api.Test;

/** Customers, addresses and contact points: validation and redaction on examples. */
class CustomerTest {

  @Test
  void aPersonNeedsAName() {
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> Customer.builder().id(CustomerId.of("c-1")).kind(PartyKind.PERSON).build());
    assertEquals("Customer.familyName", e.field());
    assertEquals("Customer.givenName", assertThrows(InvalidValueException.class,
        () -> Customer.builder().id(CustomerId.of("c-1")).kind(PartyKind.PERSON).givenName(" ").familyName("X").build()).field());
  }

  @Test
  void anOrganisationHasNoBirthDate() {
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> Customer.builder().from(CustomerFixtures.acme())
        .birthDate(LocalDate.of(2000, 1, 1)).build());
    assertEquals("Customer.birthDate", e.field());
  }

  @Test
  void displayNamesAndPreferredContactsFirst() {
    Customer alice = CustomerFixtures.alice();
    assertEquals("Alice Abernethy", alice.displayName());
    assertEquals("Abernethy & Hakimi Ltd", CustomerFixtures.acme().displayName());
    assertEquals(Verification.VERIFIED, alice.contactPoints(ContactKind.EMAIL).get(0).verification());
  }

  @Test
  void invalidEmailsAreRejectedWithoutPrintingThemInFull() {
    qt().forAll(InvalidGen.invalidEmails()).checkAssert(email -> {
      InvalidValueException e = assertThrows(InvalidValueException.class, () -> ContactPoint.of(ContactKind.EMAIL, email));
      assertEquals(true, e.field().startsWith("ContactPoint.value"));
    });
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> ContactPoint.of(ContactKind.EMAIL, "alice.abernethy"));
    assertFalse(e.getMessage().contains("alice.abernethy"), e.getMessage());
  }

  @Test
  void aVerifiedContactPointNeedsItsInstant() {
    assertEquals("ContactPoint.verifiedAt", assertThrows(InvalidValueException.class, () -> ContactPoint.builder()
        .kind(ContactKind.PHONE).value("+447700900123").verification(Verification.VERIFIED).build()).field());
  }

  @Test
  void addressesNeedALineALocalityAndACountryCode() {
    qt().forAll(InvalidGen.invalidCountryCodes()).checkAssert(country -> assertEquals(true,
        assertThrows(InvalidValueException.class, () -> PostalAddress.builder().addLines("1 High St").locality("Bath")
            .country(country).build()).field().startsWith("PostalAddress.country")));
    assertEquals("PostalAddress.lines", assertThrows(InvalidValueException.class,
        () -> PostalAddress.builder().locality("Bath").country("GB").build()).field());
    assertEquals("PostalAddress.validUntil", assertThrows(InvalidValueException.class,
        () -> PostalAddress.builder().addLines("1 High St").locality("Bath").country("GB")
            .validFrom(LocalDate.of(2020, 1, 1)).validUntil(LocalDate.of(2020, 1, 1)).build()).field());
  }

  @Test
  void nullElementsReachTheChecks() {
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> Customer.builder().from(CustomerFixtures.alice())
        .addContactPoints((ContactPoint) null).build());
    assertEquals("Customer.contactPoints[2]", e.field());
  }

  @Test
  void toStringShowsNoPersonalData() {
    Customer alice = CustomerFixtures.alice();
    for (String s : List.of(alice.toString(), alice.addresses().toString(), alice.contactPoints().toString())) {
      for (String pd : List.of("Alice", "Abernethy", "1984-03-07", "12 Acacia Avenue", "alice.abernethy@example.org",
          "+447700900123", "SW1A 1AA")) {
        assertFalse(s.contains(pd), s);
      }
    }
    assertEquals("ContactPoint{EMAIL a***@example.org, VERIFIED}", alice.contactPoints().get(0).toString());
  }
}
