package org.completecrm.core.identity;

import static org.completecrm.core.identity.AttributeType.BIRTH_DATE;
import static org.completecrm.core.identity.AttributeType.EMAIL;
import static org.completecrm.core.identity.AttributeType.FAMILY_NAME;
import static org.completecrm.core.identity.AttributeType.GIVEN_NAME;
import static org.completecrm.core.identity.AttributeType.PHONE;
import static org.completecrm.core.testing.IdentityFixtures.aRecord;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What a pair agrees on is evidence of one person only where it is not expected to agree by chance
 * in a table of this size ({@link MatchModel#coincidenceLogOdds}, {@link Resolver#enoughEvidence}):
 * a given name and a birth date with different family names match in a table of ten thousand
 * records and are for review in one of ten million, where an e-mail agreeing is evidence at any
 * size. The names alone ({@link NameOnlyEvidenceTest}) are the case with nothing but two names.
 */
class CoincidenceEvidenceTest {
  private static final SourceRecord BILLING = aRecord("billing", "1", GIVEN_NAME, "Laura", FAMILY_NAME, "Jones",
      BIRTH_DATE, "1964-08-29", PHONE, "07248 622708");
  private static final SourceRecord WEBSHOP = aRecord("webshop", "2", GIVEN_NAME, "laura", FAMILY_NAME, "Carter",
      BIRTH_DATE, "1964-08-29");

  /**
   * The typical model with tables of {@code records} records: the given name 1 in 100 of them, the
   * family names 1 in 500, and two records' birth dates agreeing by chance 1 in 25,000 (about one
   * day in 70 years), as in a table of any size.
   */
  private static MatchModel model(long records) {
    TermFrequencies given = TermFrequencies.ofCounts(Map.of("laura", records / 100, "other", records - records / 100));
    TermFrequencies family = TermFrequencies.ofCounts(Map.of("jones", records / 500, "carter", records / 500,
        "other", records - 2 * records / 500));
    TermFrequencies dates = TermFrequencies.builder().agreement(1.0 / 25_000).unlisted(1.0 / 25_000).records(records).build();
    return MatchModel.builder().from(MatchModel.typical()).putTermFrequencies(Comparison.GIVEN_NAME, given)
        .putTermFrequencies(Comparison.FAMILY_NAME, family).putTermFrequencies(Comparison.BIRTH_DATE, dates).build();
  }

  @Test
  void theExpectedCoincidencesOfAGivenNameAndABirthDateGrowWithTheTable() {
    Prepared p = Prepared.of(List.of(BILLING, WEBSHOP));
    int pattern = p.compare(0, 1);
    assertEquals(3, Prepared.level(pattern, Comparison.GIVEN_NAME.ordinal()));
    assertEquals(0, Prepared.level(pattern, Comparison.FAMILY_NAME.ordinal()));
    assertEquals(3, Prepared.level(pattern, Comparison.BIRTH_DATE.ordinal()));
    // 10,000 x 1/100 x 1/25,000 = 0.004 records expected to agree so by chance; a thousand times as many in the large table
    assertEquals(-Math.log(0.004) / Math.log(2), model(10_000).coincidenceLogOdds(pattern, "laura", ""), 1e-6);
    assertEquals(Math.log(1000) / Math.log(2), model(10_000).coincidenceLogOdds(pattern, "laura", "")
        - model(10_000_000).coincidenceLogOdds(pattern, "laura", ""), 1e-6);
  }

  @Test
  void aGivenNameAndBirthDateWithDifferentFamilyNamesMatchInASmallTableAndAreForReviewInALargeOne() {
    ResolverSettings settings = ResolverSettings.defaults();
    PairDecision small = Resolver.decide(BILLING, WEBSHOP, model(10_000), settings);
    PairDecision large = Resolver.decide(BILLING, WEBSHOP, model(10_000_000), settings);
    assertEquals(small.weight(), large.weight(), 1e-9);
    assertEquals(MatchOutcome.MATCH, small.outcome());
    assertEquals(MatchOutcome.POSSIBLE_MATCH, large.outcome());
  }

  @Test
  void anIdentifierAgreeingIsEvidenceWhateverTheSizeOfTheTable() {
    SourceRecord withEmail = aRecord("webshop", "3", GIVEN_NAME, "laura", FAMILY_NAME, "Carter",
        BIRTH_DATE, "1964-08-29", EMAIL, "laura.c@example.org");
    SourceRecord sameEmail = aRecord("billing", "4", GIVEN_NAME, "Laura", FAMILY_NAME, "Jones",
        BIRTH_DATE, "1964-08-29", EMAIL, "laura.c@example.org");
    Prepared p = Prepared.of(List.of(sameEmail, withEmail));
    int pattern = p.compare(0, 1);
    assertTrue(MatchModel.identifies(Comparison.EMAIL, Prepared.level(pattern, Comparison.EMAIL.ordinal())));
    assertEquals(Double.POSITIVE_INFINITY, model(100_000_000).coincidenceLogOdds(pattern, "laura", ""));
    assertTrue(Resolver.enoughEvidence(p, 0, 1, pattern, model(100_000_000), 0));
    // the same area is shared by many: only the street or postcode up identifies a household
    assertFalse(MatchModel.identifies(Comparison.ADDRESS, 1));
    assertTrue(MatchModel.identifies(Comparison.ADDRESS, 2));
    assertFalse(MatchModel.identifies(Comparison.BIRTH_DATE, 3));
  }

  @Test
  void aSimilarEmailAddressIsAChanceAgreementNotAnIdentifier() {
    // namesakes have similar addresses: the same local part at another domain, or one character apart
    SourceRecord first = aRecord("webshop", "5", GIVEN_NAME, "laura", FAMILY_NAME, "Jones", EMAIL, "laura.jones_3@example.org");
    SourceRecord second = aRecord("billing", "6", GIVEN_NAME, "Laura", FAMILY_NAME, "Jones", EMAIL, "laura.jones_4@example.org");
    Prepared p = Prepared.of(List.of(first, second));
    int pattern = p.compare(0, 1);
    assertEquals(1, Prepared.level(pattern, Comparison.EMAIL.ordinal()));
    assertFalse(MatchModel.identifies(Comparison.EMAIL, 1));
    assertTrue(MatchModel.identifies(Comparison.EMAIL, 2));
    // 10,000 x 1/100 x 1/500 x u(similar) 0.004 records expected to agree so by chance (0.0008); 8 in a table of 100 million
    assertEquals(-Math.log(10_000 * 0.01 * 0.002 * 0.004) / Math.log(2),
        model(10_000).coincidenceLogOdds(pattern, "laura", "jones"), 1e-6);
    assertTrue(Resolver.enoughEvidence(pattern, "laura", "jones", model(10_000), 0));
    assertFalse(Resolver.enoughEvidence(pattern, "laura", "jones", model(100_000_000), 0));
  }

  @Test
  void theFormOfADistributedEngineSaysTheSame() {
    Prepared p = Prepared.of(List.of(BILLING, WEBSHOP));
    int pattern = p.compare(0, 1);
    for (long records : new long[] {10_000, 10_000_000}) {
      assertEquals(Resolver.enoughEvidence(p, 0, 1, pattern, model(records), 0),
          Resolver.enoughEvidence(pattern, "laura", "", model(records), 0));
    }
  }

  @Test
  void theModelKeepsOnlyTheChanceAgreementOfBirthDates() {
    TermFrequencies dates = TermFrequencies.of(List.of("1964-08-29", "1964-08-29", "1970-01-01", ""));
    TermFrequencies kept = TermFrequencies.agreementOnly(dates);
    assertTrue(kept.shares().isEmpty());
    assertEquals(dates.agreement(), kept.agreement(), 0);
    assertEquals(3, kept.records());
    // (2/3)^2 + (1/3)^2
    assertEquals(5.0 / 9, kept.agreement(), 1e-12);
  }
}
