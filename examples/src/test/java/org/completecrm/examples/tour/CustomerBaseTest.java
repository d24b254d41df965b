package org.completecrm.examples.tour;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.completecrm.analytics.summary.CustomerSummary;
import org.completecrm.analytics.summary.Summaries;
import org.completecrm.analytics.summary.SummaryUnit;
import org.completecrm.analytics.value.BgNbdModel;
import org.completecrm.analytics.value.ModelFit;
import org.completecrm.core.household.Households;
import org.junit.jupiter.api.Test;

class CustomerBaseTest {
  @Test
  void theSameSeedDrawsTheSameCustomerBase() {
    CustomerBase a = CustomerBase.simulate(300, 7);
    CustomerBase b = CustomerBase.simulate(300, 7);
    assertEquals(a.purchases(), b.purchases());
    assertEquals(a.interactions(), b.interactions());
    assertEquals(a.households(), b.households());
  }

  @Test
  void everyCustomerIsInExactlyOneHouseholdAndHasAFirstPurchase() {
    CustomerBase base = CustomerBase.simulate(1000, 11);
    Households.requireNoOverlap(base.households());
    long members = base.households().stream().mapToLong(h -> h.everMembers().size()).sum();
    assertEquals(1000, members);
    assertEquals(1000, base.purchases().stream().map(p -> p.customerId()).distinct().count());
  }

  /** The simulator follows BG/NBD, so a fit on its calibration period lands near its parameters (r 0.25, α 4.4, a 0.8, b 2.4). */
  @Test
  void aBgNbdFitRecoversTheSimulatedBehaviour() {
    CustomerBase base = CustomerBase.simulate(20_000, 2026);
    List<CustomerSummary> summaries =
        Summaries.calibration(base.purchases(), CustomerBase.CALIBRATION_END, SummaryUnit.WEEKS);
    ModelFit<BgNbdModel> fit = BgNbdModel.fit(summaries);
    BgNbdModel m = fit.model();
    assertTrue(fit.converged());
    assertEquals(0.25, m.r(), 0.06, "r");
    assertEquals(4.4, m.alpha(), 1.5, "alpha");
  }
}
