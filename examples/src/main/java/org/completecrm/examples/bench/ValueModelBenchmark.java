package org.completecrm.examples.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.completecrm.analytics.summary.CustomerSummary;
import org.completecrm.analytics.value.BgNbdModel;
import org.completecrm.analytics.value.ModelFit;
import org.completecrm.analytics.value.ParetoNbdModel;
import org.completecrm.analytics.value.ValueSimulator;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Fitting BG/NBD and Pareto/NBD on CDNOW (2,357 customers) and on 1,000,000 customers simulated
 * from each model's own process (ages 27-39 weeks on a daily grid, the CDNOW design). Each fit
 * includes grouping the summaries, the optimisation, the convergence check and the Hessian.
 *
 * <p>Run: {@code java -cp examples/target/crm.jar org.openjdk.jmh.Main ValueModelBenchmark -f 1
 * -wi 2 -i 3} (CDNOW from {@code $CRM_CDNOW_DIR} or {@code ../shared/data/cdnow}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgs = {"-Xmx6g"})
@Warmup(iterations = 2)
@Measurement(iterations = 3)
public class ValueModelBenchmark {
  private List<CustomerSummary> cdnow;
  private List<CustomerSummary> millionBgNbd;
  private List<CustomerSummary> millionParetoNbd;

  /** Loads CDNOW and simulates the two million-customer bases (seeded). */
  @Setup
  public void setUp() {
    cdnow = BenchData.cdnow();
    millionBgNbd = ValueSimulator.bgNbd(new BgNbdModel(0.243, 4.414, 0.793, 2.426), 1_000_000,
        27, 39, 1.0 / 7, 42);
    millionParetoNbd = ValueSimulator.paretoNbd(new ParetoNbdModel(0.55, 10.58, 0.61, 11.67),
        1_000_000, 27, 39, 1.0 / 7, 43);
  }

  /** BG/NBD on CDNOW. */
  @Benchmark
  public ModelFit<BgNbdModel> fitBgNbdCdnow() {
    return BgNbdModel.fit(cdnow);
  }

  /** Pareto/NBD on CDNOW. */
  @Benchmark
  public ModelFit<ParetoNbdModel> fitParetoNbdCdnow() {
    return ParetoNbdModel.fit(cdnow);
  }

  /** BG/NBD on 1,000,000 simulated customers. */
  @Benchmark
  public ModelFit<BgNbdModel> fitBgNbdMillion() {
    return BgNbdModel.fit(millionBgNbd);
  }

  /** Pareto/NBD on 1,000,000 simulated customers. */
  @Benchmark
  public ModelFit<ParetoNbdModel> fitParetoNbdMillion() {
    return ParetoNbdModel.fit(millionParetoNbd);
  }
}
