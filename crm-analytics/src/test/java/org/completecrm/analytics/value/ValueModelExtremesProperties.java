package org.completecrm.analytics.value;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleSupplier;
import org.completecrm.analytics.clv.CustomerValues;
import org.completecrm.analytics.summary.CustomerSummary;
import org.completecrm.analytics.summary.DiscreteSummary;
import org.completecrm.core.CustomerId;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/**
 * Every prediction of every value model is finite, and every probability in [0, 1], for any
 * parameters the models accept and any valid summary (issue 23: parameters from 1e-300 to 1e308).
 */
class ValueModelExtremesProperties {
  /** A number spread over [lo, hi] on a log scale, with the usual values over-represented. */
  static Gen<Double> logUniform(double lo, double hi) {
    double l = Math.log10(lo);
    double h = Math.log10(hi);
    return SourceDSL.doubles().between(l, h).map(e -> Math.min(hi, Math.max(lo, Math.pow(10, e))))
        .mix(SourceDSL.doubles().between(0.01, 20), 30);
  }

  /** Any parameter a model accepts. */
  static Gen<Double> anyParameter() {
    return logUniform(ValueModel.MIN_PARAMETER, ValueModel.MAX_PARAMETER);
  }

  record Params(double p1, double p2, double p3, double p4) {}

  static Gen<Params> params() {
    return anyParameter().zip(anyParameter(), anyParameter(), anyParameter(), Params::new);
  }

  static Gen<CustomerSummary> summaries() {
    return SourceDSL.integers().between(0, CustomerSummary.MAX_FREQUENCY)
        .mix(SourceDSL.integers().between(0, 20), 60)
        .zip(SourceDSL.doubles().between(0, 1), logUniform(1e-9, CustomerSummary.MAX_AGE).mix(SourceDSL.doubles().between(0, 100), 50),
            logUniform(1e-6, CustomerSummary.MAX_MONETARY_VALUE), (x, f, t, m) -> {
              double tx = x == 0 ? 0 : f * t;
              return CustomerSummary.of(CustomerId.of("c"), x, tx, t, x == 0 ? 0 : m);
            });
  }

  static Gen<Double> horizons() {
    return logUniform(1e-6, 1e20).mix(SourceDSL.doubles().between(0, 104), 50);
  }

    /** A probability, a non-negative amount or any finite number (a log-likelihood). */
  enum Kind { PROBABILITY, NON_NEGATIVE, ANY }

  private static void finite(String what, DoubleSupplier value, Kind kind) {
    double v;
    try {
      v = value.getAsDouble();
    } catch (org.completecrm.core.CrmException refused) {
      return;
    } catch (RuntimeException e) {
      throw new AssertionError(what + ": " + e, e);
    }
    boolean inRange = switch (kind) {
      case PROBABILITY -> v >= 0 && v <= 1;
      case NON_NEGATIVE -> v >= 0;
      case ANY -> true;
    };
    assertTrue(Double.isFinite(v) && inRange, () -> what + " = " + v);
  }

  static List<TransactionModel> models(Params p) {
    List<TransactionModel> ms = new ArrayList<>();
    ms.add(new BgNbdModel(p.p1(), p.p2(), p.p3(), p.p4()));
    ms.add(new MbgNbdModel(p.p1(), p.p2(), p.p3(), p.p4()));
    ms.add(new ParetoNbdModel(p.p1(), p.p2(), p.p3(), p.p4()));
    return ms;
  }

  @Test
  void transactionModelPredictionsAreFiniteForAnyParameters() {
    qt().withExamples(60).forAll(params(), summaries(), horizons()).checkAssert((p, s, h) -> {
      for (TransactionModel m : models(p)) {
        String at = m.name() + p + " " + s + " h=" + h + ": ";
        finite(at + "P(alive)", () -> m.probabilityAlive(s), Kind.PROBABILITY);
        finite(at + "E[X]", () -> m.expectedPurchases(s, h), Kind.NON_NEGATIVE);
        finite(at + "E[X new]", () -> m.expectedPurchasesOfNewCustomer(h), Kind.NON_NEGATIVE);
        finite(at + "ll", () -> m.logLikelihood(s), Kind.ANY);
        finite(at + "clv", () -> CustomerValues.clv(m, s, 10, h, 0), Kind.NON_NEGATIVE);
        finite(at + "discounted clv", () -> CustomerValues.clv(m, s, 10, Math.min(h, 52), 0.01), Kind.NON_NEGATIVE);
      }
    });
  }

  @Test
  void spendPredictionsAreFiniteForAnyParameters() {
    qt().withExamples(1_000).forAll(anyParameter(), anyParameter(), anyParameter(), summaries()).checkAssert((p, q, g, s) -> {
      GammaGammaModel m = new GammaGammaModel(p, q, g);
      String at = m + " " + s + ": ";
      finite(at + "E[spend]", () -> m.expectedSpend(s), Kind.NON_NEGATIVE);
      if (s.frequency() > 0) {
        finite(at + "ll", () -> m.logLikelihood(s.frequency(), s.monetaryValue()), Kind.ANY);
      }
    });
  }

  @Test
  void bgBbPredictionsAreFiniteForAnyParameters() {
    qt().withExamples(1_000).forAll(params(), SourceDSL.integers().between(0, 1000), SourceDSL.integers().between(0, 1000),
        SourceDSL.integers().between(0, 1000)).checkAssert((p, a, b, c) -> {
          int n = Math.max(a, Math.max(b, c));
          int tx = Math.min(a, b) == 0 ? 0 : Math.max(Math.min(a, b), 1);
          int x = Math.min(Math.min(a, b), tx);
          if (x == 0) {
            tx = 0;
          }
          DiscreteSummary s = new DiscreteSummary(CustomerId.of("c"), x, tx, n, 1);
          BgBbModel m = new BgBbModel(p.p1(), p.p2(), p.p3(), p.p4());
          finite(m + " " + s + " P(alive)", () -> m.probabilityAlive(s), Kind.PROBABILITY);
          finite(m + " " + s + " E[X]", () -> m.expectedPurchases(s, c), Kind.NON_NEGATIVE);
          finite(m + " " + s + " ll", () -> m.logLikelihood(s), Kind.ANY);
        });
  }
}
