package org.completecrm.analytics.value;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.Optional;
import org.completecrm.analytics.clv.CustomerValues;
import org.completecrm.analytics.summary.CustomerSummary;
import org.completecrm.analytics.summary.DiscreteSummary;
import org.completecrm.core.CustomerId;
import org.completecrm.core.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Properties of every model over arbitrary valid parameters and summaries. */
class ValueModelProperties {
  private static final CustomerId ID = CustomerId.of("p");

  /** A positive parameter, log-uniform in [0.02, 20]. */
  static Gen<Double> parameter() {
    return doubles().between(Math.log(0.02), Math.log(20)).map(Math::exp);
  }

  static Gen<TransactionModel> models() {
    return integers().between(0, 2).zip(parameter(), parameter(), parameter(), parameter(),
        (k, p1, p2, p3, p4) -> k == 0 ? new BgNbdModel(p1, p2, p3, p4)
            : k == 1 ? new MbgNbdModel(p1, p2, p3, p4) : new ParetoNbdModel(p1, p2, p3, p4));
  }

  /** A valid summary: x in [0, 300], T in [0.01, 200], t_x uniform in [0, T] (0 when x = 0). */
  static Gen<CustomerSummary> summaries() {
    return integers().between(0, 300).zip(doubles().between(0.01, 200), doubles().between(0, 1),
        (x, t, u) -> CustomerSummary.of(ID, x, x == 0 ? 0 : u * t, t, 0));
  }

  static Gen<Double> horizons() {
    return doubles().between(0, 200);
  }

  @Test
  void probabilityAliveIsAProbabilityAndEverythingIsFinite() {
    qt().withExamples(400).forAll(models(), summaries(), horizons()).check((m, s, h) -> {
      double p = m.probabilityAlive(s);
      double e = m.expectedPurchases(s, h);
      double ll = m.logLikelihood(s);
      double n = m.expectedPurchasesOfNewCustomer(h);
      return p >= 0 && p <= 1 && Double.isFinite(e) && e >= 0 && Double.isFinite(ll)
          && Double.isFinite(n) && n >= 0;
    });
  }

  @Test
  void expectedPurchasesNeverDecreaseWithTheHorizon() {
    qt().withExamples(300).forAll(models(), summaries(), horizons(), horizons()).check(
        (m, s, h1, h2) -> {
          double lo = m.expectedPurchases(s, Math.min(h1, h2));
          double hi = m.expectedPurchases(s, Math.max(h1, h2));
          return lo <= hi * (1 + 1e-9) + 1e-12;
        });
  }

  @Test
  void aMoreRecentCustomerIsNeverLessLikelyAlive() {
    qt().withExamples(400).forAll(models(), summaries(), doubles().between(0, 1)).check(
        (m, s, u) -> {
          if (s.frequency() == 0) {
            return true;
          }
          CustomerSummary later = CustomerSummary.of(ID, s.frequency(),
              s.recency() + u * (s.age() - s.recency()), s.age(), 0);
          return m.probabilityAlive(s) <= m.probabilityAlive(later) + 1e-12;
        });
  }

  @Test
  void clvIsFiniteAndNonNegative() {
    qt().withExamples(200).forAll(models(), summaries(), doubles().between(0, 60),
        doubles().between(0, 0.2)).check((m, s, h, d) -> {
          double clv = CustomerValues.clv(m, s, 25.0, h, d);
          return Double.isFinite(clv) && clv >= 0;
        });
  }

  @Test
  void bgBbPredictionsAreFiniteAndInRange() {
    Gen<BgBbModel> models = parameter().zip(parameter(), parameter(), parameter(), BgBbModel::new);
    Gen<DiscreteSummary> patterns = integers().between(0, 40).zip(doubles().between(0, 1),
        doubles().between(0, 1), (n, u, v) -> {
          int tx = (int) Math.floor(u * n);
          int x = tx == 0 ? 0 : 1 + (int) Math.floor(v * (tx - 1));
          return new DiscreteSummary(ID, x, tx, n, 1);
        });
    qt().withExamples(300).forAll(models, patterns, integers().between(0, 30),
        integers().between(0, 30)).check((m, s, k1, k2) -> {
          double p = m.probabilityAlive(s);
          double lo = m.expectedPurchases(s, Math.min(k1, k2));
          double hi = m.expectedPurchases(s, Math.max(k1, k2));
          return p >= 0 && p <= 1 && Double.isFinite(m.logLikelihood(s)) && lo >= 0
              && Double.isFinite(hi) && lo <= hi * (1 + 1e-12) + 1e-15;
        });
  }

  @Test
  void gammaGammaExpectedSpendLiesBetweenThePopulationMeanAndTheCustomerMean() {
    Gen<GammaGammaModel> models = parameter().zip(doubles().between(1.05, 20), parameter(),
        GammaGammaModel::new);
    qt().withExamples(300).forAll(models, integers().between(0, 200), doubles().between(0.01, 1e4))
        .check((m, x, mx) -> {
          double e = m.expectedSpend(x, mx);
          double population = m.p() * m.gamma() / (m.q() - 1);
          double own = x == 0 ? population : mx;
          return Double.isFinite(e) && e >= Math.min(population, own) * (1 - 1e-12)
              && e <= Math.max(population, own) * (1 + 1e-12);
        });
  }

  @Test
  void theHypergeometricFunctionIsFiniteOverTheRangeTheModelsUse() {
    qt().withExamples(500).forAll(doubles().between(0.01, 400), doubles().between(0.01, 400),
        doubles().between(0.01, 400), doubles().between(0, 0.9999)).check((a, b, c, z) ->
            Double.isFinite(Hypergeometric.log2F1(a, b, c, z)));
  }

  @Test
  void invalidInputIsRejectedWithATypedError() {
    qt().withExamples(100).forAll(doubles().any(), doubles().between(-1e6, 0)).checkAssert((v, neg) -> {
      if (!Double.isFinite(v)) {
        assertThrows(InvalidValueException.class, () -> new BgNbdModel(v, 1, 1, 1));
        assertThrows(InvalidValueException.class, () -> CustomerSummary.of(ID, 1, 1, v, 0));
        assertThrows(InvalidValueException.class, () -> new ParetoNbdModel(1, 1, 1, v));
      }
      assertThrows(InvalidValueException.class, () -> new ParetoNbdModel(1, neg, 1, 1));
      assertThrows(InvalidValueException.class, () -> new GammaGammaModel(1, 1, neg));
      assertThrows(InvalidValueException.class,
          () -> new BgNbdModel(1, 1, 1, 1).expectedPurchases(CustomerSummary.of(ID, 1, 1, 2, 0), neg - 1e-9));
    });
    assertThrows(InvalidValueException.class, () -> CustomerSummary.of(ID, -1, 0, 5, 0));
    assertThrows(InvalidValueException.class, () -> CustomerSummary.of(ID, 3, 6, 5, 0));
    assertThrows(InvalidValueException.class,
        () -> CustomerValues.score(new BgNbdModel(1, 1, 1, 1), Optional.empty(),
            java.util.List.of(), Double.NaN, 0));
  }
}
