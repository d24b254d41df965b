package org.completecrm.analytics.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.completecrm.analytics.summary.CalibrationHoldout;
import org.completecrm.analytics.summary.Summaries;
import org.completecrm.analytics.summary.SummaryUnit;
import org.completecrm.analytics.testing.Cdnow;
import org.completecrm.analytics.value.BgNbdModel;
import org.junit.jupiter.api.Test;

/**
 * Calibration (weeks 1-39) versus holdout (weeks 40-78) on the CDNOW sample with the published
 * BG/NBD parameters (Fader, Hardie and Lee 2005a, section 5 and figure 4: the model's
 * conditional expectations track the holdout purchases of each calibration-frequency group).
 */
class HoldoutValidationTest {
  @Test
  void bgNbdConditionalExpectationsTrackTheCdnowHoldout() {
    List<CalibrationHoldout> data = Summaries.withHoldout(Cdnow.samplePurchases(),
        LocalDate.of(1997, 9, 30), LocalDate.of(1998, 6, 30), SummaryUnit.WEEKS);
    BgNbdModel m = new BgNbdModel(0.243, 4.414, 0.793, 2.426);
    List<FrequencyBucket> buckets = HoldoutValidation.byFrequency(m, data, 7);
    assertEquals(8, buckets.size());
    assertEquals(2357, buckets.stream().mapToLong(FrequencyBucket::customers).sum());
    assertTrue(buckets.get(7).censored());
    double[] totals = HoldoutValidation.totals(m, data);
    // measured: 1,882 purchase days in weeks 40-78, 1,654 predicted (ratio 0.88); the paper's
    // figure 4 shows the same under-prediction for x = 1 and 2, so the check is loose
    assertEquals(1882, totals[0], 0.5);
    assertEquals(0.88, totals[1] / totals[0], 0.02, () -> "predicted " + totals[1]);
    assertEquals(0.2367, buckets.get(0).actual(), 0.0001);
    assertEquals(0.2255, buckets.get(0).predicted(), 0.0001);
    for (FrequencyBucket b : buckets) {
      assertEquals(b.actual(), b.predicted(), 0.4 * Math.max(1, b.actual()), b::toString);
    }
  }
}
