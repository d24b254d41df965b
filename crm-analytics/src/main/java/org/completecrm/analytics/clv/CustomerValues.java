package org.completecrm.analytics.clv;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.completecrm.analytics.internal.Chunks;
import org.completecrm.analytics.internal.PairMemo;
import org.completecrm.analytics.summary.CustomerSummary;
import org.completecrm.analytics.summary.SummaryColumns;
import org.completecrm.analytics.value.GammaGammaModel;
import org.completecrm.analytics.value.ParetoNbdModel;
import org.completecrm.analytics.value.TransactionModel;
import org.completecrm.core.CustomerId;
import org.completecrm.core.InvalidValueException;
import org.completecrm.core.household.Household;

/**
 * Scores a customer base and rolls the scores up per household. Every result is keyed by
 * customer (or household) id, never aligned by position.
 *
 * <p>Units: the horizon and the discount rate are in the time unit of the summaries the model
 * was fitted on (a weekly model and a 52-period horizon is one year; a 5% rate is 5% per week).
 * The CLV is discrete-horizon: the expected purchases of each period k = 1..ceil(H) (the last
 * one partial) times the expected spend, discounted by {@code (1 + d)^-t_k} at the period's end.
 * For Pareto/NBD the continuous closed form of Fader, Hardie and Lee (2005b) is {@link
 * ParetoNbdModel#discountedExpectedResidualTransactions}.
 */
public final class CustomerValues {
  private CustomerValues() {}

  /** Scores every customer; the result is ordered by customer id. */
  public static Map<CustomerId, CustomerValue> score(
      TransactionModel model,
      Optional<GammaGammaModel> spend,
      Collection<CustomerSummary> customers,
      double horizon,
      double discountRate) {
    if (model == null) {
      throw new InvalidValueException("CustomerValues.model", "null", "a fitted model");
    }
    if (spend == null || customers == null) {
      throw new InvalidValueException("CustomerValues.customers", "null", "customers and an optional spend model");
    }
    check(horizon, discountRate);
    Map<CustomerId, CustomerValue> out = new TreeMap<>();
    // the alive customer's expectation and discounted curve depend on (x, T) only: computed once
    // per distinct pair, which real customer bases have few of
    Map<AgeKey, double[]> curves = new HashMap<>();
    TransactionModel scoring = model.forScoring();
    for (CustomerSummary c : customers) {
      if (c == null) {
        throw new InvalidValueException("CustomerValues.customers", "null", "a customer summary");
      }
      double p = scoring.probabilityAlive(c);
      double[] curve = curves.computeIfAbsent(
          new AgeKey(c.frequency(), Double.doubleToLongBits(c.age() + 0.0)),
          k -> aliveCurve(scoring, c.frequency(), c.age(), horizon, discountRate));
      double e = p * curve[0];
      OptionalDouble es = OptionalDouble.empty();
      OptionalDouble clv = OptionalDouble.empty();
      if (spend.isPresent()) {
        double z = spend.get().expectedSpend(c);
        es = OptionalDouble.of(z);
        clv = OptionalDouble.of(z * p * curve[1]);
      }
      if (out.put(c.customerId(), new CustomerValue(c.customerId(), p, e, es, clv)) != null) {
        throw new InvalidValueException("CustomerValues.customers", c.customerId(),
            "one summary per customer id");
      }
    }
    return out;
  }

  /**
   * Scores columnar statistics (the layout of a data frame or a distributed engine's partition)
   * in parallel: {@code probabilityAlive[i]} and {@code expectedPurchases[i]} for customer i. The
   * output arrays are filled in place; each entry depends only on its own inputs.
   */
  public static void scoreColumns(TransactionModel model, int[] frequency, double[] recency,
      double[] age, double horizon, double[] probabilityAlive, double[] expectedPurchases) {
    if (model == null || frequency == null || recency == null || age == null
        || probabilityAlive == null || expectedPurchases == null) {
      throw new InvalidValueException("CustomerValues.scoreColumns", "null", "a model and arrays");
    }
    int n = frequency.length;
    if (recency.length != n || age.length != n || probabilityAlive.length != n
        || expectedPurchases.length != n) {
      throw new InvalidValueException("CustomerValues.scoreColumns", "arrays of different lengths",
          "arrays of one length " + n);
    }
    check(horizon, 0);
    int chunk = 1 << 16;
    java.util.stream.IntStream.range(0, (n + chunk - 1) / chunk).parallel().forEach(c -> {
      int to = Math.min(n, (c + 1) * chunk);
      TransactionModel scoring = model.forScoring();
      PairMemo cache = new PairMemo((x, t) -> scoring.expectedPurchasesIfAlive(x, t, horizon));
      for (int i = c * chunk; i < to; i++) {
        double p = scoring.probabilityAlive(frequency[i], recency[i], age[i]);
        probabilityAlive[i] = p;
        expectedPurchases[i] = p * cache.get(frequency[i], age[i]);
      }
    });
  }

