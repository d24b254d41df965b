package org.completecrm.analytics.value;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.completecrm.analytics.summary.CustomerSummary;
import org.completecrm.core.CustomerId;
import org.junit.jupiter.api.Test;

/**
 * The Pareto/NBD individual log-likelihood against direct numerical integration of the
 * likelihood in Fader and Hardie (2005, "A note on deriving the Pareto/NBD model", eq. 19)
 * computed with mpmath at 30 digits, including the x = 221 customer that yields NaN elsewhere.
 */
class ParetoNbdLikelihoodTest {
  private static final double[][] REFERENCE = {
    {0.55, 10.58, 0.61, 11.67, 2.0, 30.43, 38.86, -9.5619812608429632147},
    {0.55, 10.58, 0.61, 11.67, 0.0, 0.0, 38.86, -0.51702515088753828241},
    {0.5143, 2.8845, 0.2856, 14.1087, 221.0, 103.43, 103.57, -61.581678839380159423},
    {2.0, 0.5, 0.3, 40.0, 5.0, 1.0, 60.0, -3.9659092135672208457},
    {0.2, 30.0, 1.0, 0.5, 3.0, 10.0, 50.0, -15.532519198352386083},
  };

  @Test
  void individualLogLikelihoodMatchesNumericalIntegration() {
    for (double[] c : REFERENCE) {
      ParetoNbdModel m = new ParetoNbdModel(c[0], c[1], c[2], c[3]);
      CustomerSummary s = CustomerSummary.of(CustomerId.of("c"), (int) c[4], c[5], c[6], 0);
      assertEquals(c[7], m.logLikelihood(s), 1e-9 * Math.abs(c[7]));
    }
  }

  @Test
  void compositeQuadratureAgreesWithTheHypergeometricDifferenceOnLongIntervals() {
    double[][] cases = {
      {0.55, 10.58, 0.61, 11.67, 2, 0, 38.86},
      {2.0, 0.5, 0.3, 40.0, 5, 1.0, 60.0},
      {0.2, 30.0, 1.0, 0.5, 3, 10.0, 50.0},
      {0.05, 0.02, 3.0, 0.1, 0, 0, 200},
    };
    for (double[] c : cases) {
      int x = (int) c[4];
      double byDifference = Numerics.logSubExp(
          logV(c[0], c[1], c[2], c[3], x, c[5]),
          logV(c[0], c[1], c[2], c[3], x, c[6])) - Math.log(c[0] + c[2] + x);
      double byQuadrature =
          ParetoNbdIntegral.logByQuadrature(c[0], c[1], c[2], c[3], x, c[5], c[6], null);
      assertEquals(byDifference, byQuadrature, 1e-9 * Math.max(1, Math.abs(byDifference)));
    }
  }

  @Test
  void theHeavyBuyerWithX221StaysFiniteAndAlive() {
    ParetoNbdModel m = new ParetoNbdModel(0.5143, 2.8845, 0.2856, 14.1087);
    CustomerSummary s = CustomerSummary.of(CustomerId.of("c"), 221, 103.43, 103.57, 0);
    double p = m.probabilityAlive(s);
    assertTrue(p > 0.99 && p <= 1, "P(alive) = " + p);
    double e = m.expectedPurchases(s, 52);
    assertTrue(Double.isFinite(e) && e > 50, "E = " + e);
  }

  /**
   * The term-by-term series of the gradient's likelihood gives the same log J as the 2F1 of
   * {@link Hypergeometric} ({@code log V = log J + log(r + s + x)}), on both sides of alpha =
   * beta, and the quadrature with derivatives the same log I as the plain quadrature.
   */
  @Test
  void gradientSeriesAndQuadratureAgreeWithTheHypergeometricTerms() {
    double[][] cases = {
      {0.55, 10.58, 0.61, 11.67, 2, 30.43},
      {0.55, 10.58, 0.61, 11.67, 0, 0},
      {2.0, 0.5, 0.3, 4.0, 5, 1.0},
      {0.2, 30.0, 1.0, 0.5, 3, 10.0},
      {0.5143, 2.8845, 0.2856, 14.1087, 221, 103.43},
      {1.0, 4.0, 2.0, 4.0, 7, 3.0},
    };
    double[] out = new double[5];
    // z = 0.96 with c_k = (7)_k / k!: too many terms; the likelihood integrates such customers
    ParetoNbdLikelihood.logJ(2.0, 0.5, 0.3, 40.0, 5, 1.0, out, 0);
    assertTrue(Double.isNaN(out[0]), "series past its term limit: " + out[0]);
    for (double[] c : cases) {
      int x = (int) c[4];
      ParetoNbdLikelihood.logJ(c[0], c[1], c[2], c[3], x, c[5], out, 0);
      double logV = logV(c[0], c[1], c[2], c[3], x, c[5]);
      assertEquals(logV, out[0] + Math.log(c[0] + c[2] + x), 1e-12 * Math.max(1, Math.abs(logV)));
      double valueOnly = ParetoNbdIntegral.logJ(c[0], c[1], c[2], c[3], x, c[5]);
      assertEquals(out[0], valueOnly, 1e-13 * Math.max(1, Math.abs(valueOnly)));
      double plain = ParetoNbdIntegral.logByQuadrature(c[0], c[1], c[2], c[3], x, c[5],
          c[5] + 5, null);
      double byDifference = Numerics.logSubExp(valueOnly,
          ParetoNbdIntegral.logJ(c[0], c[1], c[2], c[3], x, c[5] + 5));
      assertEquals(byDifference, plain, 1e-10 * Math.max(1, Math.abs(plain)));
    }
  }

