package org.completecrm.analytics.clv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.completecrm.analytics.summary.CustomerSummary;
import org.completecrm.analytics.value.BgNbdModel;
import org.completecrm.analytics.value.GammaGammaModel;
import org.completecrm.core.CustomerId;
import org.completecrm.core.HouseholdId;
import org.completecrm.core.InvalidValueException;
import org.completecrm.core.household.Household;
import org.completecrm.core.household.HouseholdRole;
import org.junit.jupiter.api.Test;

class CustomerValuesTest {
  private static final BgNbdModel MODEL = new BgNbdModel(0.243, 4.414, 0.793, 2.426);
  private static final GammaGammaModel SPEND = new GammaGammaModel(6.25, 3.74, 15.44);
  private static final CustomerId ANN = CustomerId.of("ann");
  private static final CustomerId BOB = CustomerId.of("bob");
  private static final CustomerId CAT = CustomerId.of("cat");
  private static final List<CustomerSummary> BASE = List.of(
      CustomerSummary.of(BOB, 2, 30.43, 38.86, 22.35),
      CustomerSummary.of(ANN, 0, 0, 38.86, 0),
      CustomerSummary.of(CAT, 5, 10, 38, 40));

  @Test
  void scoresAreKeyedByCustomerIdWhateverTheInputOrder() {
    Map<CustomerId, CustomerValue> a = CustomerValues.score(MODEL, Optional.of(SPEND), BASE, 39, 0);
    Map<CustomerId, CustomerValue> b = CustomerValues.score(MODEL, Optional.of(SPEND),
        List.of(BASE.get(2), BASE.get(0), BASE.get(1)), 39, 0);
    assertEquals(a, b);
    assertEquals(List.of(ANN, BOB, CAT), List.copyOf(a.keySet()));
    CustomerValue bob = a.get(BOB);
    assertEquals(1.226, bob.expectedPurchases(), 0.0005);
    double spend = SPEND.expectedSpend(2, 22.35);
    assertEquals(spend * bob.expectedPurchases(), bob.clv().getAsDouble(), 1e-9);
  }

  @Test
  void discountingLowersTheValueAndWithoutSpendModelThereIsNoClv() {
    double undiscounted = CustomerValues.clv(MODEL, BASE.get(0), 30, 52, 0);
    double discounted = CustomerValues.clv(MODEL, BASE.get(0), 30, 52, 0.01);
    assertTrue(discounted < undiscounted && discounted > 0.5 * undiscounted);
    CustomerValue v = CustomerValues.score(MODEL, Optional.empty(), BASE, 39, 0).get(ANN);
    assertTrue(v.clv().isEmpty() && v.expectedSpend().isEmpty());
    assertThrows(InvalidValueException.class, () -> CustomerValues.clv(MODEL, BASE.get(0), 30, 52, -0.1));
  }

  @Test
  void columnarScoringEqualsScoringEachCustomer() {
    for (org.completecrm.analytics.value.TransactionModel m : List.of(MODEL,
        new org.completecrm.analytics.value.ParetoNbdModel(0.55, 10.58, 0.61, 11.67))) {
      List<CustomerSummary> sim = org.completecrm.analytics.value.ValueSimulator.bgNbd(MODEL,
          20_000, 27, 39, 1.0 / 7, 9);
      int n = sim.size();
      int[] x = new int[n];
      double[] tx = new double[n];
      double[] t = new double[n];
      for (int i = 0; i < n; i++) {
        x[i] = sim.get(i).frequency();
        tx[i] = sim.get(i).recency();
        t[i] = sim.get(i).age();
      }
      double[] alive = new double[n];
      double[] expected = new double[n];
      CustomerValues.scoreColumns(m, x, tx, t, 39, alive, expected);
      for (int i = 0; i < n; i++) {
        assertEquals(m.probabilityAlive(sim.get(i)), alive[i], 0);
        assertEquals(m.expectedPurchases(sim.get(i), 39), expected[i], 0);
      }
    }
  }

  @Test
  void householdsSumTheirMembersAtTheInstant() {
    Instant t0 = Instant.parse("2024-01-01T00:00:00Z");
    Instant t1 = Instant.parse("2024-06-01T00:00:00Z");
    Household h = Household.empty(HouseholdId.of("h1"))
        .join(ANN, HouseholdRole.PRIMARY, t0)
        .join(BOB, HouseholdRole.PARTNER, t0)
        .join(CAT, HouseholdRole.DEPENDANT, t0)
        .leave(CAT, t1);
    Map<CustomerId, CustomerValue> scores = CustomerValues.score(MODEL, Optional.of(SPEND), BASE, 39, 0);
    HouseholdValue v = CustomerValues.rollUp(List.of(h), scores, Instant.parse("2024-07-01T00:00:00Z")).get(0);
    assertEquals(java.util.Set.of(ANN, BOB), v.members());
    assertEquals(scores.get(ANN).expectedPurchases() + scores.get(BOB).expectedPurchases(),
        v.expectedPurchases(), 1e-12);
    assertEquals(scores.get(ANN).clv().getAsDouble() + scores.get(BOB).clv().getAsDouble(),
        v.clv().getAsDouble(), 1e-9);
    assertEquals(1.0, v.probabilityAnyAlive(), 1e-12, "ann has no repeats, so she is alive");
  }
}
