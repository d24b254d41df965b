package org.completecrm.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;

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
  void idsCompareByText() {
    assertEquals(-1, Integer.signum(CustomerId.of("c-1").compareTo(CustomerId.of("c-2"))));
    assertEquals(CustomerId.of("c-1"), CustomerId.of("c-1"));
    assertEquals("c-1", CustomerId.of("c-1").toString());
  }
}
