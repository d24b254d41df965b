package org.completecrm.rules.campaign;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.completecrm.core.OfferId;
import org.completecrm.examples.bench.CampaignBenchmark;
import org.completecrm.examples.bench.DecisionBenchmark;
import org.completecrm.examples.campaign.SampleBase;
import org.completecrm.rules.ruleset.RuleSet;

/**
 * A development harness for the allocation and the schedule alone (a program, not a test): {@code
 * save DIR} decides the contexts of {@code DIR/contexts.jsonl} (the campaign benchmark's, 1,000,000
 * customers) once and saves the candidate table as {@code DIR/table.ser}; {@code run DIR [REPS]}
 * loads it and times the allocation's passes by kind (wall, and the CPU of the calling thread:
 * with {@code THREADS=1} all of a pass's CPU), the schedule and the totals, and writes {@code
 * DIR/plan.csv} in the benchmark's format (compare it with {@code cmp}). {@code DIAG=1} prints the
 * multipliers' moves per iteration, {@code FULLS=1} the groups the dual screen evaluated in full.
 *
 * <pre>
 * java -Xmx2g -XX:+UseParallelGC -cp examples/target/crm.jar:examples/target/test-classes  *     org.completecrm.rules.campaign.AllocationHarness run /work/logs/i18a-run 2
 * </pre>
 */
