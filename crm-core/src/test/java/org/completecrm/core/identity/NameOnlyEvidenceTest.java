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
 * A pair whose only evidence is agreement on the names is a match only while the table is small
 * enough for the names to tell one person ({@link Resolver#enoughEvidence}): the same two records
 * match in a table of a thousand records and are a possible match in one of ten million.
 */
class NameOnlyEvidenceTest {
  private static final SourceRecord BILLING = aRecord("billing", "1", GIVEN_NAME, "Lisa", FAMILY_NAME, "Nicholson",
      BIRTH_DATE, "1940-10-13");
  private static final SourceRecord WEBSHOP = aRecord("webshop", "2", GIVEN_NAME, "lisa", FAMILY_NAME, "NICHOLSON",
      EMAIL, "lisa.nicholson@example.org");

  /** The typical model with name tables of {@code records} records: each name 1 in 500 of them, as in a table of any size. */
  private static MatchModel model(long records) {
    TermFrequencies given = TermFrequencies.ofCounts(Map.of("lisa", records / 500, "other", records - records / 500));
    TermFrequencies family = TermFrequencies.ofCounts(Map.of("nicholson", records / 500, "other", records - records / 500));
    return MatchModel.builder().from(MatchModel.typical())
        .putTermFrequencies(Comparison.GIVEN_NAME, given).putTermFrequencies(Comparison.FAMILY_NAME, family).build();
  }

  @Test
  void theOddsOfTheNamesAloneFallWithTheSizeOfTheTableWhereTheirWeightDoesNot() {
    MatchModel small = model(10_000);
    MatchModel large = model(10_000_000);
    assertEquals(small.termFrequencies().get(Comparison.FAMILY_NAME).adjustment("nicholson"),
        large.termFrequencies().get(Comparison.FAMILY_NAME).adjustment("nicholson"), 1e-9);
    // 10,000 x 1/500 x 1/500 = 0.04 namesakes expected; a thousand times as many in the large table
    assertEquals(-Math.log(0.04) / Math.log(2), small.namesOnlyLogOdds("lisa", "nicholson"), 1e-9);
    assertEquals(Math.log(1000) / Math.log(2), small.namesOnlyLogOdds("lisa", "nicholson")
        - large.namesOnlyLogOdds("lisa", "nicholson"), 1e-9);
    assertEquals(Double.NEGATIVE_INFINITY, MatchModel.typical().namesOnlyLogOdds("lisa", "nicholson"));
  }

  @Test
  void aPairAgreeingOnTheNamesAloneMatchesInASmallTableAndIsForReviewInALargeOne() {
    ResolverSettings settings = ResolverSettings.defaults();
    PairDecision small = Resolver.decide(BILLING, WEBSHOP, model(10_000), settings);
    PairDecision large = Resolver.decide(BILLING, WEBSHOP, model(10_000_000), settings);
    assertEquals(small.weight(), large.weight(), 1e-9);
    assertTrue(small.probability() >= settings.matchProbability());
    assertEquals(MatchOutcome.MATCH, small.outcome());
    assertEquals(MatchOutcome.POSSIBLE_MATCH, large.outcome());
  }

  /**
   * A birth date agreeing beside the names makes the agreement a thousand times rarer: still no
   * namesake expected in ten million records ({@link CoincidenceEvidenceTest} for where it is).
   */
  @Test
  void aBirthDateAgreeingBesideTheNamesIsEvidenceInTheLargeTableToo() {
    SourceRecord withPhone = aRecord("webshop", "3", GIVEN_NAME, "lisa", FAMILY_NAME, "NICHOLSON",
        BIRTH_DATE, "1940-10-13", PHONE, "07700 900123");
    Prepared p = Prepared.of(List.of(BILLING, withPhone)).adjustedBy(model(10_000_000));
    int pattern = p.compare(0, 1);
    assertTrue(Resolver.beyondNames(pattern));
    assertTrue(Resolver.enoughEvidence(p, 0, 1, pattern, model(10_000_000), 0));
    Prepared names = Prepared.of(List.of(BILLING, WEBSHOP));
    int namesOnly = names.compare(0, 1);
    assertFalse(Resolver.beyondNames(namesOnly));
    assertTrue(Resolver.mayHaveEnoughEvidence(namesOnly));
    assertFalse(Resolver.enoughEvidence(names, 0, 1, namesOnly, model(10_000_000), 0));
    assertTrue(Resolver.enoughEvidence(names, 0, 1, namesOnly, model(10_000), 0));
    // the form of a distributed engine, from the names agreed on exactly, says the same
    assertFalse(Resolver.enoughEvidence(namesOnly, "lisa", "nicholson", model(10_000_000), 0));
    assertTrue(Resolver.enoughEvidence(namesOnly, "lisa", "nicholson", model(10_000), 0));
    assertFalse(Resolver.enoughEvidence(namesOnly, "", "nicholson", model(10_000), 0));
  }
}
