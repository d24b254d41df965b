package org.completecrm.examples.bench;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import org.completecrm.rules.explain.Decision;

/**
 * The {@link DecisionBenchmark} decisions timed in thread CPU time, for a machine too loaded for
 * JMH's wall-clock figures to mean much (the method of {@code docs/rules.md}, "Performance"):
 * 60,000 decisions to warm up, then 10 blocks of 20,000, each block's decisions per CPU-second
 * printed with the median and the range. Run one JVM per event kind: {@code java -cp
 * examples/target/crm.jar org.completecrm.examples.bench.DecisionCpuTime CAMPAIGN_RUN} (or
 * {@code INBOUND_CALL}).
 */
public final class DecisionCpuTime {
  private static final int WARM_UP = 60_000;
  private static final int BLOCKS = 10;
  private static final int PER_BLOCK = 20_000;

  private DecisionCpuTime() {}

  /** Prints the decisions per CPU-second of each block, then the median and the range. */
  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
    DecisionBenchmark b = new DecisionBenchmark();
    b.event = args.length > 0 ? args[0] : "CAMPAIGN_RUN";
    b.setUp();
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    int sink = 0;
    for (int i = 0; i < WARM_UP; i++) {
      sink += b.decide().actions().size();
    }
    double[] perSecond = new double[BLOCKS];
    for (int block = 0; block < BLOCKS; block++) {
      long start = threads.getCurrentThreadCpuTime();
      for (int i = 0; i < PER_BLOCK; i++) {
        Decision d = b.decide();
        sink += d.actions().size();
      }
      perSecond[block] = PER_BLOCK * 1e9 / (threads.getCurrentThreadCpuTime() - start);
      out.printf(Locale.ROOT, "%s block %d: %.0f decisions per CPU-second%n", b.event, block + 1, perSecond[block]);
    }
    Arrays.sort(perSecond);
    out.printf(Locale.ROOT, "%s median %.0f, range %.0f to %.0f decisions per CPU-second (%d actions chosen)%n",
        b.event, (perSecond[BLOCKS / 2 - 1] + perSecond[BLOCKS / 2]) / 2, perSecond[0], perSecond[BLOCKS - 1], sink);
    out.flush();
  }
}