  /**
   * Scores a columnar customer base on {@code threads} threads (1 is valid): for row i, {@code
   * probabilityAlive[i]}, {@code expectedPurchases[i]} over the horizon and, with a spend model,
   * {@code expectedSpend[i]} and the discounted {@code clv[i]} (as {@link #score}; the last two
   * arrays may be null without one). Each row's values depend on that row alone and are the same
   * whatever the number of threads. The alive customer's curve is computed once per distinct
   * {@code (x, T)} within a chunk of rows.
   */
  public static void scoreColumns(TransactionModel model, Optional<GammaGammaModel> spend,
      SummaryColumns customers, double horizon, double discountRate, int threads,
      double[] probabilityAlive, double[] expectedPurchases, double[] expectedSpend,
      double[] clv) {
    if (model == null || spend == null || customers == null || probabilityAlive == null
        || expectedPurchases == null) {
      throw new InvalidValueException("CustomerValues.scoreColumns", "null",
          "a model, customers and output arrays");
    }
    check(horizon, discountRate);
    int n = customers.size();
    boolean withSpend = spend.isPresent();
    if (probabilityAlive.length < n || expectedPurchases.length < n
        || withSpend && (expectedSpend == null || clv == null || expectedSpend.length < n
            || clv.length < n)) {
      throw new InvalidValueException("CustomerValues.scoreColumns", "arrays shorter than " + n,
          "an output array of at least one entry per customer");
    }
    GammaGammaModel spendModel = spend.orElse(null);
    AliveCurves interpolated = curves(model, customers, horizon, discountRate);
    try (Chunks chunks = Chunks.of(threads)) {
      chunks.forEach(n, (from, to) -> {
        TransactionModel scoring = model.forScoring();
        Map<AgeKey, double[]> curves = new HashMap<>();
        double[] point = new double[2];
        for (int i = from; i < to; i++) {
          int x = customers.frequency(i);
          double age = customers.age(i);
          double p = scoring.probabilityAlive(x, customers.recency(i), age);
          double[] curve;
          if (interpolated.covers(x)) {
            interpolated.at(x, age, point);
            curve = point;
          } else {
            curve = curves.computeIfAbsent(new AgeKey(x, Double.doubleToLongBits(age + 0.0)),
                k -> aliveCurve(scoring, x, age, horizon, discountRate));
          }
          probabilityAlive[i] = p;
          expectedPurchases[i] = p * curve[0];
          if (spendModel != null) { // withSpend
            double z = spendModel.expectedSpend(x, customers.monetaryValue(i));
            expectedSpend[i] = z;
            clv[i] = z * p * curve[1];
          }
        }
      });
    }
  }

  /** Rows of one frequency above which its alive curve is interpolated (see AliveCurves). */
  static final int INTERPOLATED_ROWS = 8 * (AliveCurves.NODES + AliveCurves.CHECKS);

  /**
   * The interpolated alive curves of the frequencies with more than {@link #INTERPOLATED_ROWS}
   * rows, over their ages' ranges: where a frequency has fewer rows, computing each exactly is
   * cheaper than building its curve.
   */
  private static AliveCurves curves(TransactionModel model, SummaryColumns customers,
      double horizon, double discountRate) {
    int maxX = 0;
    for (int i = 0; i < customers.size(); i++) {
      maxX = Math.max(maxX, customers.frequency(i));
    }
    int[] rows = new int[maxX + 1];
    double[] youngest = new double[maxX + 1];
    double[] oldest = new double[maxX + 1];
    java.util.Arrays.fill(youngest, Double.POSITIVE_INFINITY);
    java.util.Arrays.fill(oldest, Double.NEGATIVE_INFINITY);
    for (int i = 0; i < customers.size(); i++) {
      int x = customers.frequency(i);
      double age = customers.age(i);
      rows[x]++;
      youngest[x] = Math.min(youngest[x], age);
      oldest[x] = Math.max(oldest[x], age);
    }
    int m = 0;
    for (int x = 0; x <= maxX; x++) {
      m += rows[x] > INTERPOLATED_ROWS ? 1 : 0;
    }
    int[] xs = new int[m];
    double[] min = new double[m];
    double[] max = new double[m];
    for (int x = 0, k = 0; x <= maxX; x++) {
      if (rows[x] > INTERPOLATED_ROWS) {
        xs[k] = x;
        min[k] = youngest[x];
        max[k] = oldest[x];
        k++;
      }
    }
    return AliveCurves.build(model, xs, min, max, horizon, discountRate);
  }

