package org.completecrm.analytics.value;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.completecrm.analytics.internal.Chunks;
import org.completecrm.analytics.summary.CustomerSummary;
import org.completecrm.analytics.summary.SummaryColumns;
import org.junit.jupiter.api.Test;

/**
 * Pareto/NBD's Newton fit (analytic gradient) reaches the optimum BOBYQA finds on the same
 * likelihood: the parameters agree within BOBYQA's stopping tolerance (a trust-region radius of
 * 1e-6 in the log-parameters, asserted as 1e-5 relative, as {@link ValueGoldenTest} does for
 * the stored fits) and Newton's log-likelihood is not lower, on seeded bases simulated from the
 * model: one with alpha below beta (CDNOW's published fit) and one with alpha above beta.
 */
class ParetoNbdOptimumTest {
  private static void assertSameOptimum(List<CustomerSummary> base) {
    Grouped g = Grouped.of(base);
    ModelFit<ParetoNbdModel> newton = ParetoNbdModel.fit(SummaryColumns.of(base), 2);
    assertTrue(newton.converged(), newton.diagnostics().toString());
    MaximumLikelihood.Estimate bobyqa;
    try (Chunks one = Chunks.of(1)) {
      ParetoNbdLikelihood f = new ParetoNbdLikelihood(g, one);
      double scale = Math.max(g.meanAge, 1e-3);
      bobyqa = MaximumLikelihood.maximise(theta -> f.value(theta, new double[4]),
          new double[] {1, scale, 1, scale}, new String[] {"r", "alpha", "s", "beta"},
          g.customers);
    }
    double[] b = bobyqa.theta();
    ParetoNbdModel m = newton.model();
    double[] n = {m.r(), m.alpha(), m.s(), m.beta()};
    for (int i = 0; i < 4; i++) {
      assertEquals(b[i], n[i], 1e-5 * b[i], "parameter " + i + ": " + m);
    }
    assertTrue(newton.logLikelihood() >= bobyqa.logLikelihood()
        - 1e-12 * Math.abs(bobyqa.logLikelihood()), newton.logLikelihood() + " < "
        + bobyqa.logLikelihood());
  }

  @Test
  void newtonReachesBobyqasOptimumWithAlphaBelowBeta() {
    assertSameOptimum(ValueSimulator.paretoNbd(new ParetoNbdModel(0.55, 10.58, 0.61, 11.67),
        4000, 30, 39, 0.01, 11));
  }

  @Test
  void newtonReachesBobyqasOptimumWithAlphaAboveBeta() {
    assertSameOptimum(ValueSimulator.paretoNbd(new ParetoNbdModel(1.5, 8.0, 0.8, 3.0), 4000, 30,
        39, 0.01, 12));
  }
}