  /**
   * The per-frequency polynomials (Horner) give log J and its four derivatives as the series
   * summed term by term, to 1e-13, on both sides of alpha = beta, for heavy buyers; beyond the
   * polynomials' z limit, by the Taylor pieces of {@link ParetoNbdPieces} (to 1e-10, against the
   * series of up to 20,000 terms where 400 do not suffice) or the term-by-term sum.
   */
  @Test
  void perFrequencyPolynomialsAgreeWithTheTermByTermSeries() {
    int[] xs = {0, 1, 2, 7, 30, 221};
    double[] tMin = {0, 0.5, 3, 0.1, 10, 0};
    double[][] params = {
      {0.55, 10.58, 0.61, 11.67}, {0.2, 30.0, 1.0, 0.5}, {2.0, 0.5, 0.3, 4.0},
      {1.0, 4.0, 2.0, 4.0}, {0.05, 0.3, 4.0, 90.0}, {3.0, 1e-4, 0.5, 2.0},
    };
    ParetoNbdSeries series = new ParetoNbdSeries(xs, tMin);
    double[] byPolynomial = new double[5];
    double[] byTerms = new double[5];
    for (double[] p : params) {
      series.prepare(p[0], p[1], p[2], p[3]);
      for (int i = 0; i < xs.length; i++) {
        for (double t : new double[] {tMin[i], tMin[i] + 0.7, tMin[i] + 40, 500}) {
          series.logJ(p[0], p[1], p[2], p[3], i, t, byPolynomial, 0);
          ParetoNbdLikelihood.logJ(p[0], p[1], p[2], p[3], xs[i], t, byTerms, 0);
          double z = Math.abs(p[1] - p[3]) / (Math.max(p[1], p[3]) + t);
          if (Double.isNaN(byTerms[0]) && !Double.isNaN(byPolynomial[0])) {
            // a piece's polynomial where 400 terms do not suffice: against the long series
            longSeries(p, xs[i], t, byTerms);
          }
          for (int j = 0; j < 5; j++) {
            double e = byTerms[j];
            if (Double.isNaN(e)) {
              assertTrue(Double.isNaN(byPolynomial[j]) || j > 0, "both give up");
              break;
            }
            double tolerance = z > ParetoNbdSeries.Z_LIMIT ? 1e-10 : 1e-13;
            assertEquals(e, byPolynomial[j], tolerance * Math.max(1, Math.abs(e)),
                java.util.Arrays.toString(p) + " x=" + xs[i] + " t=" + t + " [" + j + "]");
          }
        }
      }
    }
  }

  /** log J and its derivatives from {@link ParetoNbdPieces#sums} (up to 20,000 terms). */
  private static void longSeries(double[] p, int x, double t, double[] out) {
    boolean alphaLarger = p[1] >= p[3];
    double big = alphaLarger ? p[1] + t : p[3] + t;
    double small = alphaLarger ? p[3] + t : p[1] + t;
    double a = p[0] + p[2] + x;
    double[] sums = new double[4];
    assertTrue(ParetoNbdPieces.sums(a, alphaLarger ? p[2] + 1 : p[0] + x, (big - small) / big,
        sums), "long series");
    ParetoNbdLikelihood.derivatives(a, big, small, alphaLarger, sums[0], sums[1], sums[2],
        sums[3], out, 0);
  }

  /**
   * Predictions never hang or give NaN at the ends of the accepted parameters (issue 24): over a
   * grid of parameters from 1e-12 to 1e12, frequencies up to 1,000,000 and ages from 0 to 1e10,
   * where z rounds to 1, series would need millions of terms and the integrand falls by e^-1e12,
   * every P(alive) is a probability and every log-likelihood finite, all of them in seconds.
   */
  @Test
  void predictionsAreFiniteAndBoundedInTimeAtTheEndsOfTheParameters() {
    double[] ps = {1e-12, 1e-3, 1, 1e3, 1e12};
    int[] xs = {0, 1, 50, 1_000_000};
    double[] ts = {1e-9, 1, 100, 1e10};
    org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(60),
        () -> {
          for (double r : ps) {
            for (double alpha : ps) {
              for (double s : ps) {
                for (double beta : ps) {
                  ParetoNbdModel m = new ParetoNbdModel(r, alpha, s, beta);
                  for (int x : xs) {
                    for (double t : ts) {
                      for (double f : new double[] {0, 0.5, 0.999999, 1}) {
                        double tx = x == 0 ? 0 : f * t;
                        CustomerSummary c = CustomerSummary.of(CustomerId.of("c"), x, tx, t, 0);
                        double p = m.probabilityAlive(c);
                        assertTrue(p >= 0 && p <= 1, m + " " + c + ": P(alive) " + p);
                        double ll = m.logLikelihood(c);
                        assertTrue(Double.isFinite(ll) || ll == Double.NEGATIVE_INFINITY,
                            m + " " + c + ": ll " + ll);
                      }
                    }
                  }
                }
              }
            }
          }
        });
  }

  /** The note's term of A0 at time t by {@link Hypergeometric}: log J(t) + log(r + s + x). */
  static double logV(double r, double alpha, double s, double beta, int x, double t) {
    double a1 = r + s + x;
    if (alpha >= beta) {
      double z = (alpha - beta) / (alpha + t);
      return Hypergeometric.log2F1(a1, s + 1, a1 + 1, z) - a1 * Math.log(alpha + t);
    }
    double z = (beta - alpha) / (beta + t);
    return Hypergeometric.log2F1(a1, r + x, a1 + 1, z) - a1 * Math.log(beta + t);
  }
}
