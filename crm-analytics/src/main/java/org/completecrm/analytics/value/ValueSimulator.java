package org.completecrm.analytics.value;

import java.util.ArrayList;
import java.util.List;
import org.completecrm.analytics.summary.CustomerSummary;
import org.completecrm.analytics.summary.DiscreteSummary;
import org.completecrm.core.CustomerId;
import org.completecrm.core.InvalidValueException;
import org.hipparchus.random.RandomDataGenerator;

/**
 * A seeded simulator of customer bases drawn from the models' own generative processes: for
 * benchmarks at scale and for checking that fitting recovers the true parameters.
 *
 * <p>Customers are acquired uniformly so that their ages T lie in {@code [minAge, maxAge]};
 * ages and recencies are cut down to a grid of {@code resolution} (e.g. 1/7 of a week for
 * days) so that identical summaries occur as in real data, while every simulated purchase is
 * counted (merging same-day purchases would bias the simulated process away from the model).
 * The same seed gives the same customers.
 */
public final class ValueSimulator {
  private ValueSimulator() {}

  /** A cohort of {@code customers} BG/NBD customers. */
  public static List<CustomerSummary> bgNbd(
      BgNbdModel model, int customers, double minAge, double maxAge, double resolution, long seed) {
    check(customers, minAge, maxAge, resolution);
    RandomDataGenerator rng = new RandomDataGenerator(seed);
    List<CustomerSummary> out = new ArrayList<>(customers);
    for (int i = 0; i < customers; i++) {
      double age = grid(minAge + (maxAge - minAge) * rng.nextDouble(), resolution);
      double lambda = rng.nextGamma(model.r(), 1 / model.alpha());
      double p = rng.nextBeta(model.a(), model.b());
      out.add(walk(i, age, lambda, p, Double.POSITIVE_INFINITY, resolution, rng));
    }
    return out;
  }

  /** A cohort of {@code customers} Pareto/NBD customers. */
  public static List<CustomerSummary> paretoNbd(
      ParetoNbdModel model, int customers, double minAge, double maxAge, double resolution,
      long seed) {
    check(customers, minAge, maxAge, resolution);
    RandomDataGenerator rng = new RandomDataGenerator(seed);
    List<CustomerSummary> out = new ArrayList<>(customers);
    for (int i = 0; i < customers; i++) {
      double age = grid(minAge + (maxAge - minAge) * rng.nextDouble(), resolution);
      double lambda = rng.nextGamma(model.r(), 1 / model.alpha());
      double mu = rng.nextGamma(model.s(), 1 / model.beta());
      double lifetime = rng.nextExponential(1 / Math.max(mu, Double.MIN_NORMAL));
      out.add(walk(i, age, lambda, 0, lifetime, resolution, rng));
    }
    return out;
  }

  private static CustomerSummary walk(int i, double age, double lambda, double dropout,
      double lifetime, double resolution, RandomDataGenerator rng) {
    int x = 0;
    double t = 0;
    double last = 0;
    double end = Math.min(age, lifetime);
    while (lambda > 0) {
      t += rng.nextExponential(1 / lambda);
      if (t > end) {
        break;
      }
      x++;
      last = Math.min(grid(t, resolution), age);
      if (dropout > 0 && rng.nextDouble() < dropout) {
        break;
      }
    }
    return CustomerSummary.of(CustomerId.of("sim-" + i), x, x == 0 ? 0 : last, age, 0);
  }

  /**
   * The same customers with a mean repeat spend drawn from the Gamma-Gamma model: each
   * customer's mean nu ~ Gamma(q, gamma), each of the x repeat purchases ~ Gamma(p, nu).
   */
  public static List<CustomerSummary> spend(
      GammaGammaModel model, List<CustomerSummary> customers, long seed) {
    RandomDataGenerator rng = new RandomDataGenerator(seed);
    List<CustomerSummary> out = new ArrayList<>(customers.size());
    for (CustomerSummary c : customers) {
      double mean = 0;
      if (c.frequency() > 0) {
        double nu = rng.nextGamma(model.q(), 1 / model.gamma());
        double total = 0;
        for (int k = 0; k < c.frequency(); k++) {
          total += rng.nextGamma(model.p(), 1 / nu);
        }
        mean = total / c.frequency();
      }
      out.add(new CustomerSummary(c.customerId(), c.frequency(), c.recency(), c.age(),
          Double.isFinite(mean) ? mean : Double.MAX_VALUE, c.weight()));
    }
    return out;
  }

  /** A cohort of {@code customers} BG/BB customers observed for {@code periods} opportunities. */
  public static List<DiscreteSummary> bgBb(BgBbModel model, int customers, int periods, long seed) {
    check(customers, 0, 1, 1);
    if (periods < 0) {
      throw new InvalidValueException("ValueSimulator.periods", periods, "a count >= 0");
    }
    RandomDataGenerator rng = new RandomDataGenerator(seed);
    List<DiscreteSummary> out = new ArrayList<>(customers);
    for (int i = 0; i < customers; i++) {
      double p = rng.nextBeta(model.alpha(), model.beta());
      double theta = rng.nextBeta(model.gamma(), model.delta());
      int x = 0;
      int last = 0;
      for (int t = 1; t <= periods; t++) {
        if (rng.nextDouble() < theta) {
          break;
        }
        if (rng.nextDouble() < p) {
          x++;
          last = t;
        }
      }
      out.add(new DiscreteSummary(CustomerId.of("sim-" + i), x, last, periods, 1));
    }
    return out;
  }

  private static double grid(double t, double resolution) {
    return Math.floor(t / resolution + 1e-9) * resolution;
  }

  private static void check(int customers, double minAge, double maxAge, double resolution) {
    if (customers < 0) {
      throw new InvalidValueException("ValueSimulator.customers", customers, "a count >= 0");
    }
    if (!(minAge >= 0) || !(maxAge >= minAge) || !Double.isFinite(maxAge)) {
      throw new InvalidValueException(
          "ValueSimulator.maxAge", maxAge, "finite ages with 0 <= minAge <= maxAge");
    }
    if (!(resolution > 0) || !Double.isFinite(resolution)) {
      throw new InvalidValueException("ValueSimulator.resolution", resolution, "a grid step > 0");
    }
  }
}
