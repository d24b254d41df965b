package org.completecrm.examples.bench;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.completecrm.analytics.clv.CustomerValues;
import org.completecrm.analytics.summary.DiscreteSummary;
import org.completecrm.analytics.summary.SummaryColumns;
import org.completecrm.analytics.value.BgBbModel;
import org.completecrm.analytics.value.BgNbdModel;
import org.completecrm.analytics.value.GammaGammaModel;
import org.completecrm.analytics.value.MbgNbdModel;
import org.completecrm.analytics.value.ModelFit;
import org.completecrm.analytics.value.ParetoNbdModel;
import org.completecrm.analytics.value.ValueSimulator;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Every model's fit, and scoring, on a real-shaped base: 1,000,000 distinct customers (CDNOW's
 * summaries resampled with recency and T stretched by a factor in [0.9, 1.1] and spend by
 * another, {@link BenchData#distinct}: about 1,000,000 distinct {@code (x, t_x, T)} and 401,000
 * distinct repeat buyers' {@code (x, m_x)}), unlike {@link ValueModelBenchmark}'s simulated
 * bases on a daily grid, which collapse to about 107,000 groups. Columnar input, on {@code
 * threads} threads; each fit includes grouping, the warm start, Newton's iterations and the
 * Hessian. BG/BB, a model of discrete opportunities, runs on 1,000,000 simulated donors over 10
 * opportunities (at most 66 distinct patterns: the data of that model are patterns).
 *
 * <p>Run: {@code java -cp examples/target/crm.jar org.openjdk.jmh.Main DistinctBaseBenchmark
 * -f 1 -wi 2 -i 5} (CDNOW from {@code $CRM_CDNOW_DIR} or {@code ../shared/data/cdnow}; without
 * it the base is resampled from customers simulated from the published fits).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgs = {"-XX:+UseParallelGC", "-Xmx1g"})
@Warmup(iterations = 2)
@Measurement(iterations = 5)
public class DistinctBaseBenchmark {
  private static final int CUSTOMERS = 1_000_000;

  /** Threads to fit and score on. */
  @Param({"2", "1"})
  public int threads;

  private SummaryColumns base;
  private List<DiscreteSummary> donors;
  private final BgNbdModel bgNbd = new BgNbdModel(0.2418, 4.383, 0.8002, 2.432);
  private final ParetoNbdModel paretoNbd = new ParetoNbdModel(0.55, 10.58, 0.61, 11.67);
  private final Optional<GammaGammaModel> spend = Optional.of(new GammaGammaModel(6.25, 3.74, 15.44));
  private double[] alive;
  private double[] expected;
  private double[] spendPerPurchase;
  private double[] clv;

  /** Builds the distinct base and the donors once (seeded). */
  @Setup
  public void setUp() {
    base = BenchData.distinct(CUSTOMERS);
    donors = ValueSimulator.bgBb(new BgBbModel(1.204, 0.750, 0.657, 2.783), CUSTOMERS, 10, 24);
    alive = new double[CUSTOMERS];
    expected = new double[CUSTOMERS];
    spendPerPurchase = new double[CUSTOMERS];
    clv = new double[CUSTOMERS];
  }

  /** BG/NBD on 1,000,000 distinct customers. */
  @Benchmark
  public ModelFit<BgNbdModel> fitBgNbd() {
    return BgNbdModel.fit(base, threads);
  }

  /** MBG/NBD on 1,000,000 distinct customers. */
  @Benchmark
  public ModelFit<MbgNbdModel> fitMbgNbd() {
    return MbgNbdModel.fit(base, threads);
  }

  /** Pareto/NBD on 1,000,000 distinct customers. */
  @Benchmark
  public ModelFit<ParetoNbdModel> fitParetoNbd() {
    return ParetoNbdModel.fit(base, threads);
  }

  /** Gamma-Gamma on the base's (about 401,000) repeat buyers. */
  @Benchmark
  public ModelFit<GammaGammaModel> fitGammaGamma() {
    return GammaGammaModel.fit(base, threads);
  }

  /** BG/BB on 1,000,000 simulated donors (patterns of 10 opportunities). */
  @Benchmark
  public ModelFit<BgBbModel> fitBgBb() {
    return BgBbModel.fit(donors);
  }

  /**
   * P(alive), E[Y(39)], expected spend and undiscounted 39-week CLV (BG/NBD with Gamma-Gamma) of
   * 1,000,000 distinct customers into arrays: divide 1,000,000 by the time for customers a
   * second.
   */
  @Benchmark
  public double[] scoreBgNbdWithSpend() {
    CustomerValues.scoreColumns(bgNbd, spend, base, 39, 0, threads, alive, expected,
        spendPerPurchase, clv);
    return clv;
  }

  /** The same with the 52-week CLV discounted at 0.2% a week (a curve per customer). */
  @Benchmark
  public double[] scoreBgNbdWithDiscountedClv() {
    CustomerValues.scoreColumns(bgNbd, spend, base, 52, 0.002, threads, alive, expected,
        spendPerPurchase, clv);
    return clv;
  }

  /** Pareto/NBD P(alive), E[Y(39)], spend and CLV of 1,000,000 distinct customers. */
  @Benchmark
  public double[] scoreParetoNbdWithSpend() {
    CustomerValues.scoreColumns(paretoNbd, spend, base, 39, 0, threads, alive, expected,
        spendPerPurchase, clv);
    return clv;
  }
}
