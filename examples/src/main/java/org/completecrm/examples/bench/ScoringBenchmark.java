package org.completecrm.examples.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.completecrm.analytics.clv.CustomerValues;
import org.completecrm.analytics.summary.CustomerSummary;
import org.completecrm.analytics.value.BgNbdModel;
import org.completecrm.analytics.value.GammaGammaModel;
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
 * Scoring 10,000,000 customers (columnar: frequency, recency, age arrays) with probability
 * alive and expected purchases over 39 weeks, for BG/NBD and Pareto/NBD; and the discounted
 * 52-week CLV (BG/NBD with Gamma-Gamma spend) of 1,000,000 customers. Divide 10,000,000 by the
 * time per operation for customers per second.
 *
 * <p>Run: {@code java -cp examples/target/crm.jar org.openjdk.jmh.Main ScoringBenchmark -f 1
 * -wi 2 -i 3}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgs = {"-Xmx6g"})
@Warmup(iterations = 2)
@Measurement(iterations = 3)
public class ScoringBenchmark {
  private static final int N = 10_000_000;
  private final BgNbdModel bgNbd = new BgNbdModel(0.243, 4.414, 0.793, 2.426);
  private final ParetoNbdModel paretoNbd = new ParetoNbdModel(0.55, 10.58, 0.61, 11.67);
  private final GammaGammaModel spend = new GammaGammaModel(6.25, 3.74, 15.44);
  private int[] x;
  private double[] tx;
  private double[] t;
  private double[] alive;
  private double[] expected;
  private List<CustomerSummary> million;

  /** Simulates the customers once (seeded): a million distinct summaries, repeated to ten million. */
  @Setup
  public void setUp() {
    million = ValueSimulator.spend(spend, ValueSimulator.bgNbd(bgNbd, 1_000_000, 27, 39, 1.0 / 7, 7), 8);
    x = new int[N];
    tx = new double[N];
    t = new double[N];
    for (int i = 0; i < N; i++) {
      CustomerSummary s = million.get(i % million.size());
      x[i] = s.frequency();
      tx[i] = s.recency();
      t[i] = s.age();
    }
    alive = new double[N];
    expected = new double[N];
  }

  /** BG/NBD P(alive) and E[Y(39)] for 10,000,000 customers. */
  @Benchmark
  public double[] scoreBgNbdTenMillion() {
    CustomerValues.scoreColumns(bgNbd, x, tx, t, 39, alive, expected);
    return expected;
  }

  /** Pareto/NBD P(alive) and E[Y(39)] for 10,000,000 customers. */
  @Benchmark
  public double[] scoreParetoNbdTenMillion() {
    CustomerValues.scoreColumns(paretoNbd, x, tx, t, 39, alive, expected);
    return expected;
  }

  /** BG/NBD + Gamma-Gamma: 52-week CLV at 0.2% a week for 1,000,000 customers. */
  @Benchmark
  public Object clvBgNbdMillion() {
    return CustomerValues.score(bgNbd, java.util.Optional.of(spend), million, 52, 0.002);
  }
}
