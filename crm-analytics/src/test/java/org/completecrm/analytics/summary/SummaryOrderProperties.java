package org.completecrm.analytics.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.completecrm.core.CustomerId;
import org.junit.jupiter.api.Test;

/**
 * Summaries do not depend on the order of the purchases, to the last digit: several purchases
 * of a customer on one day (amounts such as 0.1, 0.2, 0.3, whose floating-point sum depends on
 * the order) are summed exactly.
 */
class SummaryOrderProperties {
  private static final LocalDate START = LocalDate.of(2024, 1, 1);
  private static final LocalDate CALIBRATION_END = LocalDate.of(2024, 3, 31);
  private static final LocalDate OBSERVATION_END = LocalDate.of(2024, 6, 30);

  /** A seeded base of a few customers with many same-day purchases of awkward decimal amounts. */
  private static List<Purchase> purchases(long seed, int count) {
    Random random = new Random(seed);
    List<Purchase> out = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      CustomerId c = CustomerId.of("c-" + random.nextInt(5));
      LocalDate day = START.plusDays(random.nextInt(12) * 15L);
      double amount = (random.nextInt(100_000) + 1) / 100.0 * (random.nextBoolean() ? 1 : 1e-3);
      out.add(new Purchase(c, day, amount));
    }
    return out;
  }

  @Test
  void summariesAndHoldoutsAreTheSameToTheLastDigitForAnyOrderOfThePurchases() {
    qt().withExamples(200).forAll(longs().all(), integers().between(2, 120), longs().all())
        .check((seed, count, shuffle) -> {
          List<Purchase> p = purchases(seed, count);
          List<CalibrationHoldout> before = Summaries.withHoldout(p, CALIBRATION_END, OBSERVATION_END, SummaryUnit.WEEKS);
          List<Purchase> shuffled = new ArrayList<>(p);
          Collections.shuffle(shuffled, new Random(shuffle));
          return before.equals(Summaries.withHoldout(shuffled, CALIBRATION_END, OBSERVATION_END, SummaryUnit.WEEKS))
              && Summaries.discrete(p, CALIBRATION_END, SummaryUnit.WEEKS)
                  .equals(Summaries.discrete(shuffled, CALIBRATION_END, SummaryUnit.WEEKS));
        });
  }

  @Test
  void theAmountsOfADayAreSummedExactlyThenRoundedOnce() {
    CustomerId a = CustomerId.of("a");
    List<Purchase> p = List.of(new Purchase(a, START, 1), new Purchase(a, START.plusDays(7), 0.1),
        new Purchase(a, START.plusDays(7), 0.2), new Purchase(a, START.plusDays(7), 0.3));
    // 0.1 + 0.2 + 0.3 is 0.6000000000000001 in this order and 0.6 in the reverse one
    assertEquals(0.6, Summaries.calibration(p, CALIBRATION_END, SummaryUnit.DAYS).get(0).monetaryValue());
  }
}
