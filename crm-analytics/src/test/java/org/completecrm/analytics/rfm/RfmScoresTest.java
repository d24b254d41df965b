package org.completecrm.analytics.rfm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.completecrm.analytics.summary.CustomerSummary;
import org.completecrm.core.CustomerId;
import org.completecrm.core.InvalidValueException;
import org.junit.jupiter.api.Test;

class RfmScoresTest {
  private static List<CustomerSummary> tenCustomers() {
    List<CustomerSummary> out = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      out.add(CustomerSummary.of(CustomerId.of("c" + i), i, i, 10, 10.0 * i));
    }
    return out;
  }

  @Test
  void quintilesSplitDistinctValuesEvenly() {
    Map<CustomerId, RfmScore> s = RfmScores.quintiles(tenCustomers());
    assertEquals("111", s.get(CustomerId.of("c0")).code());
    assertEquals("111", s.get(CustomerId.of("c1")).code());
    assertEquals("333", s.get(CustomerId.of("c5")).code());
    assertEquals("555", s.get(CustomerId.of("c9")).code());
  }

  @Test
  void tiesShareTheScoreOfTheirFirstPosition() {
    List<CustomerSummary> c = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      c.add(CustomerSummary.of(CustomerId.of("one-timer" + i), 0, 0, 10, 0));
    }
    c.add(CustomerSummary.of(CustomerId.of("x"), 3, 5, 10, 20));
    c.add(CustomerSummary.of(CustomerId.of("y"), 4, 6, 10, 30));
    Map<CustomerId, RfmScore> s = RfmScores.quintiles(c);
    for (int i = 0; i < 8; i++) {
      assertEquals(1, s.get(CustomerId.of("one-timer" + i)).frequency());
    }
    assertEquals(5, s.get(CustomerId.of("x")).frequency());
    assertEquals(5, s.get(CustomerId.of("y")).frequency());
  }

  @Test
  void customThresholdsCountTheThresholdsAtOrBelowTheValue() {
    Map<CustomerId, RfmScore> s = RfmScores.withThresholds(tenCustomers(),
        new double[] {5}, new double[] {1, 2}, new double[] {50, 80, 90});
    assertEquals(new RfmScore(CustomerId.of("c9"), 2, 3, 4), s.get(CustomerId.of("c9")));
    assertEquals(new RfmScore(CustomerId.of("c0"), 1, 1, 1), s.get(CustomerId.of("c0")));
    assertThrows(InvalidValueException.class, () -> RfmScores.withThresholds(tenCustomers(),
        new double[] {5, 4}, new double[0], new double[0]));
  }
}
