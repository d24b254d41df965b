package org.completecrm.examples.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.completecrm.core.identity.AttributeType;
import org.completecrm.core.identity.MatchIndex;
import org.completecrm.core.identity.Resolution;
import org.completecrm.core.identity.Resolver;
import org.completecrm.core.identity.ResolverSettings;
import org.completecrm.core.identity.SourceIdentity;
import org.completecrm.core.identity.SourceRecord;

/**
 * Benchmark program: resolves a million generated source records (about 450,000 people seen one
 * to four times, with typos, nicknames, missing values and moved addresses) with the model
 * estimated by EM, and prints the resolve's wall and CPU time (the whole process's CPU, JIT and
 * collector threads included), its garbage-collection pauses, the candidate pairs and the peak heap;
 * then builds a {@link MatchIndex} of the result and times three updates with 1,000 new records
 * each (held out of the million at random: new people and further records of known ones), wall and
 * CPU. Before the index is built, the update's code is run on 20,000 other records (their resolve,
 * index and three updates; timed and printed), so that the JIT has compiled it as in a host that
 * has been updating for a while; the million-record resolve itself runs cold.
 *
 * <p>Run: {@code java -Xmx3g -cp examples/target/crm.jar
 * org.completecrm.examples.bench.IdentityResolutionBenchmark 1000000 [new records per update, 1000]
 * [warm-up records, 20000; 0 for none]}. The generation is not timed. A program rather than JMH:
 * one run of a minute says what a user will see, and JMH's repeated forks would take tens of
 * minutes on a shared two-core machine.
 */
public final class IdentityResolutionBenchmark {
  private static final String[] GIVEN = {
    "william", "robert", "richard", "james", "john", "joseph", "thomas", "charles", "edward", "michael", "daniel",
    "matthew", "anthony", "andrew", "david", "steven", "samuel", "peter", "henry", "george", "oliver", "harry",
    "elizabeth", "margaret", "katherine", "jennifer", "susan", "patricia", "rebecca", "jessica", "victoria",
    "christine", "barbara", "dorothy", "eleanor", "samantha", "caroline", "amanda", "anne", "mary", "sarah",
    "emily", "olivia", "charlotte", "sophie", "chloe", "grace", "lucy", "emma", "laura", "helen", "claire",
    "rachel", "fiona", "karen", "linda", "julie", "ruth", "agnes", "iris", "hugo", "felix", "oscar", "ian",
  };
  private static final String[] NICK = {"bill", "bob", "rick", "jim", "jack", "joe", "tom", "charlie", "ted", "mike", "dan",
    "matt", "tony", "andy", "dave", "steve", "sam", "pete", "harry", "george", "oliver", "harry",
    "liz", "peggy", "kate", "jenny", "sue", "trish", "becky", "jess", "vicky",
    "tina", "barb", "dot", "ellie", "sam", "carol", "mandy", "annie", "molly", "sally"};
  private static final String[] STREET = {"high st", "station rd", "main st", "park ave", "church ln", "london rd",
    "victoria st", "green ln", "manor rd", "kings rd", "queens rd", "mill ln", "school ln", "oak ave", "elm rd",
    "ash grove", "river walk", "hill rise", "abbey rd", "castle st", "bridge st", "market pl", "york rd", "nelson st"};

  private static final String[] SYLLABLES = {"ab", "ber", "cal", "dor", "ew", "fin", "gar", "hol", "in", "jen",
    "kin", "lan", "mor", "nel", "os", "per", "quin", "ros", "sten", "tor", "ul", "van", "wel", "yor", "zan",
    "bright", "cot", "ford", "ham", "ley", "son", "ton", "well", "wick", "worth", "by", "dale", "field"};

  private IdentityResolutionBenchmark() {}

