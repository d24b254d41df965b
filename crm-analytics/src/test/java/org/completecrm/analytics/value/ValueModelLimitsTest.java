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

  @Test
  void beyondItsStatedTermsTheSeriesGivesWayToItsLimitOrARefusalNeverATruncatedSum() {
    // a = 0.5, b' = 3, m = 1 over 1e8 periods of scale 1: the limit [m B(a, m+1-a) / B(a, b') (1-z)^(a-1) - c] / (1-a)
    assertEquals(29_447.43157, BetaGeometric.alivePurchasesOver(0.5, 3, 1, 1e8, 1), 1e-6 * 29_447.43157);
    // a = 0.95, r = 0.01 over 1e9 periods: the closed form near z = 1 answers, growing with the horizon
    BgNbdModel slow = new BgNbdModel(0.01, 1, 0.95, 2);
    double billion = slow.expectedPurchasesOfNewCustomer(1e9);
    assertTrue(Double.isFinite(billion) && billion > slow.expectedPurchasesOfNewCustomer(1e6), () -> "" + billion);
    // over 1e20 periods z rounds to 1 and the limit is not accurate (q = 0.06): refused, not truncated
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> slow.expectedPurchasesOfNewCustomer(1e20));
    assertTrue(e.getMessage().contains("horizon / (alpha + T)"), e::getMessage);
  }

  @Test
  void nearZEqualsOneTheClosedFormsReplaceHundredsOfThousandsOfTermsAndAgreeWithTheSeries() {
    // The fuzzer's hang: a = 2363, b = 1.5e10, x = 14; a 520-period discounted CLV called the series
    // once per period, each needing about 7 million terms (6 s in all). Now answered or refused at once.
    BgNbdModel model = new BgNbdModel(7.83e-9, 1.057e-11, 2363.3, 1.505e10);
    CustomerSummary customer = CustomerSummary.of(C, 14, 0.1013, 0.1665, 2.0e14);
    long start = System.nanoTime();
    try {
      double clv = CustomerValues.clv(model, customer, 2.0e14, 520, 4.6e-7);
      assertTrue(Double.isFinite(clv) && clv > 0, () -> "clv " + clv);
    } catch (InvalidValueException refused) {
      assertTrue(refused.getMessage().startsWith("horizon / (alpha + T)"), refused::getMessage);
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    assertTrue(seconds < 2, () -> seconds + " s");
    // the closed forms agree with the series (to about 1e-7) where the series needs 20,000 to 800,000 terms
    int compared = 0;
    for (double a : new double[] {0.3, 0.79, 1.137, 1.5, 3, 40}) {
      for (double bPrime : new double[] {0.02, 2.4, 30, 1e3}) {
        for (double m : new double[] {0.02, 0.5, 14}) {
          for (double z : new double[] {0.998, 0.9995, 0.99995}) {
            double log = Math.log1p(-z);
            double series = BetaGeometric.pfaffForm(a, bPrime, m, z, log);
            double closed = BetaGeometric.nearOneByTransformation(a, bPrime, m, z, log);
            if (!Double.isNaN(series) && !Double.isNaN(closed)) {
              assertEquals(series, closed, 1e-6 * series, "a " + a + ", b' " + bPrime + ", m " + m + ", z " + z);
              compared++;
            }
          }
        }
      }
    }
    assertTrue(compared > 100, compared + " compared");
  }

  @Test
  void bgBbOverTenMillionOpportunitiesIsQuickAndMatchesTheSumOfLogBetas() {
    // The fuzzer's BG/BB input: 8,479,344 opportunities summed by two log-beta calls each took 8 s
    BgBbModel extreme = new BgBbModel(9.067495245678523E11, 534718.3461975489, 3.7883026880967416E-11, 8.07783531819419);
    BgBbModel usual = new BgBbModel(1.2, 0.75, 0.66, 2.78);
    long start = System.nanoTime();
    double p = extreme.probabilityAlive(new DiscreteSummary(C, 7, 33_122, 8_479_344, 1));
    double q = usual.probabilityAlive(new DiscreteSummary(C, 3, 5, DiscreteSummary.MAX_PERIODS, 1));
    double seconds = (System.nanoTime() - start) / 1e9;
    assertTrue(p >= 0 && p <= 1 && q >= 0 && q <= 1, () -> p + ", " + q);
    assertTrue(seconds < 2, () -> seconds + " s");
    // the recurrence agrees with the paper's sum of log-betas, term by term (eq. 5)
    for (int[] pattern : new int[][] {{0, 0, 6}, {3, 5, 6}, {2, 4, 40}, {7, 30, 2_000}}) {
      int x = pattern[0];
      int tx = pattern[1];
      int n = pattern[2];
      double lbAb = org.hipparchus.special.Beta.logBeta(1.2, 0.75);
      double lbGd = org.hipparchus.special.Beta.logBeta(0.66, 2.78);
      double direct = org.hipparchus.special.Beta.logBeta(1.2 + x, 0.75 + n - x) - lbAb
          + org.hipparchus.special.Beta.logBeta(0.66, 2.78 + n) - lbGd;
      for (int i = 0; i <= n - tx - 1; i++) {
        direct = Numerics.logAddExp(direct, org.hipparchus.special.Beta.logBeta(1.2 + x, 0.75 + tx - x + i) - lbAb
            + org.hipparchus.special.Beta.logBeta(0.66 + 1, 2.78 + tx + i) - lbGd);
      }
      assertEquals(direct, usual.logLikelihood(x, tx, n), 1e-12 * Math.abs(direct), java.util.Arrays.toString(pattern));
    }
  }
}
