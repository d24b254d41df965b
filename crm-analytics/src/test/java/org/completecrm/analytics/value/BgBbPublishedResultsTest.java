package org.completecrm.analytics.value;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.completecrm.analytics.summary.DiscreteSummary;
import org.completecrm.core.CustomerId;
import org.junit.jupiter.api.Test;

/**
 * BG/BB on the donation data of Fader, Hardie and Shang (2010), "Customer-base analysis in a
 * discrete-time noncontractual setting", Marketing Science 29(6): the 11,104 members of the 1995
 * cohort of a non-profit's donors over 6 annual opportunities, as the paper's table of
 * recency/frequency patterns with counts. Published: alpha = 1.204, beta = 0.750, gamma =
 * 0.657, delta = 2.783, LL = -33,225.6 (printed to 3 decimals and 1 decimal).
 */
class BgBbPublishedResultsTest {
  /** {x, t_x, count} for n = 6. */
  private static final int[][] PATTERNS = {
    {6, 6, 1203}, {5, 6, 728}, {4, 6, 512}, {3, 6, 357}, {2, 6, 234}, {1, 6, 129},
    {5, 5, 335}, {4, 5, 284}, {3, 5, 225}, {2, 5, 173}, {1, 5, 119}, {4, 4, 240},
    {3, 4, 181}, {2, 4, 155}, {1, 4, 78}, {3, 3, 322}, {2, 3, 255}, {1, 3, 129},
    {2, 2, 613}, {1, 2, 277}, {1, 1, 1091}, {0, 0, 3464},
  };

  /** The patterns as weighted summaries. */
  static List<DiscreteSummary> donations() {
    List<DiscreteSummary> data = new ArrayList<>();
    for (int[] p : PATTERNS) {
      data.add(new DiscreteSummary(CustomerId.of(p[0] + "-" + p[1]), p[0], p[1], 6, p[2]));
    }
    return data;
  }

  @Test
  void bgBbReproducesFaderHardieShang2010() {
    List<DiscreteSummary> data = donations();
    ModelFit<BgBbModel> fit = BgBbModel.fit(data);
    BgBbModel m = fit.model();
    assertEquals(1.204, m.alpha(), 0.0005);
    assertEquals(0.750, m.beta(), 0.0005);
    assertEquals(0.657, m.gamma(), 0.0005);
    assertEquals(2.783, m.delta(), 0.0005);
    assertEquals(-33225.6, fit.logLikelihood(), 0.05);
    assertEquals(11104, fit.customers());
    assertTrue(fit.converged());
  }
}
