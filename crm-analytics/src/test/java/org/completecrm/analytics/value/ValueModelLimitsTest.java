package org.completecrm.analytics.value;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.completecrm.analytics.clv.CustomerValues;
import org.completecrm.analytics.summary.CustomerSummary;
import org.completecrm.analytics.summary.DiscreteSummary;
import org.completecrm.core.CrmException;
import org.completecrm.core.CustomerId;
import org.completecrm.core.InvalidValueException;
import org.junit.jupiter.api.Test;

/** The value-model reproducers of issue 23: stated limits, long-run limits, failed fits reported as failures. */
class ValueModelLimitsTest {
  private static final CustomerId C = CustomerId.of("c");
  private static final CustomerSummary ANA = CustomerSummary.of(C, 4, 30, 40, 25);

  @Test
  void aHorizonOf1e20GivesTheLongRunValueNotZero() {
    for (TransactionModel m : List.of(new BgNbdModel(0.24, 4.4, 0.79, 2.4), new BgNbdModel(0.24, 4.4, 1.8, 2.4),
        new MbgNbdModel(0.5, 6, 0.6, 3), new ParetoNbdModel(0.55, 10.6, 0.61, 11.7))) {
      double year = m.expectedPurchases(ANA, 52);
      double huge = m.expectedPurchases(ANA, 1e20);
      assertTrue(Double.isFinite(huge) && huge >= year, () -> m + ": " + huge + " after 1e20 periods, " + year + " after 52");
      assertTrue(m.expectedPurchasesOfNewCustomer(1e20) > 0, m::toString);
    }
    // with a > 1 the expected purchases until dropout converge: (a + b + x - 1) / (a - 1) * ... is reached
    BgNbdModel converging = new BgNbdModel(0.24, 4.4, 1.8, 2.4);
    double limit = converging.expectedPurchases(ANA, 1e20);
    assertEquals(limit, converging.expectedPurchases(ANA, 1e30), limit * 1e-9);
  }

  @Test
  void parametersOutsideTheStatedRangeAreRefused() {
    for (double bad : new double[] {1e-300, 1e-13, 1e13, 1e308}) {
      InvalidValueException e = assertThrows(InvalidValueException.class, () -> new BgNbdModel(bad, 1, 1, 1));
      assertEquals("BgNbdModel.r", e.field());
      assertThrows(InvalidValueException.class, () -> new ParetoNbdModel(1, 1, 1, bad));
      assertThrows(InvalidValueException.class, () -> new GammaGammaModel(1, bad, 1));
      assertThrows(InvalidValueException.class, () -> new BgBbModel(bad, 1, 1, 1));
    }
  }

  @Test
  void summariesBeyondTheirLimitsAreRefused() {
    assertThrows(InvalidValueException.class, () -> CustomerSummary.of(C, Integer.MAX_VALUE, 30, 40, 25));
    assertThrows(InvalidValueException.class, () -> CustomerSummary.of(C, 4, 30, 40, 1e308));
    assertThrows(InvalidValueException.class, () -> CustomerSummary.of(C, 4, 30, 1e300, 25));
    assertThrows(InvalidValueException.class, () -> new DiscreteSummary(C, 1, 2, 2_000_000_000, 1));
    BgBbModel bb = new BgBbModel(1.2, 0.75, 0.66, 2.8);
    DiscreteSummary d = new DiscreteSummary(C, 3, 5, 6, 1);
    assertThrows(InvalidValueException.class, () -> bb.expectedPurchases(d, 2_000_000_000));
    assertTrue(Double.isFinite(bb.expectedPurchases(d, DiscreteSummary.MAX_PERIODS)));
  }

  @Test
  void aDiscountedHorizonIsBoundedAndAnUndiscountedOneIsNot() {
    BgNbdModel m = new BgNbdModel(0.24, 4.4, 0.79, 2.4);
    assertThrows(InvalidValueException.class, () -> CustomerValues.clv(m, ANA, 25, 1e9, 0.001));
    assertTrue(Double.isFinite(CustomerValues.clv(m, ANA, 25, 1e9, 0)));
    assertTrue(Double.isFinite(CustomerValues.clv(m, ANA, 25, CustomerValues.MAX_DISCOUNTED_PERIODS, 0.001)));
  }

  @Test
  void aFitWhoseLikelihoodIsZeroEverywhereIsAFailureNotAModel() {
    assertThrows(UnidentifiedModelException.class, () -> new ModelFit<>(new GammaGammaModel(1, 2, 1), -1e300,
        Map.of(), 3, new FitDiagnostics(true, 0, 0, 1, 0, "test"), List.of()));
    assertThrows(UnidentifiedModelException.class, () -> new ModelFit<>(new GammaGammaModel(1, 2, 1), Double.NaN,
        Map.of(), 3, new FitDiagnostics(true, 0, 0, 1, 0, "test"), List.of()));
  }

  @Test
  void fitsOnTinyOrExtremeDataFitOrFailWithATypedError() {
    List<CustomerSummary> three = List.of(CustomerSummary.of(CustomerId.of("a"), 1, 2, 10, 5),
        CustomerSummary.of(CustomerId.of("b"), 0, 0, 10, 0), CustomerSummary.of(CustomerId.of("c"), 3, 9, 10, 7));
    for (Runnable fit : List.<Runnable>of(() -> MbgNbdModel.fit(three), () -> BgNbdModel.fit(three),
        () -> ParetoNbdModel.fit(three), () -> GammaGammaModel.fit(three))) {
      try {
        fit.run();
      } catch (CrmException typed) {
        // refused with a typed error: fine
      }
    }
    List<CustomerSummary> rich = List.of(CustomerSummary.of(CustomerId.of("a"), 1, 2, 10, 1e15),
        CustomerSummary.of(CustomerId.of("b"), 2, 9, 10, 1e-6), CustomerSummary.of(CustomerId.of("c"), 3, 9, 10, 7e14));
    try {
      ModelFit<GammaGammaModel> f = GammaGammaModel.fit(rich);
      assertTrue(f.logLikelihood() > -1e300 && Double.isFinite(f.model().expectedSpend(rich.get(0))));
    } catch (CrmException typed) {
      // refused
    }
  }
}
