package org.completecrm.analytics.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import org.completecrm.core.InvalidValueException;
import org.junit.jupiter.api.Test;

/** Value tiers can count potential value (headroom) as well as profit and CLV. */
class ValueTierPotentialTest {
  private static final Map<String, Double> PROFIT = Map.of("h-a", 900.0, "h-b", 100.0, "h-c", 50.0, "h-d", -20.0);
  private static final Map<String, Double> CLV = Map.of("h-a", 1000.0, "h-b", 200.0, "h-c", 100.0, "h-d", 0.0);
  private static final Map<String, Double> HEADROOM = Map.of("h-a", 0.0, "h-b", 5000.0, "h-c", 10.0, "h-d", 0.0);
  private static final ValueTierRules ONE_PLATINUM = new ValueTierRules(0.30, 0.33);

  @Test
  void aHouseholdWithMuchHeadroomRanksWithThoseAlreadyWorthAsMuch() {
    Map<String, ValueTier> byValue = ONE_PLATINUM.assign(PROFIT, CLV);
    assertEquals(ValueTier.PLATINUM, byValue.get("h-a"));
    assertEquals(ValueTier.GOLD, byValue.get("h-b"));
    assertEquals(ValueTier.LEAD, byValue.get("h-d"));
    Map<String, ValueTier> withPotential = ONE_PLATINUM.assign(PROFIT, CLV, HEADROOM, 0.5);
    assertEquals(ValueTier.PLATINUM, withPotential.get("h-b"));
    assertEquals(ValueTier.GOLD, withPotential.get("h-a"));
    assertEquals(ValueTier.LEAD, withPotential.get("h-d"), "potential never lifts a loss-maker with none");
  }

  @Test
  void withWeightZeroTheTiersAreThoseByProfitAndClv() {
    assertEquals(ONE_PLATINUM.assign(PROFIT, CLV), ONE_PLATINUM.assign(PROFIT, CLV, HEADROOM, 0));
    assertEquals(ValueTierRules.DEFAULT.assign(PROFIT, CLV), ValueTierRules.DEFAULT.assign(PROFIT, CLV, Map.of(), 1));
  }

  @Test
  void refusesNegativePotentialAndWeightsOutsideZeroToOne() {
    assertThrows(InvalidValueException.class, () -> ONE_PLATINUM.assign(PROFIT, CLV, Map.of("h-a", -1.0), 0.5));
    assertThrows(InvalidValueException.class, () -> ONE_PLATINUM.assign(PROFIT, CLV, HEADROOM, 1.5));
  }
}