  /** Runs the benchmark; the first argument is the number of records (default 1,000,000). */
  public static void main(String[] args) {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
    int extra = args.length > 1 ? Integer.parseInt(args[1]) : 1_000;
    int warmUp = args.length > 2 ? Integer.parseInt(args[2]) : 20_000;
    List<SourceRecord> all = generate(n + 3 * extra, 42L);
    // three batches of new records held out at random positions: new people and further records of known ones
    java.util.Collections.shuffle(all, new Random(7L));
    List<SourceRecord> records = new ArrayList<>(all.subList(0, n));
    List<List<SourceRecord>> batches = List.of(all.subList(n, n + extra), all.subList(n + extra, n + 2 * extra),
        all.subList(n + 2 * extra, n + 3 * extra));
    System.gc();
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      pool.resetPeakUsage();
    }
    com.sun.management.OperatingSystemMXBean os =
        (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    HeapPeak heap = HeapPeak.start();
    System.out.printf(Locale.ROOT, "machine: %d processors, max heap %.2f GiB, load average before %.1f%n",
        Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() / GIB, os.getSystemLoadAverage());
    long gc0 = gcMillis();
    long cpu0 = os.getProcessCpuTime();
    long t0 = System.nanoTime();
    Resolution r = Resolver.resolve(records, ResolverSettings.defaults(), Instant.parse("2026-01-01T00:00:00Z"));
    double seconds = (System.nanoTime() - t0) / 1e9;
    double cpuSeconds = (os.getProcessCpuTime() - cpu0) / 1e9;
    long pools = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        pools += pool.getPeakUsage().getUsed();
      }
    }
    System.out.printf(Locale.ROOT, "records=%d customers=%d candidatePairs=%d matched=%d possible=%d skippedBlocks=%d%n",
        r.statistics().records(), r.statistics().customers(), r.statistics().candidatePairs(),
        r.statistics().matchedPairs(), r.statistics().possibleMatches(), r.statistics().skippedBlocks());
    System.out.printf(Locale.ROOT, "RESOLVE: %.1f s wall, %.1f s CPU (%.2f cores busy), GC pauses %.1f s, "
            + "peak heap %.2f GiB sampled (pools' peaks summed %.2f GiB), load average after %.1f%n",
        seconds, cpuSeconds, cpuSeconds / seconds, (gcMillis() - gc0) / 1e3, heap.peak() / GIB, pools / GIB,
        os.getSystemLoadAverage());
    if (warmUp > 0) {
      // the update's code compiled by the JIT on other records first, as in a host that has been
      // updating for a while (the resolve above ran cold); reported, not hidden
      long w0 = System.nanoTime();
      long wc0 = os.getProcessCpuTime();
      List<SourceRecord> other = generate(warmUp + 3 * extra, 43L);
      MatchIndex warm = MatchIndex.of(Resolver.resolve(other.subList(0, warmUp), ResolverSettings.defaults(),
          Instant.parse("2026-01-01T00:00:00Z")));
      for (int b = 0; b < 3; b++) {
        warm.update(other.subList(warmUp + b * extra, warmUp + (b + 1) * extra), Instant.parse("2026-01-02T00:00:00Z"));
      }
      System.out.printf(Locale.ROOT, "warm-up (JIT) on %d other records, their index and three updates: %.1f s wall, %.1f s CPU%n",
          warmUp, (System.nanoTime() - w0) / 1e9, (os.getProcessCpuTime() - wc0) / 1e9);
    }
    long b0 = System.nanoTime();
    long bc0 = os.getProcessCpuTime();
    MatchIndex index = MatchIndex.of(r);
    System.out.printf(Locale.ROOT, "index built once: %.1f s wall, %.1f s CPU%n",
        (System.nanoTime() - b0) / 1e9, (os.getProcessCpuTime() - bc0) / 1e9);
    int u = 0;
    for (List<SourceRecord> batch : batches) {
      u++;
      long g0 = gcMillis();
      long u0 = System.nanoTime();
      long c0 = os.getProcessCpuTime();
      Resolution next = index.update(batch, Instant.parse("2026-01-02T00:00:00Z"));
      System.out.printf(Locale.ROOT, "UPDATE %d with %d new records: %.3f s wall, %.3f s CPU, GC pauses %.3f s; "
              + "%d records, %d customers, load average %.1f%n",
          u, batch.size(), (System.nanoTime() - u0) / 1e9, (os.getProcessCpuTime() - c0) / 1e9, (gcMillis() - g0) / 1e3,
          next.records().size(), next.clusters().size(), os.getSystemLoadAverage());
    }
    System.out.printf(Locale.ROOT, "peak heap over the whole run %.2f GiB sampled%n", heap.peak() / GIB);
    heap.stop();
  }

  private static final double GIB = 1024.0 * 1024 * 1024;

  /** The time the collectors have spent so far, in milliseconds (pauses and, for concurrent collectors, cycles). */
  private static long gcMillis() {
    long sum = 0;
    for (java.lang.management.GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      sum += Math.max(0, gc.getCollectionTime());
    }
    return sum;
  }

  /**
   * The largest heap in use seen by a daemon thread that reads it every 5 ms: a peak at one moment,
   * unlike the sum of the pools' peaks (each taken at its own moment).
   */
  private static final class HeapPeak implements Runnable {
    private final java.util.concurrent.atomic.AtomicLong peak = new java.util.concurrent.atomic.AtomicLong();
    private volatile boolean running = true;

    static HeapPeak start() {
      HeapPeak h = new HeapPeak();
      Thread t = new Thread(h, "heap-peak");
      t.setDaemon(true);
      t.start();
      return h;
    }

    @Override
    public void run() {
      java.lang.management.MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
      while (running) {
        peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
        try {
          Thread.sleep(5);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return;
        }
      }
    }

    long peak() {
      peak.accumulateAndGet(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(), Math::max);
      return peak.get();
    }

    void stop() {
      running = false;
    }
  }

  /** About {@code n} records of people seen one to four times, from a seed. */
  static List<SourceRecord> generate(int n, long seed) {
    Random rnd = new Random(seed);
    List<SourceRecord> out = new ArrayList<>(n);
    int person = 0;
    String[] systems = {"billing", "fulfilment", "webshop", "contactcentre"};
    while (out.size() < n) {
      person++;
      String given = GIVEN[rnd.nextInt(GIVEN.length)];
      String family = SYLLABLES[rnd.nextInt(SYLLABLES.length)] + SYLLABLES[rnd.nextInt(SYLLABLES.length)]
          + SYLLABLES[rnd.nextInt(SYLLABLES.length)];
      LocalDate dob = LocalDate.of(1930 + rnd.nextInt(75), 1 + rnd.nextInt(12), 1 + rnd.nextInt(28));
      String phone = "07" + (100_000_000 + rnd.nextInt(900_000_000));
      String email = given + "." + family + rnd.nextInt(100) + "@example.com";
      String postcode = "P" + rnd.nextInt(3000) + " " + rnd.nextInt(10) + (char) ('A' + rnd.nextInt(26)) + (char) ('A' + rnd.nextInt(26));
      String number = String.valueOf(1 + rnd.nextInt(300));
      String street = STREET[rnd.nextInt(STREET.length)];
      String town = "town" + rnd.nextInt(500);
      String nid = rnd.nextDouble() < 0.5 ? String.valueOf(100_000_000 + rnd.nextInt(900_000_000)) : null;
      int copies = 1 + (int) Math.floor(rnd.nextDouble() * rnd.nextDouble() * 4);
      for (int c = 0; c < copies && out.size() < n; c++) {
        Map<AttributeType, String> a = new EnumMap<>(AttributeType.class);
        String g = given;
        String f = family;
        if (c > 0 && rnd.nextDouble() < 0.15) {
          g = rnd.nextBoolean() ? typo(rnd, g) : NICK[rnd.nextInt(NICK.length)];
        }
        if (c > 0 && rnd.nextDouble() < 0.1) {
          f = typo(rnd, f);
        }
        put(rnd, a, AttributeType.GIVEN_NAME, g, 0.03);
        put(rnd, a, AttributeType.FAMILY_NAME, f, 0.01);
        put(rnd, a, AttributeType.BIRTH_DATE, dob.toString(), 0.15);
        put(rnd, a, AttributeType.EMAIL, email, 0.4);
        put(rnd, a, AttributeType.PHONE, phone, 0.3);
        boolean moved = c > 0 && rnd.nextDouble() < 0.15;
        put(rnd, a, AttributeType.STREET_NUMBER, moved ? String.valueOf(1 + rnd.nextInt(300)) : number, 0.05);
        put(rnd, a, AttributeType.STREET, moved ? STREET[rnd.nextInt(STREET.length)] : street, 0.05);
        put(rnd, a, AttributeType.LOCALITY, moved ? "town" + rnd.nextInt(500) : town, 0.05);
        put(rnd, a, AttributeType.POSTCODE, moved ? "P" + rnd.nextInt(3000) + " 1AA" : postcode, 0.1);
        put(rnd, a, AttributeType.NATIONAL_ID, nid, 0.5);
        String system = systems[rnd.nextInt(systems.length)];
        out.add(SourceRecord.builder().identity(SourceIdentity.of(system, person + "-" + c)).attributes(a).build());
      }
    }
    return out;
  }

  private static void put(Random rnd, Map<AttributeType, String> a, AttributeType t, String v, double missing) {
    if (v != null && rnd.nextDouble() >= missing) {
      a.put(t, v);
    }
  }

  private static String typo(Random rnd, String s) {
    char[] c = s.toCharArray();
    c[rnd.nextInt(c.length)] = (char) ('a' + rnd.nextInt(26));
    return new String(c);
  }
}
