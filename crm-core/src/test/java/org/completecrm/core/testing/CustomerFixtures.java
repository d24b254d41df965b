package org.completecrm.core.testing;

import java.time.Instant;
import java.time.LocalDate;
import org.completecrm.core.CustomerId;
import org.completecrm.core.customer.ContactKind;
import org.completecrm.core.customer.ContactPoint;
import org.completecrm.core.customer.Customer;
import org.completecrm.core.customer.PartyKind;
import org.completecrm.core.customer.PostalAddress;
import org.completecrm.core.identity.SourceIdentity;

/** Named customers for example tests. */
public final class CustomerFixtures {
  /** Alice Abernethy. */
  public static final CustomerId ALICE = CustomerId.of("c-alice");
  /** Bjørn Brandström. */
  public static final CustomerId BJORN = CustomerId.of("c-bjorn");
  /** Chiara Castellano. */
  public static final CustomerId CHIARA = CustomerId.of("c-chiara");
  /** Abernethy &amp; Hakimi Ltd. */
  public static final CustomerId ACME = CustomerId.of("c-acme");

  private CustomerFixtures() {}

  /** Alice Abernethy, born 1984-03-07, of 12 Acacia Avenue, London, with a verified e-mail and a phone number, from billing and the web shop. */
  public static Customer alice() {
    return Customer.builder().id(ALICE).kind(PartyKind.PERSON).givenName("Alice").familyName("Abernethy")
        .birthDate(LocalDate.of(1984, 3, 7))
        .addAddresses(PostalAddress.builder().addLines("12 Acacia Avenue").locality("London")
            .postcode("SW1A 1AA").country("GB").build())
        .addContactPoints(ContactPoint.verified(ContactKind.EMAIL, "alice.abernethy@example.org",
            Instant.parse("2023-01-10T09:00:00Z")))
        .addContactPoints(ContactPoint.of(ContactKind.PHONE, "+447700900123"))
        .addSourceIdentities(SourceIdentity.of("billing", "B-1001"), SourceIdentity.of("webshop", "alice84"))
        .build();
  }

  /** Bjørn Brandström, born 1982-11-23, e-mail only, from billing. */
  public static Customer bjorn() {
    return Customer.builder().id(BJORN).kind(PartyKind.PERSON).givenName("Bjørn").familyName("Brandström")
        .birthDate(LocalDate.of(1982, 11, 23))
        .addContactPoints(ContactPoint.of(ContactKind.EMAIL, "bjorn.brandstrom@example.org"))
        .addSourceIdentities(SourceIdentity.of("billing", "B-1002"))
        .build();
  }

  /** Chiara Castellano, born 2010-06-01, no contact points. */
  public static Customer chiara() {
    return Customer.builder().id(CHIARA).kind(PartyKind.PERSON).givenName("Chiara").familyName("Castellano")
        .birthDate(LocalDate.of(2010, 6, 1)).build();
  }

  /** The organisation Abernethy &amp; Hakimi Ltd, founded 1999-04-01, from billing. */
  public static Customer acme() {
    return Customer.builder().id(ACME).kind(PartyKind.ORGANISATION).organisationName("Abernethy & Hakimi Ltd")
        .foundingDate(LocalDate.of(1999, 4, 1))
        .addContactPoints(ContactPoint.of(ContactKind.EMAIL, "accounts@abernethy-hakimi.example"))
        .addSourceIdentities(SourceIdentity.of("billing", "B-9000"))
        .build();
  }
}
