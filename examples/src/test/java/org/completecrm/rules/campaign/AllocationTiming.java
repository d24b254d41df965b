package org.completecrm.rules.campaign;

import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.completecrm.examples.bench.CampaignBenchmark;
import org.completecrm.examples.bench.DecisionBenchmark;
import org.completecrm.examples.campaign.SampleBase;
import org.completecrm.rules.ruleset.RuleSet;

/**
 * Times the campaign allocation alone (not a test): reads the benchmark's contexts file once into
 * a planner, as {@link CampaignBenchmark} does, then runs the allocation {@code runs} times on
 * {@code threads} threads, printing per run the process CPU and wall time, the passes by kind
 * (with their CPU), the iterations, the plan's value, the bound and the gap.
 *
 * <pre>{@code
 * java -Xmx2g -XX:+UseParallelGC -cp examples/target/crm.jar:examples/target/test-classes \
 *     org.completecrm.rules.campaign.AllocationTiming 1000000 DIR 2 3 42,7
 * }</pre>
 */
public final class AllocationTiming {
  private AllocationTiming() {}

  public static void main(String[] args) throws Exception {
    int customers = Integer.parseInt(args[0]);
    Path contexts = Path.of(args[1]).resolve("contexts.jsonl");
    int threads = args.length > 2 ? Integer.parseInt(args[2]) : 2;
    int runs = args.length > 3 ? Integer.parseInt(args[3]) : 3;
    RuleSet rules = DecisionBenchmark.ruleSet(new Random(20261123L));
    CampaignSettings settings = CampaignBenchmark.settings(customers, rules);
    CampaignPlanner planner = CampaignPlans.planner(rules, settings, SampleBase.AT, 42L);
    long t0 = System.nanoTime();
    try (InputStream in = Files.newInputStream(contexts)) {
      planner.addJsonLines(in, threads, n -> { });
    }
    System.out.printf(Locale.ROOT, "read %,d customers in %.1f s%n", planner.customers(), (System.nanoTime() - t0) / 1e9);
    CandidateTable table = field(planner, "table");
    CandidateEvaluator evaluator = field(planner, "evaluator");
    table.sortNames();
    String[] seeds = args.length > 4 ? args[4].split(",") : new String[] {"42"};
    Constraints constraints = new Constraints(settings, evaluator, table.segments);
    HouseholdCaps caps = new HouseholdCaps(rules.policies().caps(), evaluator.actions());
    for (String seedText : seeds) {
      long seed = Long.parseLong(seedText);
      Groups groups = new Groups(table, settings.oneOutboundPerHousehold(), seed);
      System.out.printf(Locale.ROOT, "seed %d: groups %,d, candidates %,d, constraints %d%n", seed, groups.count(),
          table.candidates, constraints.count());
      for (int run = 0; run < runs; run++) {
        time(run, table, groups, constraints, caps, settings.oneOutboundPerHousehold(), threads);
      }
    }
  }

  private static void time(int run, CandidateTable table, Groups groups, Constraints constraints, HouseholdCaps caps,
      boolean byHousehold, int threads) {
    boolean[] excluded = Part.excluded(table, constraints);
    LocalPasses passes = new LocalPasses(table, groups, constraints, caps, excluded, byHousehold, threads,
        LocalPasses.BLOCK);
    Map<String, long[]> byKind = new TreeMap<>();
    Pass.Runner counting = pass -> {
      long c = cpu();
      long[] out = passes.run(pass);
      long[] k = byKind.computeIfAbsent(pass.getClass().getSimpleName() + kind(pass), x -> new long[2]);
      k[0]++;
      k[1] += cpu() - c;
      return out;
    };
    long w0 = System.nanoTime();
    long c0 = cpu();
    Allocation a = new Allocation(constraints, counting);
    long c1 = cpu();
    long w1 = System.nanoTime();
    System.out.printf(Locale.ROOT, "run %d: %.2f s CPU, %.2f s wall, load %.2f, %d iterations (%d on the sample),"
        + " value %.3f, bound %.3f, gap %.5f%%%n", run, (c1 - c0) / 1e9, (w1 - w0) / 1e9,
        ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), a.iterations, a.sampleIterations,
        a.value, a.upperBound, 100 * (a.upperBound - a.value) / a.upperBound);
    byKind.forEach((k, v) -> System.out.printf(Locale.ROOT, "    %-20s %5d passes %7.2f s CPU%n", k, v[0], v[1] / 1e9));
  }

  /** The scope of a pass where the pass has one (a sample of the groups), else empty. */
  private static String kind(Pass pass) {
    try {
      Field f = pass.getClass().getDeclaredField("level");
      f.setAccessible(true);
      return "/level " + f.get(pass);
    } catch (NoSuchFieldException e) {
      return "";
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    }
  }

  private static long cpu() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
  }

  @SuppressWarnings("unchecked")
  private static <T> T field(Object o, String name) throws ReflectiveOperationException {
    Field f = o.getClass().getDeclaredField(name);
    f.setAccessible(true);
    return (T) f.get(o);
  }
}
