package org.completecrm.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.List;
import java.util.function.Function;
import org.completecrm.core.testing.InvalidGen;
import org.junit.jupiter.api.Test;

/** Identifiers reject blank, over-long and control-character text, naming the id type. */
class IdentifiersTest {

  @Test
  void invalidTextIsRejectedByEveryIdType() {
    qt().withExamples(100).forAll(InvalidGen.invalidIdTexts()).checkAssert(text -> {
      assertEquals("CustomerId.value", assertThrows(InvalidValueException.class, () -> CustomerId.of(text)).field());
      assertEquals("HouseholdId.value", assertThrows(InvalidValueException.class, () -> HouseholdId.of(text)).field());
      assertEquals("EventId.value", assertThrows(InvalidValueException.class, () -> EventId.of(text)).field());
      assertEquals("TeamId.value", assertThrows(InvalidValueException.class, () -> TeamId.of(text)).field());
      assertEquals("CaseId.value", assertThrows(InvalidValueException.class, () -> CaseId.of(text)).field());
    });
  }

  @Test
  void idsAreEqualExactlyWhenTheirTextIsAndHashAsTheirText() {
    List<Function<String, Object>> kinds = List.of(CustomerId::of, HouseholdId::of, EventId::of, TeamId::of,
        CaseId::of, OfferId::of, CampaignId::of, CommitmentId::of, IdeaId::of, MarketId::of, SourceRecordId::of);
    qt().withExamples(200).forAll(strings().basicLatinAlphabet().ofLengthBetween(1, 12),
        strings().basicLatinAlphabet().ofLengthBetween(1, 12)).assuming((a, b) -> !a.isBlank() && !b.isBlank())
        .checkAssert((a, b) -> {
          for (int k = 0; k < kinds.size(); k++) {
            Object x = kinds.get(k).apply(a);
            assertEquals(x, kinds.get(k).apply(a));
            assertEquals(a.hashCode(), x.hashCode());
            assertEquals(a.equals(b), x.equals(kinds.get(k).apply(b)));
            assertNotEquals(x, kinds.get((k + 1) % kinds.size()).apply(a));
            assertNotEquals(x, a);
          }
        });
  }

  @Test
  void idsCompareByText() {
    assertEquals(-1, Integer.signum(CustomerId.of("c-1").compareTo(CustomerId.of("c-2"))));
    assertEquals(CustomerId.of("c-1"), CustomerId.of("c-1"));
    assertEquals("c-1", CustomerId.of("c-1").toString());
  }
}