  /**
   * The discrete-horizon CLV of one customer: expected purchases per period times {@code
   * spendPerPurchase}, discounted at {@code discountRate} per period.
   */
  public static double clv(TransactionModel model, CustomerSummary customer,
      double spendPerPurchase, double horizon, double discountRate) {
    check(horizon, discountRate);
    if (!Double.isFinite(spendPerPurchase) || spendPerPurchase < 0) {
      throw new InvalidValueException("CustomerValues.spendPerPurchase", spendPerPurchase,
          "a finite spend >= 0");
    }
    double alive = model.probabilityAlive(customer);
    return spendPerPurchase * alive
        * aliveCurve(model, customer.frequency(), customer.age(), horizon, discountRate)[1];
  }

  /**
   * {E[Y(H)] if alive, the discounted sum over periods of the alive customer's expected
   * purchases}: multiplied by P(alive) (and the spend) they give expected purchases and CLV.
   */
  static double[] aliveCurve(TransactionModel model, int x, double age, double horizon,
      double discountRate) {
    double atHorizon = model.expectedPurchasesIfAlive(x, age, horizon);
    if (discountRate == 0) {
      return new double[] {atHorizon, atHorizon};
    }
    double total = 0;
    double previous = 0;
    int steps = (int) Math.ceil(horizon);
    for (int k = 1; k <= steps; k++) {
      double t = Math.min(k, horizon);
      double cumulative = k == steps ? atHorizon : model.expectedPurchasesIfAlive(x, age, t);
      total += Math.max(0, cumulative - previous) / Math.pow(1 + discountRate, t);
      previous = cumulative;
    }
    return new double[] {atHorizon, total};
  }

  private record AgeKey(int x, long ageBits) {}

  /**
   * Rolls customer scores up to households: for each household, the members at {@code at}
   * that have a score. Households are returned in id order.
   */
  public static List<HouseholdValue> rollUp(
      Collection<Household> households, Map<CustomerId, CustomerValue> scores, Instant at) {
    if (households == null || scores == null || at == null) {
      throw new InvalidValueException("CustomerValues.rollUp", "null",
          "households, scores and an instant");
    }
    List<Household> sorted = new ArrayList<>(households);
    sorted.sort((x, y) -> x.id().value().compareTo(y.id().value()));
    List<HouseholdValue> out = new ArrayList<>(sorted.size());
    for (Household h : sorted) {
      Set<CustomerId> members = new TreeSet<>();
      double purchases = 0;
      double clv = 0;
      boolean allClv = true;
      double logNoneAlive = 0;
      for (CustomerId id : new TreeSet<>(h.membersAt(at))) {
        CustomerValue v = scores.get(id);
        if (v == null) {
          continue;
        }
        members.add(id);
        purchases += v.expectedPurchases();
        if (v.clv().isPresent()) {
          clv += v.clv().getAsDouble();
        } else {
          allClv = false;
        }
        logNoneAlive += Math.log1p(-Math.min(1, v.probabilityAlive()));
      }
      OptionalDouble total = allClv && !members.isEmpty() ? OptionalDouble.of(clv) : OptionalDouble.empty();
      double anyAlive = members.isEmpty() ? 0 : -Math.expm1(logNoneAlive);
      out.add(new HouseholdValue(h.id(), members, purchases, total, Math.max(0, Math.min(1, anyAlive))));
    }
    return out;
  }

  private static void check(double horizon, double discountRate) {
    if (!Double.isFinite(horizon) || horizon < 0) {
      throw new InvalidValueException("horizon", horizon, "a finite horizon >= 0 in the model's time unit");
    }
    if (!Double.isFinite(discountRate) || discountRate < 0) {
      throw new InvalidValueException("discountRate", discountRate,
          "a finite discount rate >= 0 per period of the model's time unit");
    }
    if (discountRate > 0 && horizon > MAX_DISCOUNTED_PERIODS) {
      throw new InvalidValueException("horizon", horizon,
          "at most 100,000 periods when discounting (each period is summed), or a discount rate of 0");
    }
  }

  /** Longest horizon of a discounted CLV, in periods: the discounted sum takes one step per period. */
  public static final int MAX_DISCOUNTED_PERIODS = 100_000;
}
