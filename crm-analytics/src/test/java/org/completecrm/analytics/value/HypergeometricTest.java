package org.completecrm.analytics.value;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.completecrm.core.InvalidValueException;
import org.junit.jupiter.api.Test;

/** The log-space Gauss 2F1 against reference values computed with mpmath (30 digits). */
class HypergeometricTest {
  /** {a, b, c, z, log 2F1(a, b; c; z)} from mpmath.hyp2f1 at 30 significant digits. */
  private static final double[][] REFERENCE = {
    {1, 1, 2, 0.3, 0.17304237116721290306},
    {0.5, 1.5, 2.5, 0.1, 0.031226715327727653635},
    {222.3, 1.61, 223.3, 0.093, 0.15641797577097673336},
    {2.5, 3.5, 1.2, 0.45, 3.6422767538414577148},
    {1.2, 0.8, 3.1, 0.75, 0.33232478510849494401},
    {0.7, 1.3, 2.0, 0.95, 1.0638642599739916755},
    {3.0, 2.0, 6.0, 0.9, 1.5890753065241177655},
    {1.5, 1.61, 4.11, 0.999, 1.2690868601639018844},
    {50.2, 0.9, 51.2, 0.99, 3.4454563508068380786},
    {0.3, 0.4, 0.2, 0.6, 0.53181683348937928094},
    {2.0, 3.0, 5.0, 0.8, 1.6242480740043325},
    // large a and b near z = 1, where the 1 - z transformation cancels (found by a property test)
    {34.014747395050286, 12.364252233538192, 48.37160223715176, 0.9001398922025629,
        14.764234414740691057},
    {300.5, 250.25, 551.0, 0.999, 362.74247544754571934},
    {222.3, 1.61, 223.3, 0.97, 5.4547996955840374808},
  };

  @Test
  void matchesReferenceValuesOnBothSidesOfTheTransformationAndAtIntegerDegeneracies() {
    for (double[] c : REFERENCE) {
      double got = Hypergeometric.log2F1(c[0], c[1], c[2], c[3]);
      assertEquals(c[4], got, 1e-9 * Math.max(1, Math.abs(c[4])),
          () -> "2F1(" + c[0] + ", " + c[1] + "; " + c[2] + "; " + c[3] + ")");
    }
  }

  @Test
  void isExactlyZeroAtTheOrigin() {
    assertEquals(0, Hypergeometric.log2F1(3, 4, 5, 0));
  }

  @Test
  void rejectsArgumentsOutsideItsDomain() {
    assertThrows(InvalidValueException.class, () -> Hypergeometric.log2F1(1, 1, 2, 1));
    assertThrows(InvalidValueException.class, () -> Hypergeometric.log2F1(-1, 1, 2, 0.5));
    assertThrows(InvalidValueException.class, () -> Hypergeometric.log2F1(1, 1, Double.NaN, 0.5));
  }

  /** {a, b', m, z, E} with E = E_{p ~ Beta(a, b')}[(1 - (1 + k p)^-m) / p] by mpmath quadrature. */
  @Test
  void aliveCustomerExpectationMatchesNumericalIntegrationIncludingASmallerThanOne() {
    double[][] ref = {
      {0.793, 2.426, 0.243, 0.47, 0.1922757003866829741},
      // x = 0 with a + b < 1: the paper's 2F1 would have c = a + b - 1 < 0 (NaN elsewhere)
      {0.3, 0.5, 0.2, 0.6, 0.24054925272648845173},
      {1.0, 2.0, 1.5, 0.5, 1.0960513763460106681},
      {2.5, 4.0, 3.2, 0.9, 3.378399388214970652},
      {0.793, 4.426, 2.243, 0.4935, 1.8024800422656661321},
    };
    for (double[] c : ref) {
      assertEquals(c[4], BetaGeometric.alivePurchases(c[0], c[1], c[2], c[3]), 1e-10 * c[4]);
    }
  }
}
