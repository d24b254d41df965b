package org.completecrm.analytics.value;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.completecrm.analytics.internal.Chunks;
import org.completecrm.analytics.summary.CustomerSummary;
import org.completecrm.analytics.summary.DiscreteSummary;
import org.completecrm.analytics.summary.SummaryColumns;
import org.junit.jupiter.api.Test;

/**
 * The analytic gradients of the log-likelihoods agree with central differences of the
 * log-likelihoods themselves (to 1e-6 relative of the gradient's scale), at points away from
 * the optimum, on seeded simulated data.
 */
class GradientTest {
  private static final List<CustomerSummary> BASE = ValueSimulator.spend(
      new GammaGammaModel(6.25, 3.74, 15.44),
      ValueSimulator.bgNbd(new BgNbdModel(0.243, 4.414, 0.793, 2.426), 3000, 27, 39, 0.01, 5), 6);

  private static void assertGradient(Newton.Objective f, double... theta) {
    double[] g = new double[theta.length];
    f.value(theta, g);
    double scale = 0;
    for (double v : g) {
      scale = Math.max(scale, Math.abs(v));
    }
    for (int i = 0; i < theta.length; i++) {
      double h = 1e-6 * theta[i];
      double[] p = theta.clone();
      double[] m = theta.clone();
      p[i] += h;
      m[i] -= h;
      double[] ignore = new double[theta.length];
      double numeric = (f.value(p, ignore) - f.value(m, ignore)) / (2 * h);
      assertEquals(numeric, g[i], 1e-6 * Math.max(1, scale) + 1e-6 * Math.abs(numeric),
          "derivative " + i);
    }
  }

  @Test
  void bgNbdAndMbgNbdGradientsMatchDifferences() {
    Grouped g = Grouped.of(BASE);
    try (Chunks c = Chunks.of(2)) {
      for (boolean modified : new boolean[] {false, true}) {
        assertGradient((t, grad) -> BgNbdModel.logLikelihood(g, c, t[0], t[1], t[2], t[3],
            modified, grad), 0.5, 3.0, 1.3, 0.7);
        assertGradient((t, grad) -> BgNbdModel.logLikelihood(g, c, t[0], t[1], t[2], t[3],
            modified, grad), 0.2, 8.0, 0.4, 3.5);
      }
    }
  }

  /**
   * Pareto/NBD: with alpha above, below and equal to beta (the two series and their seam), far
   * from the optimum, at the published CDNOW optimum, and on summaries whose last purchase lies
   * just before T, where I and its derivatives come from the quadrature.
   */
  @Test
  void paretoNbdGradientMatchesDifferences() {
    Grouped g = Grouped.of(BASE);
    try (Chunks c = Chunks.of(2)) {
      ParetoNbdLikelihood f = new ParetoNbdLikelihood(g, c);
      assertGradient(f, 0.55, 10.58, 0.61, 11.67);
      assertGradient(f, 0.8, 20.0, 1.4, 3.0);
      assertGradient(f, 0.3, 2.0, 0.5, 30.0);
      assertGradient(f, 1.1, 7.0, 0.9, 7.0);
      assertGradient(f, 0.05, 0.3, 4.0, 90.0);
    }
    List<CustomerSummary> late = new java.util.ArrayList<>();
    for (int i = 0; i < 200; i++) {
      int x = 1 + i % 13;
      double t = 20 + i * 0.37;
      late.add(CustomerSummary.of(org.completecrm.core.CustomerId.of("c" + i), x,
          t - 0.001 * (1 + i % 7), t, 0));
      late.add(CustomerSummary.of(org.completecrm.core.CustomerId.of("d" + i), 0, 0, t, 0));
    }
    try (Chunks c = Chunks.of(1)) {
      ParetoNbdLikelihood f = new ParetoNbdLikelihood(Grouped.of(late), c);
      assertGradient(f, 0.55, 10.58, 0.61, 11.67);
      assertGradient(f, 2.0, 0.5, 0.3, 40.0);
    }
  }

  @Test
  void gammaGammaGradientMatchesDifferences() {
    SummaryColumns columns = SummaryColumns.of(BASE);
    try (Chunks c = Chunks.of(2)) {
      assertGradient(GammaGammaModel.objective(Grouped.spend(columns), c), 3.0, 2.5, 20.0);
      assertGradient(GammaGammaModel.objective(Grouped.spend(columns), c), 9.0, 6.0, 8.0);
    }
  }

  @Test
  void bgBbGradientMatchesDifferences() {
    List<DiscreteSummary> d = ValueSimulator.bgBb(new BgBbModel(1.2, 0.75, 0.66, 2.78), 2000, 7, 3);
    int[][] patterns = new int[d.size()][];
    double[] w = new double[d.size()];
    for (int i = 0; i < d.size(); i++) {
      patterns[i] = new int[] {d.get(i).frequency(), d.get(i).recency(), d.get(i).periods()};
      w[i] = d.get(i).weight();
    }
    assertGradient((t, grad) -> BgBbModel.logLikelihood(patterns, w, t[0], t[1], t[2], t[3], grad),
        2.0, 0.5, 1.1, 1.7);
  }
}
