package org.completecrm.core.identity;

import static org.completecrm.core.identity.AttributeType.BIRTH_DATE;
import static org.completecrm.core.identity.AttributeType.FAMILY_NAME;
import static org.completecrm.core.identity.AttributeType.GIVEN_NAME;
import static org.completecrm.core.testing.IdentityFixtures.aRecord;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * When two different given names count against two records being one person: a swap in either
 * record explains them, whichever record comes first, and so does a nickname read against the
 * other's family name; twins' names stay unexplained.
 */
class GivenNameEvidenceTest {
  private static Prepared two(SourceRecord a, SourceRecord b) {
    return Prepared.of(List.of(a, b));
  }

  @Test
  void aSwapInEitherRecordExplainsTheGivenNameInBothOrders() {
    // names swapped in one record, whose family name is the one before marriage
    SourceRecord swapped = aRecord("a", "1", GIVEN_NAME, "Lowe", FAMILY_NAME, "Nicola", BIRTH_DATE, "1980-06-10");
    SourceRecord plain = aRecord("b", "2", GIVEN_NAME, "Nicola", FAMILY_NAME, "Mitchell", BIRTH_DATE, "1980-06-10");
    Prepared ab = two(swapped, plain);
    Prepared ba = two(plain, swapped);
    assertFalse(ab.givenNameUnexplained(0, 1));
    assertFalse(ba.givenNameUnexplained(0, 1));
    assertEquals(ab.personEvidence(0, 1, ab.compare(0, 1)), ba.personEvidence(0, 1, ba.compare(0, 1)));
    assertFalse(ab.clearlyDifferent(0, 1, ab.compare(0, 1)));
    assertFalse(ba.clearlyDifferent(0, 1, ba.compare(0, 1)));
  }

  @Test
  void aNicknameAgainstTheOtherFamilyNameExplainsItWhenTheFamilyNameIsMissing() {
    SourceRecord noFamily = aRecord("a", "1", GIVEN_NAME, "Jessica", BIRTH_DATE, "2001-07-10");
    SourceRecord swapped = aRecord("b", "2", GIVEN_NAME, "Cross", FAMILY_NAME, "Jess", BIRTH_DATE, "2001-07-10");
    assertFalse(two(noFamily, swapped).givenNameUnexplained(0, 1));
    assertFalse(two(swapped, noFamily).givenNameUnexplained(0, 1));
  }

  @Test
  void twinsGivenNamesStayUnexplained() {
    SourceRecord anna = aRecord("a", "1", GIVEN_NAME, "Anna", FAMILY_NAME, "Meyer", BIRTH_DATE, "2001-07-10");
    SourceRecord oliver = aRecord("b", "2", GIVEN_NAME, "Oliver", FAMILY_NAME, "Meyer", BIRTH_DATE, "2001-07-10");
    Prepared p = two(anna, oliver);
    assertTrue(p.givenNameUnexplained(0, 1));
    assertTrue(two(oliver, anna).givenNameUnexplained(0, 1));
    assertTrue(p.clearlyDifferent(0, 1, p.compare(0, 1)));
  }
}
