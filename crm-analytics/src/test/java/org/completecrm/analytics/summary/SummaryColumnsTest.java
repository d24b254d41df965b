package org.completecrm.analytics.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.completecrm.core.CustomerId;
import org.completecrm.core.InvalidValueException;
import org.junit.jupiter.api.Test;

class SummaryColumnsTest {
  private static final SummaryColumns BASE = SummaryColumns.of(List.of(
      CustomerSummary.of(CustomerId.of("a"), 0, 0, 30, 0),
      CustomerSummary.of(CustomerId.of("b"), 2, 20.5, 38.86, 22.35),
      new CustomerSummary(CustomerId.of("c"), 5, 30, 32, 10, 3)));

  @Test
  void columnsKeepTheRowsInOrder() {
    assertEquals(3, BASE.size());
    assertEquals(BASE.summary(1, CustomerId.of("b")),
        CustomerSummary.of(CustomerId.of("b"), 2, 20.5, 38.86, 22.35));
    assertEquals(3, BASE.weight(2));
    assertEquals(1, BASE.weight(0));
    assertTrue(!BASE.unitWeights());
    assertEquals(2, BASE.head(2).size());
  }

  @Test
  void aResampledBaseIsSeededDistinctAndStretchedWithinTheJitter() {
    SummaryColumns a = BASE.resampled(10_000, 0.1, 7);
    SummaryColumns b = BASE.resampled(10_000, 0.1, 7);
    Set<String> rows = new HashSet<>();
    for (int i = 0; i < a.size(); i++) {
      assertEquals(a.age(i), b.age(i));
      assertEquals(a.recency(i), b.recency(i));
      assertEquals(a.monetaryValue(i), b.monetaryValue(i));
      int x = a.frequency(i);
      int j = x == 0 ? 0 : x == 2 ? 1 : 2;
      double stretch = a.age(i) / BASE.age(j);
      assertTrue(stretch >= 0.9 && stretch <= 1.1, "stretch " + stretch);
      assertEquals(BASE.recency(j) * stretch, a.recency(i), 1e-9);
      assertEquals(1, a.weight(i));
      rows.add(x + "/" + a.recency(i) + "/" + a.age(i));
    }
    assertEquals(10_000, rows.size(), "distinct rows");
    assertEquals(a.age(3), BASE.resampled(20, 0.1, 7).age(3), "a prefix of a larger base");
  }

  @Test
  void invalidRowsAreRejectedAsSummariesRejectThem() {
    SummaryColumns.Builder b = new SummaryColumns.Builder(1);
    InvalidValueException e =
        assertThrows(InvalidValueException.class, () -> b.add(1, 40, 39, 0, 1));
    assertEquals("CustomerSummary.recency", e.field());
    assertThrows(InvalidValueException.class, () -> b.add(0, 1, 39, 0, 1));
    assertThrows(InvalidValueException.class, () -> b.add(1, 1, Double.NaN, 0, 1));
    assertThrows(InvalidValueException.class, () -> b.add(1, 1, 2, 0, 0));
    assertThrows(InvalidValueException.class, () -> BASE.resampled(-1, 0.1, 1));
    assertThrows(InvalidValueException.class, () -> BASE.resampled(1, 1.5, 1));
  }
}
