package org.completecrm.analytics.value;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.completecrm.analytics.summary.CustomerSummary;
import org.completecrm.analytics.summary.SummaryColumns;
import org.junit.jupiter.api.Test;

/**
 * A fit is the same to the last bit on one, two or three threads: the sums run over fixed
 * chunks added in a fixed order (seeded simulated data of several chunks, jittered so that
 * nearly every customer is distinct).
 */
class ThreadCountTest {
  private static final SummaryColumns BASE = SummaryColumns.of(distinct()).resampled(30_000, 0.1, 9);

  private static List<CustomerSummary> distinct() {
    return ValueSimulator.spend(new GammaGammaModel(6.25, 3.74, 15.44),
        ValueSimulator.bgNbd(new BgNbdModel(0.243, 4.414, 0.793, 2.426), 5000, 27, 39, 0.01, 3), 4);
  }

  private static void assertSame(ModelFit<?> one, ModelFit<?> other) {
    assertEquals(one.model(), other.model());
    assertEquals(Double.doubleToLongBits(one.logLikelihood()),
        Double.doubleToLongBits(other.logLikelihood()));
    assertEquals(one.standardErrors(), other.standardErrors());
  }

  @Test
  void bgNbdAndMbgNbdFitsDoNotDependOnTheThreadCount() {
    ModelFit<BgNbdModel> one = BgNbdModel.fit(BASE, 1);
    assertSame(one, BgNbdModel.fit(BASE, 2));
    assertSame(one, BgNbdModel.fit(BASE, 3));
    assertSame(MbgNbdModel.fit(BASE, 1), MbgNbdModel.fit(BASE, 2));
  }

  @Test
  void gammaGammaAndParetoNbdFitsDoNotDependOnTheThreadCount() {
    assertSame(GammaGammaModel.fit(BASE, 1), GammaGammaModel.fit(BASE, 2));
    SummaryColumns small = BASE.head(2 * 8192 + 100);
    assertSame(ParetoNbdModel.fit(small, 1), ParetoNbdModel.fit(small, 2));
  }

  @Test
  void theOrderOfTheRowsDoesNotChangeTheFit() {
    SummaryColumns.Builder reversed = new SummaryColumns.Builder(BASE.size());
    for (int i = BASE.size() - 1; i >= 0; i--) {
      reversed.add(BASE.frequency(i), BASE.recency(i), BASE.age(i), BASE.monetaryValue(i), 1);
    }
    assertSame(BgNbdModel.fit(BASE, 2), BgNbdModel.fit(reversed.build(), 2));
  }
}
