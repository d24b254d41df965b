package org.completecrm.examples.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.completecrm.core.CampaignId;
import org.completecrm.core.Money;
import org.completecrm.core.OfferId;
import org.completecrm.core.TeamId;
import org.completecrm.core.channel.Channel;
import org.completecrm.examples.campaign.SampleBase;

import org.completecrm.rules.campaign.Budgets;
import org.completecrm.rules.campaign.CampaignPlan;
import org.completecrm.rules.campaign.CampaignPlanner;
import org.completecrm.rules.campaign.CampaignPlans;
import org.completecrm.rules.campaign.CampaignSettings;
import org.completecrm.rules.campaign.ContextLines;
import org.completecrm.rules.campaign.PlanSummary;
import org.completecrm.rules.campaign.SendWindow;
import org.completecrm.rules.campaign.TeamCapacity;
import org.completecrm.rules.ruleset.ActionDefinition;
import org.completecrm.rules.ruleset.RuleSet;

/**
 * The campaign plan at the scale of a real base, as a program (one run is tens of seconds, too
 * long for JMH's repetitions): {@code N} customers (default 1,000,000) in households of 2.5 on
 * average, generated as JSON Lines by {@link SampleBase}, planned under the decision benchmark's
 * rule set (50 actions, 200 rules) with budgets and capacities that bind. Prints the time to
 * write the contexts, to plan from the file (read, parse, decide, allocate, schedule) and to
 * write the plan's CSV, and the peak heap in use.
 *
 * <pre>
 * java -Xmx2g -cp examples/target/crm.jar org.completecrm.examples.bench.CampaignBenchmark 1000000 2
 * </pre>
 */
public final class CampaignBenchmark {
  private CampaignBenchmark() {}

