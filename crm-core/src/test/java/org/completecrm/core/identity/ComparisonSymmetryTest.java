package org.completecrm.core.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.completecrm.core.testing.FebrlStyleGen;
import org.completecrm.core.testing.PeopleGen;
import org.junit.jupiter.api.Test;

/**
 * The agreement pattern of two records does not depend on which of them comes first: records are
 * ordered by identity, which says nothing about which source swapped given and family name, so a
 * comparison that read the swap one way only would judge the same two records by their keys.
 */
class ComparisonSymmetryTest {
  private static SourceRecord person(String system, String key, String given, String family, String dob) {
    return SourceRecord.builder().identity(SourceIdentity.of(system, key))
        .attributes(Map.of(AttributeType.GIVEN_NAME, given, AttributeType.FAMILY_NAME, family,
            AttributeType.BIRTH_DATE, dob))
        .build();
  }

  @Test
  void aSwappedRecordWithANicknameReadsTheSameWhicheverComesFirst() {
    // "Cole, Len" (family name in the given-name field, a nickname in the family-name field) and
    // "Leonard Cole": given name close (Len of Leonard), family name exact, in both orders
    SourceRecord swapped = person("a", "1", "Cole", "Len", "1966-07-27");
    SourceRecord plain = person("b", "2", "Leonard", "Cole", "1966-07-27");
    for (List<SourceRecord> two : List.of(List.of(swapped, plain), List.of(plain, swapped))) {
      Prepared p = Prepared.of(two);
      int pattern = p.compare(0, 1);
      assertEquals(2, Prepared.level(pattern, Comparison.GIVEN_NAME.ordinal()), two.get(0).identity().toString());
      assertEquals(3, Prepared.level(pattern, Comparison.FAMILY_NAME.ordinal()), two.get(0).identity().toString());
    }
  }

  @Test
  void everyCandidatePairOfBothGeneratorsComparesTheSameBothWays() {
    for (List<SourceRecord> records : List.of(PeopleGen.harder(1_500, 11L).records(),
        FebrlStyleGen.deduplication(800, 12L).records())) {
      Prepared p = Prepared.of(Resolver.sortedUnique(records));
      long[] pairs = Blocking.candidates(p, ResolverSettings.defaults().maxBlockSize()).pairs();
      for (long pair : pairs) {
        int i = (int) (pair >>> 32);
        int j = (int) pair;
        assertEquals(p.compare(i, j), p.compare(j, i), () -> "pair " + i + ", " + j + " " + p.given[i] + "/" + p.family[i] + " " + p.given[j] + "/" + p.family[j]);
      }
    }
  }
}
