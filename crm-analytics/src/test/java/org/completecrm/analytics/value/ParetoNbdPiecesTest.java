package org.completecrm.analytics.value;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.completecrm.analytics.summary.CustomerSummary;
import org.completecrm.core.CustomerId;
import org.junit.jupiter.api.Test;

/**
 * The Taylor polynomials of {@link ParetoNbdPieces} (the 2F1 sums where z is beyond the power
 * series' cheap range) against the term-by-term series, and through the grouped likelihood
 * against numerical integration with mpmath.
 */
class ParetoNbdPiecesTest {
  private static final int[] FREQUENCIES = {0, 1, 2, 3, 5, 8, 13, 21, 40};

  /** log J and its four derivatives by the pieces agree with the series to 1e-10 relative. */
  @Test
  void piecesAgreeWithTheSeriesTermByTerm() {
    java.util.Random random = new java.util.Random(24);
    int compared = 0;
    for (int trial = 0; trial < 3000; trial++) {
      double r = Math.exp(random.nextGaussian());
      double s = Math.exp(random.nextGaussian());
      double alpha = Math.exp(2 + 2 * random.nextGaussian());
      double beta = Math.exp(2 + 2 * random.nextGaussian());
      double t = 50 * random.nextDouble();
      double[] tMin = new double[FREQUENCIES.length];
      java.util.Arrays.fill(tMin, t);
      ParetoNbdSeries series = new ParetoNbdSeries(FREQUENCIES, tMin);
      series.prepare(r, alpha, s, beta);
      double z = Math.abs(alpha - beta) / (Math.max(alpha, beta) + t);
      for (int i = 0; i < FREQUENCIES.length; i++) {
        double[] bySeries = new double[5];
        double[] byPieces = new double[5];
        ParetoNbdLikelihood.logJ(r, alpha, s, beta, FREQUENCIES[i], t, bySeries, 0);
        series.logJ(r, alpha, s, beta, i, t, byPieces, 0);
        if (z <= ParetoNbdSeries.Z_LIMIT || Double.isNaN(bySeries[0])) {
          continue;
        }
        compared++;
        String at = "r " + r + " alpha " + alpha + " s " + s + " beta " + beta + " x "
            + FREQUENCIES[i] + " t " + t;
        for (int k = 0; k < 5; k++) {
          assertEquals(bySeries[k], byPieces[k], 1e-10 * Math.max(1, Math.abs(bySeries[k])),
              "component " + k + " at " + at);
        }
      }
    }
    assertTrue(compared > 5000, "pairs compared " + compared);
  }

  /** Small and moderate frequencies get a polynomial on every piece (no fallback). */
  @Test
  void everyPieceHasAPolynomialForModerateFrequencies() {
    double[] coef = new double[ParetoNbdPieces.PER_TERM * (ParetoNbdPieces.MAX_DEGREE + 2)];
    for (int x = 0; x <= 10; x++) {
      for (int j = 0; j < ParetoNbdPieces.count(); j++) {
        int degree = ParetoNbdPieces.build(0.5 + 2.1 + x, 0.5 + x, j, coef, 0);
        assertTrue(degree >= 2 && degree < 60, "x " + x + " piece " + j + " degree " + degree);
      }
    }
  }

  /**
   * The grouped likelihood at a point whose pairs fall on the pieces (z = 0.96 at t_x = 1)
   * matches direct numerical integration (mpmath, 30 digits; as {@link ParetoNbdLikelihoodTest}).
   */
  @Test
  void groupedLikelihoodOnThePiecesMatchesNumericalIntegration() {
    Grouped g = Grouped.of(List.of(CustomerSummary.of(CustomerId.of("c"), 5, 1.0, 60.0, 0)));
    double ll = ParetoNbdModel.logLikelihood(g, 2.0, 0.5, 0.3, 40.0);
    assertEquals(-3.9659092135672208457, ll, 1e-10 * 3.97);
  }
}
