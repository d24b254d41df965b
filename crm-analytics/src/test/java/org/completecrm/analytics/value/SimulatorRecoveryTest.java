package org.completecrm.analytics.value;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.completecrm.analytics.summary.CustomerSummary;
import org.completecrm.analytics.summary.DiscreteSummary;
import org.completecrm.core.CustomerId;
import org.junit.jupiter.api.Test;

/**
 * Fitting recovers the parameters of the simulator's generative process: each estimate lies
 * within 4 of its standard errors of the truth (and the same seed gives the same data).
 */
class SimulatorRecoveryTest {
  private static void within(Map<String, Double> truth, ModelFit<?> fit) {
    assertTrue(fit.converged(), fit.diagnostics().toString());
    Map<String, Double> got = fit.model().parameters();
    for (Map.Entry<String, Double> e : truth.entrySet()) {
      double se = fit.standardErrors().get(e.getKey());
      assertEquals(e.getValue(), got.get(e.getKey()), 4 * se,
          () -> e.getKey() + " " + got + " se " + fit.standardErrors());
    }
  }

  @Test
  void bgNbdFitRecoversTheSimulatedParameters() {
    BgNbdModel truth = new BgNbdModel(0.5, 5, 0.8, 2.5);
    List<CustomerSummary> data = ValueSimulator.bgNbd(truth, 30_000, 20, 52, 1.0 / 7, 11);
    within(truth.parameters(), BgNbdModel.fit(data));
  }

  @Test
  void paretoNbdFitRecoversTheSimulatedParameters() {
    ParetoNbdModel truth = new ParetoNbdModel(0.6, 8, 0.7, 12);
    List<CustomerSummary> data = ValueSimulator.paretoNbd(truth, 30_000, 20, 52, 1.0 / 7, 12);
    within(truth.parameters(), ParetoNbdModel.fit(data));
  }

  @Test
  void bgBbFitRecoversTheSimulatedParameters() {
    BgBbModel truth = new BgBbModel(1.2, 0.75, 0.66, 2.8);
    List<DiscreteSummary> data = ValueSimulator.bgBb(truth, 20_000, 6, 13);
    within(truth.parameters(), BgBbModel.fit(data));
  }

  @Test
  void gammaGammaFitRecoversTheSimulatedParameters() {
    GammaGammaModel truth = new GammaGammaModel(6, 4, 15);
    List<CustomerSummary> base = ValueSimulator.bgNbd(new BgNbdModel(1, 4, 0.5, 3), 20_000, 30, 40, 1, 14);
    within(truth.parameters(), GammaGammaModel.fit(ValueSimulator.spend(truth, base, 15)));
  }

  @Test
  void theSameSeedGivesTheSameCustomers() {
    BgNbdModel m = new BgNbdModel(0.5, 5, 0.8, 2.5);
    assertEquals(ValueSimulator.bgNbd(m, 100, 10, 20, 1, 3), ValueSimulator.bgNbd(m, 100, 10, 20, 1, 3));
  }

  @Test
  void noRepeatBuyersIsAClearError() {
    List<CustomerSummary> none = List.of(CustomerSummary.of(CustomerId.of("a"), 0, 0, 10, 0),
        CustomerSummary.of(CustomerId.of("b"), 0, 0, 12, 0));
    UnidentifiedModelException e = assertThrows(UnidentifiedModelException.class,
        () -> BgNbdModel.fit(none));
    assertTrue(e.getMessage().contains("no customer made a repeat purchase"), e.getMessage());
    assertThrows(UnidentifiedModelException.class, () -> ParetoNbdModel.fit(none));
    assertThrows(UnidentifiedModelException.class, () -> GammaGammaModel.fit(none));
  }

  @Test
  void weightsCountIdenticalCustomers() {
    List<CustomerSummary> data = ValueSimulator.bgNbd(new BgNbdModel(0.5, 5, 0.8, 2.5), 3000, 20, 40, 1, 5);
    List<CustomerSummary> doubled = new java.util.ArrayList<>(data);
    doubled.addAll(data);
    List<CustomerSummary> weighted = data.stream().map(s -> new CustomerSummary(s.customerId(),
        s.frequency(), s.recency(), s.age(), s.monetaryValue(), 2)).toList();
    assertEquals(BgNbdModel.fit(doubled).logLikelihood(), BgNbdModel.fit(weighted).logLikelihood(),
        1e-6);
  }
}
