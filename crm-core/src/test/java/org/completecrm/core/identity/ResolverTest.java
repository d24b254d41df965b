package org.completecrm.core.identity;

import static org.completecrm.core.identity.AttributeType.ACCOUNT_ID;
import static org.completecrm.core.identity.AttributeType.BIRTH_DATE;
import static org.completecrm.core.identity.AttributeType.EMAIL;
import static org.completecrm.core.identity.AttributeType.FAMILY_NAME;
import static org.completecrm.core.identity.AttributeType.GIVEN_NAME;
import static org.completecrm.core.identity.AttributeType.LOCALITY;
import static org.completecrm.core.identity.AttributeType.PHONE;
import static org.completecrm.core.identity.AttributeType.POSTCODE;
import static org.completecrm.core.identity.AttributeType.STREET;
import static org.completecrm.core.identity.AttributeType.STREET_NUMBER;
import static org.completecrm.core.testing.IdentityFixtures.aRecord;
import static org.completecrm.core.testing.IdentityFixtures.aTypicalModel;
import static org.completecrm.core.testing.IdentityFixtures.verifiedEmail;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.completecrm.core.CustomerId;
import org.completecrm.core.InvalidValueException;
import org.completecrm.core.customer.Customer;
import org.completecrm.core.json.CrmJson;
import org.junit.jupiter.api.Test;

class ResolverTest {
  static final Instant AT = Instant.parse("2026-05-01T09:00:00Z");
  static final ResolverSettings GIVEN = ResolverSettings.builder().model(aTypicalModel()).build();

  static final SourceRecord BILLING = aRecord("billing", "b1", GIVEN_NAME, "William", FAMILY_NAME, "Turner",
      BIRTH_DATE, "1970-04-12", STREET_NUMBER, "12", STREET, "Mill Lane", LOCALITY, "Bath", POSTCODE, "BA1 2AB",
      PHONE, "07700 900123");
  static final SourceRecord WEBSHOP = aRecord("webshop", "w9", GIVEN_NAME, "Bill", FAMILY_NAME, "Tunrer",
      BIRTH_DATE, "1970-04-12", EMAIL, "bill.turner@example.com", PHONE, "+44 7700 900123");
  static final SourceRecord FULFILMENT = aRecord("fulfilment", "f3", GIVEN_NAME, "W", FAMILY_NAME, "TURNER",
      STREET_NUMBER, "12", STREET, "Mill Ln", LOCALITY, "BATH", POSTCODE, "ba12ab");
  static final SourceRecord DAUGHTER = aRecord("billing", "b2", GIVEN_NAME, "Alice", FAMILY_NAME, "Turner",
      BIRTH_DATE, "2001-09-30", STREET_NUMBER, "12", STREET, "Mill Lane", LOCALITY, "Bath", POSTCODE, "BA1 2AB");

  @Test
  void resolvesTyposNicknamesAndFormatsIntoOneCustomerAndKeepsTheDaughterApart() {
    Resolution r = Resolver.resolve(List.of(BILLING, WEBSHOP, FULFILMENT, DAUGHTER), GIVEN, AT);
    CustomerId william = r.customerOf(BILLING.identity()).orElseThrow();
    assertEquals(william, r.customerOf(WEBSHOP.identity()).orElseThrow());
    assertEquals(william, r.customerOf(FULFILMENT.identity()).orElseThrow());
    assertNotEquals(william, r.customerOf(DAUGHTER.identity()).orElseThrow());
    assertEquals(2, r.clusters().size());
    assertEquals(4, r.statistics().records());
    assertTrue(r.statistics().candidatePairs() >= 3, r.statistics()::toString);
  }

  @Test
  void explainsEachDecisionComparisonByComparisonWithoutPersonalData() {
    PairDecision d = Resolver.decide(BILLING, WEBSHOP, aTypicalModel(), GIVEN);
    assertEquals(MatchOutcome.MATCH, d.outcome());
    assertEquals(Comparison.values().length, d.contributions().size());
    assertEquals(d.weight(), d.contributions().stream().mapToDouble(AttributeWeight::weight).sum(), 1e-9);
    assertEquals("CLOSE", d.contributions().get(Comparison.GIVEN_NAME.ordinal()).level().orElseThrow());
    assertEquals("EXACT", d.contributions().get(Comparison.PHONE.ordinal()).level().orElseThrow());
    assertFalse(d.contributions().get(Comparison.EMAIL.ordinal()).level().isPresent());
    String text = d.explanation();
    assertTrue(text.contains("BIRTH_DATE EXACT"), text);
    assertFalse(text.contains("Turner") || text.contains("07700"), text);
    assertEquals(d, CrmJson.read(CrmJson.write(d), PairDecision.class));
  }

  @Test
  void sameAccountIdMatchesByRuleButACoupleSharingAVerifiedEmailStaysApart() {
    SourceRecord a = aRecord("billing", "1", GIVEN_NAME, "Ann", FAMILY_NAME, "Lee", ACCOUNT_ID, "A-77");
    SourceRecord b = aRecord("webshop", "2", GIVEN_NAME, "Anne", FAMILY_NAME, "Leigh", ACCOUNT_ID, "a77");
    PairDecision rule = Resolver.decide(a, b, aTypicalModel(), GIVEN);
    assertEquals("same account id", rule.rule().orElseThrow());
    Resolution r = Resolver.resolve(List.of(a, b), GIVEN, AT);
    assertEquals(1, r.clusters().size());

    SourceRecord him = verifiedEmail(aRecord("webshop", "3", GIVEN_NAME, "Tom", FAMILY_NAME, "Hart",
        BIRTH_DATE, "1960-01-01", EMAIL, "harts@example.com"), AT);
    SourceRecord her = verifiedEmail(aRecord("webshop", "4", GIVEN_NAME, "Jane", FAMILY_NAME, "Hart",
        BIRTH_DATE, "1962-06-06", EMAIL, "harts@example.com"), AT);
    Resolution couple = Resolver.resolve(List.of(him, her), GIVEN, AT);
    assertEquals(2, couple.clusters().size());
    assertEquals(1, couple.statistics().guardRefusals());
  }

