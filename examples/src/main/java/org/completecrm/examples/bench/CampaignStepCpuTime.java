package org.completecrm.examples.bench;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.completecrm.examples.campaign.SampleBase;
import org.completecrm.rules.DecisionContext;
import org.completecrm.rules.campaign.CampaignPlanner;
import org.completecrm.rules.campaign.CampaignPlans;
import org.completecrm.rules.campaign.CampaignSettings;
import org.completecrm.rules.campaign.ContextLines;
import org.completecrm.rules.ruleset.RuleSet;

/**
 * A deciding thread's work per customer in a steady loop, timed in thread CPU time (for a machine
 * too loaded for wall-clock figures): the first {@code N} lines of a campaign benchmark's contexts
 * file read as bytes ({@link ContextLines#read(InputStream)}, the planner's byte path) and decided
 * by a planner ({@link CampaignPlanner#add}), round after round on one thread; each round's parse
 * alone and the decision alone (the planner's step on the contexts read once before the rounds)
 * per customer printed, then the median and the fastest of the second half. Run:
 * {@code java -Xmx2g -cp examples/target/crm.jar org.completecrm.examples.bench.CampaignStepCpuTime
 * DIR/contexts.jsonl 4000 30}.
 */
public final class CampaignStepCpuTime {
  private CampaignStepCpuTime() {}

  /** Runs it: {@code file [contexts] [rounds]}. */
  public static void main(String[] args) throws IOException {
    Path file = Path.of(args[0]);
    int n = args.length > 1 ? Integer.parseInt(args[1]) : 4_000;
    int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 30;
    ByteArrayOutputStream head = new ByteArrayOutputStream();
    try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
      int lines = 0;
      int b;
      while (lines < n && (b = in.read()) >= 0) {
        head.write(b);
        if (b == '\n') {
          lines++;
        }
      }
    }
    byte[] bytes = head.toByteArray();
    RuleSet rules = DecisionBenchmark.ruleSet(new Random(20261123L));
    CampaignSettings settings = CampaignBenchmark.settings(1_000_000, rules);
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    List<DecisionContext> parsed = new ArrayList<>();
    ContextLines.read(new ByteArrayInputStream(bytes)).forEachRemaining(parsed::add);
    double[] parse = new double[rounds];
    double[] decide = new double[rounds];
    long sink = 0;
    for (int r = 0; r < rounds; r++) {
      long c0 = threads.getCurrentThreadCpuTime();
      int count = 0;
      Iterator<DecisionContext> it = ContextLines.read(new ByteArrayInputStream(bytes));
      while (it.hasNext()) {
        sink += it.next().scores().values().size();
        count++;
      }
      long c1 = threads.getCurrentThreadCpuTime();
      CampaignPlanner planner = CampaignPlans.planner(rules, settings, SampleBase.AT, 42L);
      planner.add(parsed.get(0)); // compiles the rule set, as a run does once
      long c2 = threads.getCurrentThreadCpuTime();
      for (int i = 1; i < parsed.size(); i++) {
        planner.add(parsed.get(i));
      }
      long c3 = threads.getCurrentThreadCpuTime();
      sink += planner.customers();
      parse[r] = (c1 - c0) / 1e3 / count;
      decide[r] = (c3 - c2) / 1e3 / (parsed.size() - 1);
      System.out.printf(Locale.ROOT, "round %2d: parse %6.2f us, decide %6.2f us, both %6.2f us a customer%n",
          r + 1, parse[r], decide[r], parse[r] + decide[r]);
    }
    double[] p = Arrays.copyOfRange(parse, rounds / 2, rounds);
    double[] d = Arrays.copyOfRange(decide, rounds / 2, rounds);
    double[] s = new double[p.length];
    for (int i = 0; i < s.length; i++) {
      s[i] = p[i] + d[i];
    }
    Arrays.sort(p);
    Arrays.sort(d);
    Arrays.sort(s);
    System.out.printf(Locale.ROOT, "last %d rounds: median parse %.2f, decide %.2f, both %.2f us; fastest %.2f, %.2f, %.2f us"
        + " (%d customers)%n", p.length, p[p.length / 2], d[d.length / 2], s[s.length / 2], p[0], d[0], s[0], sink);
  }
}
