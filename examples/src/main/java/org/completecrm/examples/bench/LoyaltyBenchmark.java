package org.completecrm.examples.bench;

import java.time.Instant;
import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.completecrm.analytics.loyalty.LiabilityForecast;
import org.completecrm.analytics.loyalty.LiabilityForecaster;
import org.completecrm.analytics.loyalty.MemberOutlooks;
import org.completecrm.core.CustomerId;
import org.completecrm.core.loyalty.EntryKind;
import org.completecrm.core.loyalty.LoyaltyProgramme;
import org.completecrm.core.loyalty.PeriodFigures;
import org.completecrm.core.loyalty.ProgrammeLedger;
import org.completecrm.core.loyalty.ProgrammeStatements;
import org.completecrm.core.loyalty.Tiers;
import org.completecrm.examples.tour.LoyaltyTour;
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
 * A loyalty programme's book: 10,000,000 ledger entries of 1,000,000 members to every member's
 * balance and unspent lots (first in, first out, expiry derived), tier (spend per half-year,
 * soft landing) and the liability forecast with its run-off, per tier.
 *
 * <p>The setup draws, from a seed, two years of entries in time order as a ledger file has them
 * (members interleaved): purchases with their spend (members' purchase rates vary 20-fold),
 * occasional behaviour bonuses, and redemptions of a 1,000-point voucher when the balance allows;
 * points are valid 12 months, so lots expire along the way. P(alive) and expected purchases per
 * member are drawn as a value model's scores would be. Run (about two minutes):
 * {@code java -cp examples/target/crm.jar org.openjdk.jmh.Main LoyaltyBenchmark -f 1 -wi 2 -i 3}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g"})
@Warmup(iterations = 2)
@Measurement(iterations = 5)
public class LoyaltyBenchmark {
  /** The number of members. */
  @Param("1000000")
  public int members;

  /** The number of ledger entries, about. */
  @Param("10000000")
  public int entries;

  private LoyaltyProgramme programme;
  private ProgrammeLedger ledger;
  private Instant at;
  private double[] probabilityAlive;
  private double[] expectedPurchases;

  /** Generates the ledger once per trial. */
  @Setup(Level.Trial)
  public void generate() {
    programme = LoyaltyTour.programme(LoyaltyTour.SPEND_PROGRAMME);
    long start = programme.start().getEpochSecond();
    long span = 2 * 365 * 86_400L;
    at = Instant.ofEpochSecond(start + span);
    SplittableRandom rng = new SplittableRandom(2026);
    double perMember = entries / (double) members;
    long[] key = new long[entries + members * 4];
    int[] member = new int[key.length];
    byte[] kind = new byte[key.length];
    int[] points = new int[key.length];
    float[] spend = new float[key.length];
    int n = 0;
    probabilityAlive = new double[members];
    expectedPurchases = new double[members];
    long[] lotAt = new long[4096];
    long[] lotPoints = new long[4096];
    long safeValidity = 360 * 86_400L;
    for (int m = 0; m < members; m++) {
      int head = 0;
      int tail = 0;
      double rate = perMember * 0.9 * Math.exp(rng.nextGaussian() * 0.8 - 0.32);
      long t = (long) (rng.nextDouble() * span / 4);
      while (n < key.length - 3) {
        t += (long) (-Math.log(1 - rng.nextDouble()) * span / rate);
        if (t >= span) {
          break;
        }
        float amount = (float) (5 + 60 * -Math.log(1 - rng.nextDouble()));
        int earned = (int) (amount * 10);
        n = put(key, member, kind, points, spend, n, t, m, EntryKind.EARN, earned, amount);
        if (tail < lotAt.length) {
          lotAt[tail] = t;
          lotPoints[tail++] = earned;
        }
        if (rng.nextDouble() < 0.05 && tail < lotAt.length) {
          n = put(key, member, kind, points, spend, n, t + 60, m, EntryKind.BONUS, 200, 0);
          lotAt[tail] = t + 60;
          lotPoints[tail++] = 200;
        }
        // What is left of lots surely still valid (credited less than 360 days ago), oldest first.
        while (head < tail && lotAt[head] <= t + 120 - safeValidity) {
          head++;
        }
        long balance = 0;
        for (int k = head; k < tail; k++) {
          balance += lotPoints[k];
        }
        if (balance >= 1000 && rng.nextDouble() < 0.3) {
          n = put(key, member, kind, points, spend, n, t + 120, m, EntryKind.REDEEM, 1000, 0);
          for (long left = 1000; left > 0; ) {
            long take = Math.min(left, lotPoints[head]);
            lotPoints[head] -= take;
            left -= take;
            if (lotPoints[head] == 0) {
              head++;
            }
          }
        }
      }
      probabilityAlive[m] = rng.nextDouble();
      expectedPurchases[m] = probabilityAlive[m] * rate / 2;
    }
    long[] order = new long[n];
    for (int i = 0; i < n; i++) {
      order[i] = key[i] << 25 | i;
    }
    Arrays.sort(order);
    ProgrammeLedger.Builder b = ProgrammeLedger.builder(n);
    CustomerId[] ids = new CustomerId[members];
    for (int m = 0; m < members; m++) {
      ids[m] = CustomerId.of("m" + m);
      b.member(ids[m]);
    }
    EntryKind[] kinds = EntryKind.values();
    for (int k = 0; k < n; k++) {
      int i = (int) (order[k] & ((1 << 25) - 1));
      b.add(ids[member[i]], start + key[i], kinds[kind[i]], points[i], spend[i]);
    }
    ledger = b.build();
  }

  private static int put(long[] key, int[] member, byte[] kind, int[] points, float[] spend, int n, long t, int m,
      EntryKind k, int p, float amount) {
    key[n] = t;
    member[n] = m;
    kind[n] = (byte) k.ordinal();
    points[n] = p;
    spend[n] = amount;
    return n + 1;
  }

  /**
   * The same work phase by phase, with the process's CPU time per phase (the honest figure on a
   * machine shared with other work, where wall time waits for a core): {@code java -Xmx4g -cp
   * examples/target/crm.jar org.completecrm.examples.bench.LoyaltyBenchmark [runs]}.
   */
  public static void main(String[] args) {
    int runs = args.length > 0 ? Integer.parseInt(args[0]) : 3;
    LoyaltyBenchmark b = new LoyaltyBenchmark();
    b.members = 1_000_000;
    b.entries = 10_000_000;
    b.generate();
    com.sun.management.OperatingSystemMXBean os =
        (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
    System.out.printf(java.util.Locale.ROOT, "%,d entries, %,d members%n", b.ledger.size(), b.ledger.memberCount());
    for (int run = 0; run < runs; run++) {
      long cpu0 = os.getProcessCpuTime();
      long wall0 = System.nanoTime();
      ProgrammeStatements statements = b.ledger.statementsAt(b.programme, b.at);
      long cpu1 = os.getProcessCpuTime();
      int[] tiers = new int[statements.memberCount()];
      for (int i = 0; i < tiers.length; i++) {
        tiers[i] = Tiers.tierIndexAt(b.programme, PeriodFigures.spendOf(statements, i), b.at);
      }
      long cpu2 = os.getProcessCpuTime();
      LiabilityForecast f = LiabilityForecaster.of(statements,
          MemberOutlooks.fromScores(b.probabilityAlive, b.expectedPurchases, 52)).tiers(tiers).forecast();
      long cpu3 = os.getProcessCpuTime();
      long wall = System.nanoTime() - wall0;
      System.out.printf(java.util.Locale.ROOT,
          "run %d: CPU statements %.2f s, tiers %.2f s, liability %.2f s, total %.2f s; wall %.2f s; liability %.2f%n",
          run, (cpu1 - cpu0) / 1e9, (cpu2 - cpu1) / 1e9, (cpu3 - cpu2) / 1e9, (cpu3 - cpu0) / 1e9, wall / 1e9,
          f.programme().liability());
    }
  }

  /** Statements, tiers and the liability forecast of every member; returns the liability. */
  @Benchmark
  public double balancesTiersAndLiability() {
    ProgrammeStatements statements = ledger.statementsAt(programme, at);
    int[] tiers = new int[statements.memberCount()];
    for (int i = 0; i < tiers.length; i++) {
      tiers[i] = Tiers.tierIndexAt(programme, PeriodFigures.spendOf(statements, i), at);
    }
    LiabilityForecast f = LiabilityForecaster.of(statements,
        MemberOutlooks.fromScores(probabilityAlive, expectedPurchases, 52)).tiers(tiers).forecast();
    return f.programme().liability();
  }
}
