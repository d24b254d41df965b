package org.completecrm;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.completecrm.analytics.clv.CustomerValues;
import org.completecrm.analytics.summary.CustomerSummary;
import org.completecrm.analytics.summary.DiscreteSummary;
import org.completecrm.analytics.value.BgBbModel;
import org.completecrm.analytics.value.BgNbdModel;
import org.completecrm.analytics.value.GammaGammaModel;
import org.completecrm.analytics.value.MbgNbdModel;
import org.completecrm.analytics.value.ParetoNbdModel;
import org.completecrm.analytics.value.TransactionModel;
import org.completecrm.core.CustomerId;
import org.junit.jupiter.api.AfterAll;

/**
 * The value models' predictions under fuzzed parameters, summaries and horizons: each is finite
 * (a probability in [0, 1]) or refused with a typed error, and returns in bounded time.
 */
class ValueModelsFuzz {
  private static final FuzzReport REPORT = new FuzzReport("value-model functions (BG/NBD, MBG/NBD, Pareto/NBD, Gamma-Gamma, BG/BB, CLV)");
  private static final CustomerId C = CustomerId.of("c");

  @FuzzTest(maxDuration = "60s")
  void predictionsAreFiniteOrRefused(FuzzedDataProvider data) {
    int model = data.consumeInt(0, 4);
    double p1 = parameter(data);
    double p2 = parameter(data);
    double p3 = parameter(data);
    double p4 = parameter(data);
    int x = data.consumeBoolean() ? data.consumeInt(0, 50) : data.consumeInt();
    double t = logScale(data, 1e-9, 1e10);
    double tx = x == 0 ? 0 : t * data.consumeProbabilityDouble();
    double m = logScale(data, 1e-6, 1e15);
    double horizon = logScale(data, 1e-6, 1e20);
    double rate = data.consumeBoolean() ? 0 : logScale(data, 1e-9, 1);
    REPORT.run(() -> {
      switch (model) {
        case 0, 1, 2 -> {
          TransactionModel tm = model == 0 ? new BgNbdModel(p1, p2, p3, p4)
              : model == 1 ? new MbgNbdModel(p1, p2, p3, p4) : new ParetoNbdModel(p1, p2, p3, p4);
          CustomerSummary s = new CustomerSummary(C, x, tx, t, m, 1);
          FuzzReport.finite("P(alive)", tm.probabilityAlive(s), true);
          FuzzReport.finite("E[X]", tm.expectedPurchases(s, horizon), false);
          FuzzReport.finite("log-likelihood", tm.logLikelihood(s), false);
          FuzzReport.finite("CLV", CustomerValues.clv(tm, s, m, rate > 0 ? Math.min(horizon, 520) : horizon, rate), false);
        }
        case 3 -> {
          GammaGammaModel gg = new GammaGammaModel(p1, p2, p3);
          FuzzReport.finite("E[spend]", gg.expectedSpend(new CustomerSummary(C, x, tx, t, m, 1)), false);
        }
        default -> {
          BgBbModel bb = new BgBbModel(p1, p2, p3, p4);
          DiscreteSummary d = new DiscreteSummary(C, x, (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, tx)),
              (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, t)), 1);
          FuzzReport.finite("P(alive)", bb.probabilityAlive(d), true);
          FuzzReport.finite("E[X]", bb.expectedPurchases(d, (int) Math.max(Integer.MIN_VALUE,
              Math.min(Integer.MAX_VALUE, horizon))), false);
        }
      }
    });
  }

  /** Mostly a parameter the models accept, on a log scale over their whole range; sometimes any double. */
  private static double parameter(FuzzedDataProvider data) {
    return data.consumeInt(0, 9) == 0 ? data.consumeRegularDouble() : logScale(data, 1e-12, 1e12);
  }

  private static double logScale(FuzzedDataProvider data, double lo, double hi) {
    double e = Math.log10(lo) + data.consumeProbabilityDouble() * (Math.log10(hi) - Math.log10(lo));
    return Math.min(hi, Math.max(lo, Math.pow(10, e)));
  }

  @AfterAll
  static void report() {
    REPORT.write();
  }
}
