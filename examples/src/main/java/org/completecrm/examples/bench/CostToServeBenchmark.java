package org.completecrm.examples.bench;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.completecrm.analytics.cost.ActivityRate;
import org.completecrm.analytics.cost.Activities;
import org.completecrm.analytics.cost.CostAccumulator;
import org.completecrm.analytics.cost.RateCard;
import org.completecrm.analytics.profit.ProfitAccumulator;
import org.completecrm.analytics.profit.WhaleCurve;
import org.completecrm.core.Money;
import org.completecrm.core.channel.Channel;
import org.completecrm.core.timeline.CaseKind;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Cost-to-serve and profitability of 1,000,000 customers with 50,000,000 interactions and
 * 10,000,000 transactions, through the columnar API that the object API also runs on ({@link
 * CostAccumulator}, {@link ProfitAccumulator}, {@link WhaleCurve#ofUnscaled}).
 *
 * <p>The setup generates seeded primitive columns (about 1.4 GB: owner, activity, channel, second
 * and quantity per interaction; owner, revenue and margin per transaction) with the channel mix
 * and period-dependent rates of a retail bank. One operation costs every interaction exactly, or
 * additionally sums the transactions, takes profit = margin − cost for every customer and builds
 * the whale curve. Run (about two minutes):
 * {@code java -cp examples/target/crm.jar org.openjdk.jmh.Main CostToServeBenchmark -f 1 -wi 2 -i 3}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms6g", "-Xmx6g"})
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 5)
public class CostToServeBenchmark {
  /** The number of customers. */
  @Param("1000000")
  public int customers;

  /** The number of interactions. */
  @Param("50000000")
  public int interactions;

  /** The number of transactions. */
  @Param("10000000")
  public int transactions;

  private RateCard card;
  private int[] owner;
  private byte[] activity;
  private byte[] channel;
  private long[] second;
  private long[] quantity;
  private int[] txOwner;
  private long[] txRevenue;
  private long[] txMargin;

  /** Generates the seeded columns once per trial. */
  @Setup(Level.Trial)
  public void generate() {
    Currency eur = Money.currency("EUR");
    Instant change = Instant.parse("2024-07-01T00:00:00Z");
    card = RateCard.of(eur, List.of(
        ActivityRate.of(Activities.INBOUND_CALL, Activities.MINUTE, Money.of(new BigDecimal("0.85"), eur)).on(Channel.PHONE),
        ActivityRate.of(Activities.INBOUND_CALL, Activities.MINUTE, Money.of(new BigDecimal("0.70"), eur)),
        ActivityRate.of(Activities.EMAIL_HANDLED, Activities.OCCURRENCE, Money.of(new BigDecimal("2.50"), eur))
            .during(Instant.parse("2020-01-01T00:00:00Z"), change),
        ActivityRate.of(Activities.EMAIL_HANDLED, Activities.OCCURRENCE, Money.of(new BigDecimal("3.10"), eur)).startingAt(change),
        ActivityRate.of(Activities.BRANCH_VISIT, Activities.OCCURRENCE, Money.of(new BigDecimal("24.80"), eur)),
        ActivityRate.of(Activities.STATEMENT_POSTED, Activities.OCCURRENCE, Money.of(new BigDecimal("0.95"), eur)).on(Channel.POST),
        ActivityRate.of(Activities.WEB_SESSION, Activities.OCCURRENCE, Money.of(new BigDecimal("0.04"), eur)),
        ActivityRate.of(Activities.COMPLAINT_HANDLED, Activities.OCCURRENCE, Money.of(new BigDecimal("45.00"), eur))),
        Map.of(Channel.WEB, Activities.WEB_SESSION), Map.of(CaseKind.COMPLAINT, Activities.COMPLAINT_HANDLED));
    int call = card.activityCode(Activities.INBOUND_CALL);
    int email = card.activityCode(Activities.EMAIL_HANDLED);
    int visit = card.activityCode(Activities.BRANCH_VISIT);
    int statement = card.activityCode(Activities.STATEMENT_POSTED);
    int web = card.activityCode(Activities.WEB_SESSION);
    int complaint = card.activityCode(Activities.COMPLAINT_HANDLED);
    long start = Instant.parse("2024-01-01T00:00:00Z").getEpochSecond();
    SplittableRandom random = new SplittableRandom(20_240_101L);
    owner = new int[interactions];
    activity = new byte[interactions];
    channel = new byte[interactions];
    second = new long[interactions];
    quantity = new long[interactions];
    for (int i = 0; i < interactions; i++) {
      // Skewed activity: a few customers interact far more than most.
      double u = random.nextDouble();
      owner[i] = (int) (customers * u * u);
      second[i] = start + random.nextLong(366L * 86_400);
      int kind = random.nextInt(100);
      if (kind < 55) {
        activity[i] = (byte) web;
        channel[i] = (byte) Channel.WEB.ordinal();
        quantity[i] = 1_000;
      } else if (kind < 75) {
        activity[i] = (byte) call;
        channel[i] = (byte) (kind < 70 ? Channel.PHONE.ordinal() : Channel.CHAT.ordinal());
        quantity[i] = 500 + random.nextInt(15_000);
      } else if (kind < 88) {
        activity[i] = (byte) email;
        channel[i] = (byte) Channel.EMAIL.ordinal();
        quantity[i] = 1_000;
      } else if (kind < 94) {
        activity[i] = (byte) statement;
        channel[i] = (byte) Channel.POST.ordinal();
        quantity[i] = 1_000;
      } else if (kind < 99) {
        activity[i] = (byte) visit;
        channel[i] = (byte) Channel.BRANCH.ordinal();
        quantity[i] = 1_000;
      } else {
        activity[i] = (byte) complaint;
        channel[i] = (byte) CostAccumulator.NO_CHANNEL;
        quantity[i] = 1_000;
      }
    }
    txOwner = new int[transactions];
    txRevenue = new long[transactions];
    txMargin = new long[transactions];
    for (int i = 0; i < transactions; i++) {
      txOwner[i] = random.nextInt(customers);
      long cents = 500 + random.nextLong(40_000);
      boolean refund = random.nextInt(50) == 0;
      txRevenue[i] = refund ? -cents : cents;
      txMargin[i] = (refund ? -cents : cents) * 3 / 10;
    }
  }

  /** The cost-to-serve of every customer: 50,000,000 interactions costed exactly. */
  @Benchmark
  public CostAccumulator costToServe() {
    CostAccumulator acc = new CostAccumulator(card, customers);
    acc.addAll(owner, activity, channel, second, quantity, 0, interactions);
    return acc;
  }

  /** Cost-to-serve, then revenue and margin of every customer, profit and the whale curve. */
  @Benchmark
  public WhaleCurve profitability() {
    CostAccumulator costs = costToServe();
    ProfitAccumulator profits = new ProfitAccumulator(card.currency(), customers, 2);
    profits.addAll(txOwner, txRevenue, txMargin, 0, transactions);
    long[] profit = profits.profitUnscaled(costs);
    return WhaleCurve.ofUnscaled(profit, profits.profitScale(card.costScale()), card.currency());
  }

  /**
   * Measures the CPU time (not wall time) of each operation, a figure that a machine shared with
   * other work distorts less than JMH's wall-clock times: {@code java -Xmx6g -cp
   * examples/target/crm.jar org.completecrm.examples.bench.CostToServeBenchmark [repetitions]}.
   */
  public static void main(String[] args) {
    int repetitions = args.length > 0 ? Integer.parseInt(args[0]) : 5;
    CostToServeBenchmark b = new CostToServeBenchmark();
    b.customers = 1_000_000;
    b.interactions = 50_000_000;
    b.transactions = 10_000_000;
    b.generate();
    java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
    for (String op : new String[] {"costToServe", "profitability"}) {
      long best = Long.MAX_VALUE;
      Object sink = null;
      for (int r = 0; r < repetitions; r++) {
        long t0 = threads.getCurrentThreadCpuTime();
        sink = op.equals("costToServe") ? b.costToServe() : b.profitability();
        best = Math.min(best, threads.getCurrentThreadCpuTime() - t0);
      }
      System.out.printf(java.util.Locale.ROOT, "%s: best CPU time %.0f ms/op of %d (%s)%n", op, best / 1e6, repetitions, sink);
    }
  }
}
