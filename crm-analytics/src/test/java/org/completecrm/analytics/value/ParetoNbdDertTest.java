package org.completecrm.analytics.value;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.completecrm.analytics.summary.CustomerSummary;
import org.completecrm.core.CustomerId;
import org.junit.jupiter.api.Test;

/**
 * Pareto/NBD DERT (Fader, Hardie and Lee 2005b, eq. 2) against direct numerical integration of
 * {@code P(alive) int_0^inf e^(-delta t) (r+x)/(alpha+T) ((beta+T)/(beta+T+t))^s dt} with mpmath,
 * for s below, at and above 1 (where the incomplete gamma's argument crosses zero).
 */
class ParetoNbdDertTest {
  private static final double[][] REFERENCE = {
    {0.55, 10.58, 0.61, 11.67, 2.0, 30.43, 38.86, 0.0027, 6.4357480298034790998},
    {0.55, 10.58, 0.61, 11.67, 0.0, 0.0, 38.86, 0.0027, 0.46957995552841463714},
    {0.55, 10.58, 1.0, 11.67, 5.0, 20.0, 38.86, 0.01, 1.21996888964048518},
    {0.55, 10.58, 2.7, 11.67, 5.0, 20.0, 38.86, 0.05, 0.069779751274330529733},
    {0.55, 10.58, 0.3, 11.67, 1.0, 2.0, 38.86, 0.5, 0.02251744919214647245},
  };

  @Test
  void dertMatchesNumericalIntegration() {
    for (double[] c : REFERENCE) {
      ParetoNbdModel m = new ParetoNbdModel(c[0], c[1], c[2], c[3]);
      CustomerSummary s = CustomerSummary.of(CustomerId.of("c"), (int) c[4], c[5], c[6], 0);
      assertEquals(c[8], m.discountedExpectedResidualTransactions(s, c[7]), 1e-8 * c[8],
          () -> "s = " + c[2]);
    }
  }
}
