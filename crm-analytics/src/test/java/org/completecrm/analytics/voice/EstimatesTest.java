package org.completecrm.analytics.voice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.completecrm.core.InvalidValueException;
import org.completecrm.core.json.CrmJson;
import org.junit.jupiter.api.Test;

/** NPS and CSAT intervals against hand-computed and published values. */
class EstimatesTest {
  /**
   * 60 promoters, 20 passives, 20 detractors: NPS 40; adjusted Wald (Rocks 2016) with n' = 103,
   * p'_P = 60.75/103, p'_D = 20.75/103 gives a 95% interval of 23.3799 to 54.2900 and a standard
   * error of 7.8854 points (computed by hand from the formula, to 4 decimals).
   */
  @Test
  void npsUsesTheAdjustedWaldInterval() {
    NpsEstimate e = NpsEstimate.of(60, 20, 20, 0.95);
    assertEquals(40.0, e.score(), 1e-12);
    assertEquals(23.3799, e.lower(), 1e-4);
    assertEquals(54.2900, e.upper(), 1e-4);
    assertEquals(7.8854, e.standardError(), 1e-4);
    assertEquals(100, e.responses());
  }

  /**
   * The adjusted interval is clipped to the scale, and is centred on the adjusted estimate: one
   * detractor alone gives n' = 4, p'_P = 0.1875, p'_D = 0.4375, an interval of -25 ± 73.5 points,
   * which does not reach the raw score of -100.
   */
  @Test
  void npsIntervalsStayWithinTheScale() {
    NpsEstimate allPromoters = NpsEstimate.of(5, 0, 0, 0.99);
    assertEquals(100.0, allPromoters.score());
    assertEquals(100.0, allPromoters.upper(), 1e-12);
    NpsEstimate allDetractors = NpsEstimate.of(0, 0, 1, 0.95);
    assertEquals(-100.0, allDetractors.score());
    assertEquals(-25 - 1.959964 * 37.5, allDetractors.lower(), 1e-4);
    assertEquals(-25 + 1.959964 * 37.5, allDetractors.upper(), 1e-4);
  }

  /**
   * Newcombe (1998), "Two-sided confidence intervals for the single proportion: comparison of seven
   * methods", Statistics in Medicine 17:857-872, worked example: 81 of 263 gives the Wilson score interval
   * 0.2553 to 0.3662 (published to four decimals, so asserted to within 5e-5).
   */
  @Test
  void csatUsesTheWilsonIntervalAsPublished() {
    CsatEstimate e = CsatEstimate.of(new long[] {100, 50, 32, 40, 41}, 0.95);
    assertEquals(263, e.responses());
    assertEquals(81, e.satisfied());
    assertEquals(25.53, e.lower(), 5e-3);
    assertEquals(36.62, e.upper(), 5e-3);
    assertEquals((100 + 100 + 96 + 160 + 205) / 263.0, e.meanScore(), 1e-12);
  }

  @Test
  void badCountsAndLevelsNameTheField() {
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> NpsEstimate.of(0, 0, 0, 0.95));
    assertEquals("NpsEstimate.responses", e.field());
    e = assertThrows(InvalidValueException.class, () -> NpsEstimate.of(1, 0, 0, 1.0));
    assertEquals("NpsEstimate.confidence", e.field());
    e = assertThrows(InvalidValueException.class, () -> CsatEstimate.of(new long[] {1, 2}, 0.95));
    assertEquals("CsatEstimate.counts", e.field());
  }

  @Test
  void estimatesRoundTripThroughJson() {
    NpsEstimate n = NpsEstimate.of(7, 2, 3, 0.9);
    assertEquals(n, CrmJson.read(CrmJson.write(n), NpsEstimate.class));
    CsatEstimate c = CsatEstimate.of(new long[] {1, 0, 2, 3, 4}, 0.95);
    assertEquals(c, CrmJson.read(CrmJson.write(c), CsatEstimate.class));
  }
}
