package org.completecrm.analytics.experiment;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.completecrm.core.InvalidValueException;
import org.completecrm.core.experiment.ArmRole;
import org.completecrm.core.Checks;

/**
 * The per-arm analysis of an experiment's outcomes, a pure function of them: response rates with
 * Wilson score intervals (Wilson 1927), differences of rates with Newcombe's hybrid score interval
 * (Newcombe, "Interval estimation for the difference between independent proportions: comparison
 * of eleven methods", Statistics in Medicine 17, 1998, method 10), value per customer and its
 * differences with normal (Welch) intervals, all at 95%; and the sample size an effect needs.
 */
public final class ExperimentAnalysis {
  /** The normal quantile of a two-sided 95% interval. */
  static final double Z = 1.959963984540054;

  private ExperimentAnalysis() {}

  /** The report of experiment {@code experiment} from one outcome per customer, in any order. */
  public static ExperimentReport analyse(String experiment, Collection<UnitOutcome> outcomes) {
    Checks.notBlank(experiment, "ExperimentAnalysis.experiment");
    Checks.noNulls(Checks.present(outcomes, "ExperimentAnalysis.outcomes"), "ExperimentAnalysis.outcomes");
    Map<String, Acc> arms = new TreeMap<>();
    for (UnitOutcome o : outcomes) {
      Acc a = arms.computeIfAbsent(o.arm(), k -> new Acc(o.role()));
      if (a.role != o.role()) {
        throw new InvalidValueException("ExperimentAnalysis.outcomes", o.arm() + " as " + o.role(),
            "one role per arm, " + a.role);
      }
      a.add(o);
    }
    List<ArmSummary> summaries = new ArrayList<>();
    arms.forEach((name, a) -> summaries.add(a.summary(name)));
    List<Uplift> uplifts = new ArrayList<>();
    String control = only(arms, ArmRole.CONTROL);
    String champion = only(arms, ArmRole.CHAMPION);
    arms.forEach((name, a) -> {
      if (control != null && a.role != ArmRole.CONTROL) {
        uplifts.add(uplift(name, a, control, arms.get(control)));
      }
      if (champion != null && a.role == ArmRole.CHALLENGER) {
        uplifts.add(uplift(name, a, champion, arms.get(champion)));
      }
    });
    return new ExperimentReport(experiment, summaries, uplifts);
  }

  private static String only(Map<String, Acc> arms, ArmRole role) {
    String found = null;
    for (Map.Entry<String, Acc> e : arms.entrySet()) {
      if (e.getValue().role == role) {
        if (found != null) {
          throw new InvalidValueException("ExperimentAnalysis.outcomes", "arms " + found + " and " + e.getKey(),
              "at most one " + role + " arm");
        }
        found = e.getKey();
      }
    }
    return found;
  }

  /** The Wilson score interval of {@code x} successes in {@code n} trials. */
  public static ConfidenceInterval wilson(long x, long n) {
    if (n == 0) {
      return new ConfidenceInterval(0, 1);
    }
    double p = x / (double) n;
    double z2 = Z * Z;
    double centre = (p + z2 / (2 * n)) / (1 + z2 / n);
    double half = Z / (1 + z2 / n) * Math.sqrt(p * (1 - p) / n + z2 / (4.0 * n * n));
    return new ConfidenceInterval(Math.max(0, centre - half), Math.min(1, centre + half));
  }

  private static Uplift uplift(String name, Acc a, String againstName, Acc b) {
    double p1 = a.rate();
    double p2 = b.rate();
    ConfidenceInterval w1 = wilson(a.responders, a.n);
    ConfidenceInterval w2 = wilson(b.responders, b.n);
    double d = p1 - p2;
    ConfidenceInterval rate = new ConfidenceInterval(
        d - Math.sqrt(square(p1 - w1.low()) + square(w2.high() - p2)),
        d + Math.sqrt(square(w1.high() - p1) + square(p2 - w2.low())));
    double dv = a.mean() - b.mean();
    double se = Math.sqrt(a.varianceOfMean() + b.varianceOfMean());
    return new Uplift(name, againstName, d, rate, dv, new ConfidenceInterval(dv - Z * se, dv + Z * se));
  }

  private static double square(double x) {
    return x * x;
  }

  /** Running sums of one arm; the value's variance by Welford's method. */
  private static final class Acc {
    final ArmRole role;
    long n;
    long responders;
    double mean;
    double m2;

    Acc(ArmRole role) {
      this.role = role;
    }

    void add(UnitOutcome o) {
      n++;
      responders += o.responded() ? 1 : 0;
      double delta = o.value() - mean;
      mean += delta / n;
      m2 += delta * (o.value() - mean);
    }

    double rate() {
      return n == 0 ? 0 : responders / (double) n;
    }

    double mean() {
      return mean;
    }

    double varianceOfMean() {
      return n < 2 ? 0 : m2 / (n - 1) / n;
    }

    ArmSummary summary(String name) {
      double se = Math.sqrt(varianceOfMean());
      return new ArmSummary(name, role, n, responders, rate(), wilson(responders, n), mean,
          new ConfidenceInterval(mean - Z * se, mean + Z * se));
    }
  }
}
