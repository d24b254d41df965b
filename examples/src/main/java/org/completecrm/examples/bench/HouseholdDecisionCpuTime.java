package org.completecrm.examples.bench;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * {@link HouseholdDecisionBenchmark}'s two decisions timed in thread CPU time, for a machine too
 * loaded for JMH's wall-clock figures to mean much: per event kind, 60,000 decisions of each to
 * warm up, then 10 rounds of 20,000 alternating person-only and household blocks; the median,
 * minimum and maximum CPU time per decision and the ratio of the medians.
 * Run: {@code java -cp examples/target/crm.jar org.completecrm.examples.bench.HouseholdDecisionCpuTime}
 */
public final class HouseholdDecisionCpuTime {
  private static final int WARM_UP = 60_000;
  private static final int ROUNDS = 10;
  private static final int PER_ROUND = 20_000;

  private HouseholdDecisionCpuTime() {}

  /** Prints the CPU time per decision with and without the household's facts. */
  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
    for (String event : new String[] {"INBOUND_CALL", "CAMPAIGN_RUN"}) {
      HouseholdDecisionBenchmark b = new HouseholdDecisionBenchmark();
      b.event = event;
      b.setUp();
      double[][] ns = measure(b::personOnly, b::withHousehold);
      out.printf(Locale.ROOT, "%-13s person-only CPU ns/decision median %.0f (min %.0f, max %.0f); with household median"
          + " %.0f (min %.0f, max %.0f); household/person %.3f%n", event, median(ns[0]), ns[0][0], ns[0][ROUNDS - 1],
          median(ns[1]), ns[1][0], ns[1][ROUNDS - 1], median(ns[1]) / median(ns[0]));
    }
    out.flush();
  }

  private static double[][] measure(Supplier<?> person, Supplier<?> household) {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    Object sink = null;
    for (int i = 0; i < WARM_UP; i++) {
      sink = person.get();
      sink = household.get();
    }
    double[][] ns = new double[2][ROUNDS];
    for (int round = 0; round < ROUNDS; round++) {
      for (int k = 0; k < 2; k++) {
        Supplier<?> op = k == 0 ? person : household;
        long start = threads.getCurrentThreadCpuTime();
        for (int i = 0; i < PER_ROUND; i++) {
          sink = op.get();
        }
        ns[k][round] = (threads.getCurrentThreadCpuTime() - start) / (double) PER_ROUND;
      }
    }
    Arrays.sort(ns[0]);
    Arrays.sort(ns[1]);
    if (sink == null) {
      throw new org.completecrm.core.CrmException("no decision");
    }
    return ns;
  }

  private static double median(double[] sorted) {
    return (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
  }
}