public final class AllocationHarness {
  public static void main(String[] args) throws Exception {
    String mode = args[0];
    Path dir = Path.of(args[1]);
    int reps = args.length > 2 ? Integer.parseInt(args[2]) : 1;
    int n = 1_000_000;
    int threads = System.getenv("THREADS") == null ? 2 : Integer.parseInt(System.getenv("THREADS"));
    java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
    RuleSet rules = DecisionBenchmark.ruleSet(new Random(20261123L));
    CampaignSettings settings = CampaignBenchmark.settings(n, rules);
    Instant at = SampleBase.AT;
    CandidateEvaluator evaluator = new CandidateEvaluator(rules, settings, at);
    Path ser = dir.resolve("table.ser");
    if (mode.equals("save")) {
      CandidateTable table = new CandidateTable(QuietSlots.words(settings.sendWindow().hours()));
      try (InputStream in = Files.newInputStream(dir.resolve("contexts.jsonl"))) {
        ParallelLines.addAll(in, threads, evaluator, table, x -> { });
      }
      try (ObjectOutputStream out = new ObjectOutputStream(new BufferedOutputStream(Files.newOutputStream(ser), 1 << 20))) {
        out.writeObject(table);
      }
      System.out.printf("saved %d customers %d candidates%n", table.customers, table.candidates);
      return;
    }
    CandidateTable table;
    try (ObjectInputStream in = new ObjectInputStream(new BufferedInputStream(Files.newInputStream(ser), 1 << 20))) {
      table = (CandidateTable) in.readObject();
    }
    System.out.printf("loaded %d customers %d candidates%n", table.customers, table.candidates);
    for (int rep = 0; rep < reps; rep++) {
      long t0 = System.nanoTime();
      long c0 = CampaignBenchmark.cpu();
      table.sortNames();
      Groups groups = new Groups(table, settings.oneOutboundPerHousehold(), 42L);
      Constraints constraints = new Constraints(settings, evaluator, table.segments);
      HouseholdCaps caps = new HouseholdCaps(rules.policies().caps(), evaluator.actions());
      long t1 = System.nanoTime();
      boolean[] excluded = Part.excluded(table, constraints);
      LocalPasses passes = new LocalPasses(table, groups, constraints, caps, excluded,
          settings.oneOutboundPerHousehold(), threads, LocalPasses.BLOCK);
      Map<String, long[]> stats = new HashMap<>();
      java.util.List<double[]> lambdas = new java.util.ArrayList<>();
      java.util.List<Long> dualCpu = new java.util.ArrayList<>();
      long[] lastFull = new long[1];
      Pass.Runner counting = pass -> {
        if (pass instanceof Pass.Dual d) {
          lambdas.add(d.lambda().clone());
        }
        long s = System.nanoTime();
        long cs = mx.getCurrentThreadCpuTime();
        long[] r = passes.run(pass);
        long[] st = stats.computeIfAbsent(pass.getClass().getSimpleName(), x -> new long[3]);
        st[0]++;
        st[1] += System.nanoTime() - s;
        st[2] += mx.getCurrentThreadCpuTime() - cs;
        if (pass instanceof Pass.Dual) {
          dualCpu.add(mx.getCurrentThreadCpuTime() - cs);
          if (System.getenv("FULLS") != null) {
            try {
              java.lang.reflect.Field f = Part.class.getDeclaredField("screen");
              long fl = 0;
              for (Part part : passes.parts) {
                Object sc = f.get(part);
                fl += sc.getClass().getDeclaredField("full").getLong(sc);
              }
              System.out.print(" " + (fl - lastFull[0]));
              lastFull[0] = fl;
            } catch (ReflectiveOperationException e) {
              throw new IllegalStateException(e);
            }
          }
        }
        return r;
      };
      long t2 = System.nanoTime();
      Allocation a = new Allocation(constraints, counting);
      long t3 = System.nanoTime();
      if (System.getenv("DIAG") != null) {
        for (int t = 0; t < lambdas.size(); t++) {
          double[] l = lambdas.get(t);
          StringBuilder b = new StringBuilder();
          int nz = 0;
          for (int j = 0; j < l.length; j++) {
            if (l[j] != 0) {
              nz++;
            }
          }
          Constraints.Prices p = new Constraints.Prices(constraints, l);
          Constraints.Prices q = new Constraints.Prices(constraints, lambdas.get(Math.max(0, t - 1)));
          double da = 0, dc = 0, dt = 0, ds = 0;
          int na = 0;
          for (int x = 0; x < p.action.length; x++) { da = Math.max(da, Math.abs(p.action[x] - q.action[x])); if (p.action[x] != q.action[x]) na++; }
          for (int x = 0; x < p.channel.length; x++) { dc = Math.max(dc, Math.abs(p.channel[x] - q.channel[x])); dt = Math.max(dt, Math.abs(p.team[x] - q.team[x])); }
          for (int x = 0; x < p.segment.length; x++) { ds = Math.max(ds, Math.abs(p.segment[x] - q.segment[x])); }
          System.out.printf(Locale.ROOT, "it %3d nz %2d  dA %.4g (%d moved) dC %.4g dT %.4g dS %.4g  A %s%n", t, nz, da, na, dc, dt, ds,
              java.util.Arrays.toString(java.util.Arrays.stream(p.action).filter(v -> v != 0).map(v -> Math.round(v * 1000) / 1000.0).toArray()));
        }
        System.out.println(java.util.Arrays.toString(constraints.capacity));
        System.out.println(constraints.describe);
      }
      a.excluded = excluded;
      a.chosen = passes.assign(a.rounds, table.customers);
      int[] chosen = a.chosen.clone();
      long t4 = System.nanoTime();
      SendSchedule schedule = new SendSchedule(table, constraints, settings, groups, chosen);
      long t5 = System.nanoTime();
      PlanParts parts = new PlanParts(table, constraints, groups, a.excluded, schedule.offsetSeconds,
          schedule.noSlot, caps, chosen, PlanParts.usage(table, groups.byId, chosen, constraints), evaluator.actions(),
          settings, at);
      CampaignPlan plan = new CampaignPlan(parts, PlanTotals.summarise(table, groups.byId, chosen, table.customers,
          constraints, evaluator.actions(), settings, schedule, a.upperBound, a.iterations, at, 42L));
      long t6 = System.nanoTime();
      long c6 = CampaignBenchmark.cpu();
      System.out.printf(Locale.ROOT, "setup %.2f  passes-setup %.2f  allocation %.2f  assign %.2f  schedule %.2f  "
          + "parts+totals %.2f  total %.2f s wall %.2f s CPU, iterations %d%n", (t1 - t0) / 1e9, (t2 - t1) / 1e9,
          (t3 - t2) / 1e9, (t4 - t3) / 1e9, (t5 - t4) / 1e9, (t6 - t5) / 1e9, (t6 - t0) / 1e9, (c6 - c0) / 1e9,
          a.iterations);
      stats.forEach((k, v) -> System.out.printf(Locale.ROOT, "  %-10s %5d passes %7.2f s wall %7.2f s CPU of the calling thread%n", k, v[0], v[1] / 1e9, v[2] / 1e9));
      long refs = 0, scr = 0, ev = 0;
      try {
        java.lang.reflect.Field f = Part.class.getDeclaredField("screen");
        for (Part part : passes.parts) {
          Object sc = f.get(part);
          if (sc != null) {
            refs += sc.getClass().getDeclaredField("full").getLong(sc);
            scr += sc.getClass().getDeclaredField("skipped").getLong(sc);
          }
        }
      } catch (ReflectiveOperationException e) {
        // the starting point has no screen
      }
      System.out.printf(Locale.ROOT, "  dual screen: groups evaluated in full %,d, skipped %,d%n", refs, scr);
      StringBuilder dc = new StringBuilder("  dual CPU ms by 20 passes:");
      for (int t = 0; t < dualCpu.size(); t += 20) {
        long sum = 0;
        for (int u = t; u < Math.min(dualCpu.size(), t + 20); u++) {
          sum += dualCpu.get(u);
        }
        dc.append(' ').append(sum / 1_000_000);
      }
      System.out.println(dc);
      var s = plan.summary();
      System.out.printf(Locale.ROOT, "planned %,d, expected value %.4f, bound %.4f, gap %.6f%%%n", s.planned(),
          s.expectedValue(), s.upperBound(), 100 * s.relativeGap());
      if (rep == reps - 1) {
        try (PrintWriter w = new PrintWriter(new BufferedWriter(Files.newBufferedWriter(dir.resolve("plan.csv")), 1 << 16))) {
          plan.lines().forEach(l -> w.println(l.customer() + "," + l.action().map(OfferId::value).orElse("") + ","
              + l.reason().length()));
        }
      }
    }
  }
}
