package org.completecrm.examples.bench;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * The {@link LearningBenchmark} operations timed in thread CPU time, for a machine too loaded for
 * JMH's wall-clock figures to mean much: each operation is warmed up, then run in five rounds, and
 * the CPU time per operation of each round is printed (the work, not the waiting for a core).
 * Run: {@code java -cp examples/target/crm.jar org.completecrm.examples.bench.LearningCpuTime}
 */
public final class LearningCpuTime {
  private LearningCpuTime() {}

  /** Prints the CPU time per outcome folded, per candidate scored and per decision. */
  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
    LearningBenchmark b = new LearningBenchmark();
    b.setUp();
    report(out, "fold, per outcome", LearningBenchmark.BATCH, 3, b::foldOutcomes);
    report(out, "score one candidate", 1, 1_000_000, b::scoreOneCandidate);
    report(out, "decision with the model (20 offers, 2 channels)", 1, 20_000, b::decideWithModel);
    report(out, "decision without the model", 1, 20_000, b::decideWithoutModel);
    out.flush();
  }

  private static void report(PrintWriter out, String what, int perCall, int calls, Supplier<?> op) {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    Object sink = null;
    for (int i = 0; i < calls * 3; i++) {
      sink = op.get();
    }
    double[] ns = new double[5];
    double[] wall = new double[5];
    for (int round = 0; round < ns.length; round++) {
      long start = threads.getCurrentThreadCpuTime();
      long startWall = System.nanoTime();
      for (int i = 0; i < calls; i++) {
        sink = op.get();
      }
      ns[round] = (threads.getCurrentThreadCpuTime() - start) / (double) calls / perCall;
      wall[round] = (System.nanoTime() - startWall) / (double) calls / perCall;
    }
    Arrays.sort(ns);
    Arrays.sort(wall);
    out.printf(Locale.ROOT, "%-50s CPU ns per op: min %.0f, median %.0f, max %.0f; wall median %.0f (%s)%n", what,
        ns[0], ns[2], ns[4], wall[2], sink == null ? "-" : "ok");
  }
}