  /** Runs it: {@code [customers] [threads] [directory] [reuse]} ({@code reuse}: plan the directory's contexts file again, written by an earlier run with the same customers; a fifth argument {@code reader}: read it through a {@code Reader} instead of as bytes). */
  public static void main(String[] args) throws IOException {
    int customers = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
    int threads = args.length > 1 ? Integer.parseInt(args[1]) : Runtime.getRuntime().availableProcessors();
    Path dir = args.length > 2 ? Path.of(args[2]) : Files.createTempDirectory("campaign-bench");
    RuleSet rules = DecisionBenchmark.ruleSet(new Random(20261123L));
    List<String> offers = new ArrayList<>();
    for (ActionDefinition a : rules.actions()) {
      offers.add(a.id().value());
    }
    CampaignSettings settings = settings(customers, rules);
    Path contexts = dir.resolve("contexts.jsonl");
    long t0 = System.nanoTime();
    long c0 = cpu();
    boolean reuse = args.length > 3 && args[3].equals("reuse") && Files.exists(contexts);
    try (Writer w = reuse ? Writer.nullWriter() : Files.newBufferedWriter(contexts, StandardCharsets.UTF_8)) {
      SampleBase.generate(reuse ? 0 : customers, 20261123L, SampleBase.AT, offers, c -> {
        try {
          w.write(ContextLines.write(c));
          w.write('\n');
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    }
    long t1 = System.nanoTime();
    long c1 = cpu();
    resetPeaks();
    long j1 = jit();
    long g1 = gc();
    CampaignPlanner planner = CampaignPlans.planner(rules, settings, SampleBase.AT, 42L);
    DecideThreads decideThreads = DecideThreads.start(customers / 2);
    long m1 = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    if (args.length > 4 && args[4].equals("reader")) {
      try (Reader in = Files.newBufferedReader(contexts, StandardCharsets.UTF_8)) {
        planner.addJsonLines(in, threads, n -> decideThreads.customers = n);
      }
    } else {
      planner.addJsonLines(contexts, threads, n -> decideThreads.customers = n);
    }
    long t2 = System.nanoTime();
    long c2 = cpu();
    long m2 = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    long decideCpu = decideThreads.stop();
    long j2 = jit();
    long g2 = gc();
    CampaignPlan plan = planner.plan();
    long t3 = System.nanoTime();
    long c3 = cpu();
    try (PrintWriter w = new PrintWriter(new BufferedWriter(Files.newBufferedWriter(dir.resolve("plan.csv")), 1 << 16))) {
      plan.lines().forEach(l -> w.println(l.customer() + "," + l.action().map(OfferId::value).orElse("") + ","
          + l.reason().length()));
    }
    long t4 = System.nanoTime();
    PlanSummary s = plan.summary();
    System.out.printf(Locale.ROOT, "customers %,d, threads %d, contexts file %,d MB%n", customers, threads,
        Files.size(contexts) >> 20);
    System.out.printf(Locale.ROOT, "load average at the end %.2f (wall clock measures the queue for the CPU when "
        + "it is high; CPU seconds do not)%n", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    System.out.printf(Locale.ROOT, "write contexts       %6.1f s wall %6.1f s CPU%n", (t1 - t0) / 1e9, (c1 - c0) / 1e9);
    System.out.printf(Locale.ROOT, "read + decide        %6.1f s wall %6.1f s CPU%n", (t2 - t1) / 1e9, (c2 - c1) / 1e9);
    System.out.printf(Locale.ROOT, "    of which JIT compiling %.1f s (summed over the compiler threads), GC pauses %.1f s%n",
        (j2 - j1) / 1e3, (g2 - g1) / 1e3);
    System.out.printf(Locale.ROOT, "    thread CPU: deciding threads %.1f s (%.1f us a customer), reading thread %.1f s%n",
        decideCpu / 1e9, decideCpu / 1e3 / Math.max(1, planner.customers()), (m2 - m1) / 1e9);
    System.out.printf(Locale.ROOT, "    deciding threads' second half (customers %,d on, the JIT's warm-up past): %.1f us a customer%n",
        decideThreads.halfCustomers, (decideCpu - decideThreads.halfCpu) / 1e3
            / Math.max(1, planner.customers() - decideThreads.halfCustomers));
    System.out.printf(Locale.ROOT, "allocate + schedule  %6.1f s wall %6.1f s CPU (%d subgradient iterations)%n",
        (t3 - t2) / 1e9, (c3 - c2) / 1e9, s.iterations());
    System.out.printf(Locale.ROOT, "plan total           %6.1f s wall %6.1f s CPU%n", (t3 - t1) / 1e9, (c3 - c1) / 1e9);
    System.out.printf(Locale.ROOT, "write lines     %6.1f s%n", (t4 - t3) / 1e9);
    System.out.printf(Locale.ROOT, "planned %,d, left out %,d, expected value %.1f, bound %.1f, gap %.4f%%%n",
        s.planned(), s.leftOut(), s.expectedValue(), s.upperBound(), 100 * s.relativeGap());
    for (PlanSummary.OfferSummary o : s.offers()) {
      if (o.budget().isPresent() && o.sends() >= o.budget().get()) {
        System.out.printf(Locale.ROOT, "  binding: offer %s %d of %d%n", o.offer(), o.sends(), o.budget().get());
      }
    }
    System.out.printf(Locale.ROOT, "peak heap in use %,d MiB (max %,d MiB)%n", peakHeap() >> 20,
        Runtime.getRuntime().maxMemory() >> 20);
  }

  /**
   * The CPU time of the planner's deciding threads (named {@code campaign-decide}), which under load
   * is the figure of the code that the process's CPU time (with the JIT compilers' share) is not:
   * each such thread's CPU time read every 50 ms while they live, the last reading of each summed
   * (a thread's last 50 ms at most are missed).
   */
  static final class DecideThreads implements Runnable {
    private final java.util.Map<Long, Long> last = new java.util.concurrent.ConcurrentHashMap<>();
    private volatile boolean running = true;
    private final Thread sampler = new Thread(this, "decide-cpu-sampler");
    private final int half;
    /** The customers decided so far, as the planner's progress tells. */
    volatile int customers;
    /** The customers decided and the deciding threads' CPU time at the first reading past {@link #half}. */
    volatile int halfCustomers;
    volatile long halfCpu;

    private DecideThreads(int half) {
      this.half = half;
    }

    static DecideThreads start(int half) {
      DecideThreads d = new DecideThreads(half);
      d.sampler.setDaemon(true);
      d.sampler.start();
      return d;
    }

    @Override
    public void run() {
      java.lang.management.ThreadMXBean mx = ManagementFactory.getThreadMXBean();
      while (running) {
        for (java.lang.management.ThreadInfo t : mx.getThreadInfo(mx.getAllThreadIds())) {
          if (t != null && t.getThreadName().equals("campaign-decide")) {
            long cpu = mx.getThreadCpuTime(t.getThreadId());
            if (cpu > 0) {
              last.put(t.getThreadId(), cpu);
            }
          }
        }
        int done = customers;
        if (halfCustomers == 0 && done >= half && done > 0) {
          long sum = 0;
          for (long v : last.values()) {
            sum += v;
          }
          halfCpu = sum;
          halfCustomers = done;
        }
        try {
          Thread.sleep(50);
        } catch (InterruptedException e) {
          return;
        }
      }
    }

    /** Stops sampling; the deciding threads' CPU time in nanoseconds. */
    long stop() {
      running = false;
      sampler.interrupt();
      try {
        sampler.join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      long sum = 0;
      for (long v : last.values()) {
        sum += v;
      }
      return sum;
    }
  }

  /** Budgets that bind for {@code n} customers: a third of the offers, the channels, cost, a segment, two teams. */
  public static CampaignSettings settings(int n, RuleSet rules) {
    var b = Budgets.builder();
    for (int i = 0; i < rules.actions().size(); i += 3) {
      b.putOffers(rules.actions().get(i).id(), Math.max(1, n / 400));
    }
    b.putChannelsPerDay(Channel.EMAIL, n / 8).putChannelsPerDay(Channel.PHONE, Math.max(1, n / 500))
        .putChannelsPerDay(Channel.POST, n / 50)
        .totalCost(Money.of(BigDecimal.valueOf(n / 20), Money.currency("GBP"))).putSegments("young", n / 40);
    return CampaignSettings.builder().campaign(CampaignId.of("bench")).budgets(b.build())
        .addTeams(TeamCapacity.builder().team(TeamId.of("contact-centre")).capacityPerDay(n / 400.0)
            .putResponseShares(Channel.PHONE, 0.8).putResponseShares(Channel.POST, 0.3)
            .putResponseShares(Channel.EMAIL, 0.05).build())
        .addTeams(TeamCapacity.builder().team(TeamId.of("branch")).capacityPerDay(n / 1000.0)
            .putResponseShares(Channel.POST, 0.2).putResponseShares(Channel.SMS, 0.1).build())
        .oneOutboundPerHousehold(true)
        .sendWindow(SendWindow.builder().hours(24).putThroughputPerHour(Channel.EMAIL, n / 100)
            .putThroughputPerHour(Channel.SMS, n / 200).putThroughputPerHour(Channel.PHONE, Math.max(1, n / 5000))
            .build())
        .build();
  }

  /** This process's CPU time, all threads, in nanoseconds. */
  public static long cpu() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  /** Milliseconds the JIT compilers spent so far. */
  private static long jit() {
    return ManagementFactory.getCompilationMXBean().getTotalCompilationTime();
  }

  /** Milliseconds of garbage collection so far (pauses; concurrent cycles count their own time). */
  private static long gc() {
    long sum = 0;
    for (var g : ManagementFactory.getGarbageCollectorMXBeans()) {
      sum += Math.max(0, g.getCollectionTime());
    }
    return sum;
  }

  /** Collects garbage, then resets every memory pool's peak. */
  public static void resetPeaks() {
    System.gc();
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      pool.resetPeakUsage();
    }
  }

  /** The heap pools' peaks since {@link #resetPeaks()}, summed (an upper bound of the peak). */
  public static long peakHeap() {
    long sum = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        sum += pool.getPeakUsage().getUsed();
      }
    }
    return sum;
  }
}