  @Test
  void theChainGuardKeepsTwinsApartEvenWhenAThirdRecordLinksBoth() {
    SourceRecord twin1 = aRecord("billing", "1", GIVEN_NAME, "Amy", FAMILY_NAME, "Cole", BIRTH_DATE, "2001-02-03",
        STREET_NUMBER, "4", STREET, "Oak Road", POSTCODE, "OX1 1AA", PHONE, "01865 111222");
    SourceRecord twin2 = aRecord("billing", "2", GIVEN_NAME, "Beth", FAMILY_NAME, "Cole", BIRTH_DATE, "2001-02-03",
        STREET_NUMBER, "4", STREET, "Oak Road", POSTCODE, "OX1 1AA", PHONE, "01865 111222");
    SourceRecord vague = aRecord("fulfilment", "3", FAMILY_NAME, "Cole", BIRTH_DATE, "2001-02-03",
        STREET_NUMBER, "4", STREET, "Oak Road", POSTCODE, "OX1 1AA", PHONE, "01865 111222");
    Resolution r = Resolver.resolve(List.of(twin1, twin2, vague), GIVEN, AT);
    assertNotEquals(r.customerOf(twin1.identity()), r.customerOf(twin2.identity()));
  }

  @Test
  void estimatesTheModelByEmWhenNoneIsGiven() {
    org.completecrm.core.testing.PeopleGen.Labelled data = org.completecrm.core.testing.PeopleGen.generate(800, 7L);
    Resolution r = Resolver.resolve(data.records(), ResolverSettings.defaults(), AT);
    MatchModel m = r.model();
    assertTrue(m.iterations() > 0);
    for (Comparison c : List.of(Comparison.GIVEN_NAME, Comparison.BIRTH_DATE, Comparison.NATIONAL_ID)) {
      assertTrue(m.weight(c, c.levels() - 1) > 0, c + " agreement should weigh for a match: " + m);
      assertTrue(m.weight(c, 0) < 0, c + " disagreement should weigh against: " + m);
    }
    assertEquals(m, CrmJson.read(CrmJson.write(m), MatchModel.class));
  }

  @Test
  void rejectsDuplicateIdentitiesAndBadSettings() {
    InvalidValueException dup = assertThrows(InvalidValueException.class,
        () -> Resolver.resolve(List.of(BILLING, BILLING), GIVEN, AT));
    assertEquals("Resolver.records", dup.field());
    // issue 23: a record key can identify a person; the message shows only its last two characters
    SourceRecord longKey = aRecord("billing", "B-100123", GIVEN_NAME, "Ana");
    InvalidValueException masked = assertThrows(InvalidValueException.class,
        () -> Resolver.resolve(List.of(longKey, longKey), GIVEN, AT));
    assertFalse(masked.getMessage().contains("B-100123"), masked.getMessage());
    assertTrue(masked.getMessage().contains("billing:***23"), masked.getMessage());
    InvalidValueException p = assertThrows(InvalidValueException.class,
        () -> ResolverSettings.builder().matchProbability(1.5).build());
    assertEquals("ResolverSettings.matchProbability", p.field());
    assertThrows(InvalidValueException.class,
        () -> MatchModel.builder().from(aTypicalModel()).prior(0).build());
  }

  @Test
  void goldenRecordFollowsSurvivorshipAndConvertsToACustomer() {
    SourceRecord old = SourceRecord.builder().from(aRecord("fulfilment", "f", GIVEN_NAME, "William", FAMILY_NAME,
        "Turner", BIRTH_DATE, "1970-04-12", PHONE, "01225 000000")).updatedAt(Instant.parse("2020-01-01T00:00:00Z")).build();
    SourceRecord recent = SourceRecord.builder().from(BILLING).updatedAt(Instant.parse("2025-01-01T00:00:00Z")).build();
    ResolverSettings s = ResolverSettings.builder().from(GIVEN).sourceTrust(List.of("webshop", "billing"))
        .putSurvivorship(PHONE, Survivorship.MOST_RECENT).putSurvivorship(GIVEN_NAME, Survivorship.MOST_TRUSTED_SOURCE)
        .build();
    Resolution r = Resolver.resolve(List.of(old, recent, WEBSHOP), s, AT);
    CustomerId c = r.customerOf(BILLING.identity()).orElseThrow();
    GoldenRecord g = r.golden(c);
    assertEquals("Bill", g.get(GIVEN_NAME).orElseThrow());
    assertEquals(WEBSHOP.identity(), g.provenance().get(GIVEN_NAME));
    assertEquals("07700 900123", g.get(PHONE).orElseThrow());
    assertEquals("Turner", g.get(FAMILY_NAME).orElseThrow());
    assertTrue(g.sources().containsAll(g.provenance().values()));
    Customer customer = org.completecrm.core.customer.GoldenCustomers.toCustomer(g, "GB");
    assertEquals(c, customer.id());
    assertEquals(Set.of(old.identity(), recent.identity(), WEBSHOP.identity()), customer.sourceIdentities());
    assertEquals("GB", customer.addresses().get(0).country());
    assertEquals(java.time.LocalDate.of(1970, 4, 12), customer.birthDate().orElseThrow());
    assertEquals(g, CrmJson.read(CrmJson.write(g), GoldenRecord.class));
    assertFalse(g.toString().contains("Turner"));
  }
}
