package org.completecrm.rules.campaign;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The plan against the optimum of its linear relaxation computed in the test with ojAlgo
 * ({@link LinearRelaxation}): on generated instances of up to 10,000 customers the plan's expected
 * value is within 1% of the LP optimum, and the plan's reported upper bound is not below it (the
 * Lagrangian bound bounds the LP, hence every plan, so the reported gap is a true bound).
 */
class CampaignOptimalityTest {
  private static CampaignPlan plan(int customers, int offers, boolean perHousehold) {
    long seed = 11L * customers + offers;
    return CampaignPlans.plan(CampaignInstances.rules(offers, seed),
        CampaignInstances.settings(customers, offers, perHousehold, seed + 2),
        CampaignInstances.contexts(customers, offers, seed + 1), CampaignInstances.AT, seed);
  }

  private static void assertNearAndBounded(PlanSummary s, double lpLower, double lpUpper) {
    assertTrue(s.expectedValue() >= 0.99 * lpUpper, "plan " + s.expectedValue() + " below 99% of the LP optimum "
        + lpUpper);
    assertTrue(s.upperBound() >= lpLower - 1e-6 * Math.abs(lpLower), "bound " + s.upperBound() + " below the LP optimum "
        + lpLower);
    assertEquals(s.upperBound() - s.expectedValue(), s.gap(), 1e-9 * Math.abs(s.upperBound()));
  }

  @ParameterizedTest(name = "{0} customers, {1} offers, one per household {2}: the LP by ojAlgo's simplex")
  @CsvSource({"200, 4, false", "300, 6, true"})
  void smallPlansAgainstTheLinearRelaxationSolvedDirectly(int customers, int offers, boolean perHousehold) {
    CampaignPlan plan = plan(customers, offers, perHousehold);
    double lp = LinearRelaxation.direct(plan.parts);
    assertNearAndBounded(plan.summary(), lp, lp);
  }

  @Test
  void theCuttingPlaneDualEqualsTheDirectLinearRelaxation() {
    CampaignPlan plan = plan(300, 6, true);
    double lp = LinearRelaxation.direct(plan.parts);
    double[] dual = LinearRelaxation.byCuttingPlanes(plan.parts);
    assertEquals(lp, dual[1], 1e-6 * lp);
    assertEquals(lp, dual[0], 1e-6 * lp);
  }

  @ParameterizedTest(name = "{0} customers, {1} offers, one per household: the LP by its dual")
  @CsvSource({"1000, 8", "3000, 6", "10000, 8"})
  void largerPlansAgainstTheLinearRelaxationByItsDual(int customers, int offers) {
    CampaignPlan plan = plan(customers, offers, true);
    double[] lp = LinearRelaxation.byCuttingPlanes(plan.parts);
    assertNearAndBounded(plan.summary(), lp[0], lp[1]);
  }
}
