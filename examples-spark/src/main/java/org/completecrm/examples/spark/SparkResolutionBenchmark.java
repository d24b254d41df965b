package org.completecrm.examples.spark;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.executor.TaskMetrics;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerStageCompleted;
import org.apache.spark.scheduler.StageInfo;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.completecrm.core.CustomerId;
import org.completecrm.core.identity.AttributeType;
import org.completecrm.core.identity.GoldenRecord;
import org.completecrm.core.identity.MatchModel;
import org.completecrm.core.identity.Resolution;
import org.completecrm.core.identity.Resolver;
import org.completecrm.core.identity.ResolverSettings;
import org.completecrm.core.identity.SourceIdentity;
import org.completecrm.core.identity.SourceRecord;
import org.completecrm.core.testing.PeopleGen;

/**
 * Resolution of generated people on Spark against one machine. The records come from the
 * project's labelled generator ({@code PeopleGen.generate}) in chunks of {@link #CHUNK} people
 * (chunk {@code c} from seed {@code 42 + c}, its record keys prefixed with the chunk), so a chunk
 * is generated alone on an executor or on the driver, and both see the same records. The values
 * that one person alone has in a real base (e-mail address, national and account id) are made
 * distinct across chunks ({@link #own}).
 *
 * <ul>
 *   <li>{@code compare PEOPLE}: resolves the records on one machine ({@code Resolver.resolve}) and
 *       on Spark (written to Parquet and read back), and prints both times and whether the
 *       customers and golden records are equal;
 *   <li>{@code single PEOPLE}: one machine only, the time and peak heap;
 *   <li>{@code spark PEOPLE}: Spark only: the records generated on the executors ({@link
 *       #generated}) and written to Parquet (not timed; with {@code -Dcrm.reuse=true} the
 *       Parquet files of an earlier run in the same directory are read instead), then read,
 *       resolved and the golden records written (timed).
 * </ul>
 *
 * <p>Spark runs in local mode on {@code -Dspark.master} (default {@code local[2]}); a second
 * argument sets the directory for the Parquet files (default {@code /tmp/crm-spark-resolution}).
 * In {@code compare} mode {@code -Dcrm.warmup=PEOPLE} first resolves that many people on both
 * sides, not timed, so that the timed runs measure compiled code rather than the JIT's work.
 */
public final class SparkResolutionBenchmark {
  /** People per generated chunk. */
  public static final int CHUNK = 10_000;

  private static final Instant AT = Instant.parse("2026-12-06T00:00:00Z");

  private SparkResolutionBenchmark() {}

  /** {@code SparkResolutionBenchmark compare|single|spark PEOPLE [DIRECTORY]}. */
  public static void main(String[] args) {
    String mode = args.length > 0 ? args[0] : "compare";
    int people = args.length > 1 ? Integer.parseInt(args[1]) : 45_000;
    String dir = args.length > 2 ? args[2] : "/tmp/crm-spark-resolution";
    ResolverSettings settings = ResolverSettings.defaults();
    switch (mode) {
      case "single" -> {
        List<SourceRecord> records = records(people);
        Timer t = new Timer();
        Resolution r = Resolver.resolve(records, settings, AT);
        System.out.printf(Locale.ROOT, "one machine: %d records, %d customers, %d candidate pairs, %d skipped blocks; %s%n",
            records.size(), r.clusters().size(), r.statistics().candidatePairs(), r.statistics().skippedBlocks(), t);
      }
      case "spark" -> {
        SparkSession spark = session("complete-crm resolution");
        try {
          boolean reuse = Boolean.getBoolean("crm.reuse") && Files.exists(Path.of(dir, "records", "_SUCCESS"));
          if (!reuse) {
            long start = System.nanoTime();
            generated(spark, people).write().mode(SaveMode.Overwrite).parquet(dir + "/records");
            System.out.printf(Locale.ROOT, "generated and written in %.1f s (not timed below)%n", (System.nanoTime() - start) / 1e9);
          }
          Timer t = new Timer();
          SparkResolution.Result r = SparkResolution.resolve(spark.read().parquet(dir + "/records"), settings);
          r.golden().write().mode(SaveMode.Overwrite).parquet(dir + "/golden");
          System.out.printf(Locale.ROOT, "Spark %s: %s; %s%n", spark.sparkContext().master(), summary(r), t);
        } finally {
          spark.stop();
        }
      }
      case "compare" -> {
        // the one machine's result is kept compact (its golden records encoded) and its records
        // dropped before Spark starts, so that Spark's heap does not also carry them
        int warmup = Integer.getInteger("crm.warmup", 0);
        if (warmup > 0) {
          warmUp(warmup, settings, dir);
        }
        OneMachine single = oneMachine(people, settings, dir);
        SparkSession spark = session("complete-crm resolution");
        try {
          Timer s = new Timer();
          SparkResolution.Result r = SparkResolution.resolve(spark.read().parquet(dir + "/records"), settings);
          System.out.printf(Locale.ROOT, "Spark %s: %s; %s%n", spark.sparkContext().master(), summary(r), s);
          Comparison c = compare(single.golden(), single.customers(), r);
          System.out.printf(Locale.ROOT, "equal: customers %s (%d one machine, %d Spark, %d differ), golden records %s (%d differ),"
              + " model %s, candidate pairs %s, skipped blocks %s%n",
              c.sameCustomers(), single.customers(), c.sparkCustomers(), c.differentCustomers(),
              c.sameGolden(), c.differentGolden(), single.model().equals(r.model()),
              single.candidatePairs() == r.candidatePairs(), single.skippedBlocks() == r.skippedBlocks());
        } finally {
          spark.stop();
        }
      }
      default -> throw new org.completecrm.core.InvalidValueException("mode", mode, "compare, single or spark");
    }
  }

  /** The result of comparing a Spark resolution with one machine's. */
  public record Comparison(boolean sameCustomers, long sparkCustomers, long differentCustomers, boolean sameGolden,
      long differentGolden) {}

  /**
   * What {@code compare} keeps of the one machine's resolution: its golden records encoded ({@link
   * Goldens}, in order of customer id), the model and the counts.
   */
  private record OneMachine(byte[] golden, int customers, MatchModel model, long candidatePairs, long skippedBlocks) {}

  /**
   * Resolves the records of {@code people} people once on one machine and once on Spark, not
   * timed, so that the timed runs after it find their code compiled by the JIT (as a long-running
   * service or a cluster's executors would): {@code -Dcrm.warmup=PEOPLE}. Each side takes the path
   * of its timed run: Spark's records are written to Parquet (in {@code DIRECTORY/warmup}) and read
   * back. Until 2026-12-07 they came from a table made in memory, so the timed run was the first
   * to read Parquet and to compile the Spark SQL code generated for it (the JIT compilers took
   * 15.7 of the timed run's 73.7 CPU-seconds on two cores, against 5.5 of 37.6 on one machine;
   * at load 12-18 no change of the JIT's time could be told from the noise).
   */
  private static void warmUp(int people, ResolverSettings settings, String dir) {
    Timer t = new Timer();
    List<SourceRecord> records = records(people);
    Resolution single = Resolver.resolve(records, settings, AT);
    SparkSession spark = session("complete-crm resolution");
    SparkResolution.table(spark, records, Math.max(2, records.size() / 100_000)).write().mode(SaveMode.Overwrite)
        .parquet(dir + "/warmup");
    SparkResolution.Result r = SparkResolution.resolve(spark.read().parquet(dir + "/warmup"), settings);
    long written = r.golden().count();
    System.out.printf(Locale.ROOT, "warm-up (not timed): %d records, %d customers on one machine, %d on Spark; %s%n",
        records.size(), single.clusters().size(), written, t);
  }

  /** Resolves the records on one machine (timed) and writes them for Spark, keeping only what the comparison needs. */
  private static OneMachine oneMachine(int people, ResolverSettings settings, String dir) {
    List<SourceRecord> records = records(people);
    Timer t = new Timer();
    Resolution single = Resolver.resolve(records, settings, AT);
    System.out.printf(Locale.ROOT, "one machine: %d records, %d customers, %d candidate pairs, %d skipped blocks; %s%n",
        records.size(), single.clusters().size(), single.statistics().candidatePairs(),
        single.statistics().skippedBlocks(), t);
    Codec.Out golden = new Codec.Out(1 << 20);
    for (CustomerId id : single.clusters().keySet()) {
      Goldens.write(golden, single.golden(id));
    }
    // Spark's time includes making (and writing) every customer's golden record; one machine makes
    // one when asked, so its time with all of them made is the like-for-like figure
    System.out.printf(Locale.ROOT, "one machine with every golden record made: %s%n", t);
    SparkResolution.table(session("complete-crm resolution"), records, Math.max(2, records.size() / 100_000)).write()
        .mode(SaveMode.Overwrite).parquet(dir + "/records");
    return new OneMachine(golden.toArray(), single.clusters().size(), single.model(), single.statistics().candidatePairs(),
        single.statistics().skippedBlocks());
  }

  /** Compares the customers (ids and records) and golden records of two resolutions of the same records. */
  public static Comparison compare(Resolution single, SparkResolution.Result spark) {
    Map<CustomerId, GoldenRecord> sparkGolden = golden(spark);
    long differentCustomers = 0;
    long differentGolden = 0;
    for (Map.Entry<CustomerId, Set<SourceIdentity>> e : single.clusters().entrySet()) {
      GoldenRecord g = sparkGolden.get(e.getKey());
      if (g == null || !g.sources().equals(e.getValue())) {
        differentCustomers++;
      }
      if (g == null || !g.equals(single.golden(e.getKey()))) {
        differentGolden++;
      }
    }
    boolean sameSize = sparkGolden.size() == single.clusters().size();
    return new Comparison(sameSize && differentCustomers == 0, sparkGolden.size(), differentCustomers,
        sameSize && differentGolden == 0, differentGolden);
  }

  private static Map<CustomerId, GoldenRecord> golden(SparkResolution.Result spark) {
    Map<CustomerId, GoldenRecord> sparkGolden = new TreeMap<>();
    for (Row row : spark.golden().collectAsList()) {
      GoldenRecord g = SparkResolution.golden(row);
      sparkGolden.put(g.customer(), g);
    }
    return sparkGolden;
  }

  /** Compares one machine's golden records ({@link Goldens}, each customer once) with Spark's: customers (ids and records) and golden records. */
  private static Comparison compare(byte[] singleGolden, int singleCustomers, SparkResolution.Result spark) {
    Map<CustomerId, GoldenRecord> sparkGolden = golden(spark);
    long differentCustomers = 0;
    long differentGolden = 0;
    Iterator<Row> rows = Goldens.rows(singleGolden);
    while (rows.hasNext()) {
      GoldenRecord expected = SparkResolution.golden(rows.next());
      GoldenRecord g = sparkGolden.get(expected.customer());
      if (g == null || !g.sources().equals(expected.sources())) {
        differentCustomers++;
      }
      if (g == null || !g.equals(expected)) {
        differentGolden++;
      }
    }
    boolean sameSize = sparkGolden.size() == singleCustomers;
    return new Comparison(sameSize && differentCustomers == 0, sparkGolden.size(), differentCustomers,
        sameSize && differentGolden == 0, differentGolden);
  }

  /** The records of {@code people} generated people, chunk by chunk. */
  public static List<SourceRecord> records(int people) {
    List<SourceRecord> out = new ArrayList<>();
    for (int c = 0; c * CHUNK < people; c++) {
      out.addAll(chunk(c, people));
    }
    return out;
  }

  /** Chunk {@code c} of the records of {@code people} generated people. */
  public static List<SourceRecord> chunk(int c, int people) {
    int n = Math.min(CHUNK, people - c * CHUNK);
    List<SourceRecord> out = new ArrayList<>();
    for (SourceRecord r : PeopleGen.generate(n, 42L + c).records()) {
      SourceIdentity id = SourceIdentity.of(r.identity().system(), String.format(Locale.ROOT, "%03d-%s", c, r.identity().key()));
      var b = SourceRecord.builder().from(r).identity(id);
      for (AttributeType t : OWN) {
        String value = r.attributes().get(t);
        if (value != null) {
          b.putAttributes(t, own(t, value, c));
        }
      }
      out.add(b.build());
    }
    return out;
  }

  /**
   * The records of {@code people} generated people as a table ({@link SparkResolution#RECORD_SCHEMA}),
   * generated on the executors: one task per chunk, each the rows of {@link #chunk} made straight
   * from the generator's records (no second record per row).
   */
  public static Dataset<Row> generated(SparkSession spark, int people) {
    int chunks = (people + CHUNK - 1) / CHUNK;
    FlatMapFunction<Long, Row> generate = c -> chunkRows(c.intValue(), people).iterator();
    return spark.range(0, chunks, 1, chunks).as(Encoders.LONG()).flatMap(generate, Encoders.row(SparkResolution.RECORD_SCHEMA));
  }

  /** The table rows of {@link #chunk}{@code (c, people)}, made from the generator's records directly. */
  static List<Row> chunkRows(int c, int people) {
    int n = Math.min(CHUNK, people - c * CHUNK);
    String prefix = (c < 10 ? "00" : c < 100 ? "0" : "") + c + "-";
    List<Row> out = new ArrayList<>();
    for (SourceRecord r : PeopleGen.generate(n, 42L + c).records()) {
      String[] columns = SparkResolution.columns(r);
      columns[1] = prefix + columns[1];
      for (AttributeType t : OWN) {
        int column = 2 + SparkResolution.ATTRIBUTES.indexOf(t);
        if (columns[column] != null) {
          columns[column] = own(t, columns[column], c);
        }
      }
      out.add(RowFactory.create((Object[]) columns));
    }
    return out;
  }

  /** The values that one person alone has in a real base, made distinct across chunks by {@link #own}. */
  private static final List<AttributeType> OWN = List.of(AttributeType.EMAIL, AttributeType.NATIONAL_ID, AttributeType.ACCOUNT_ID);

  /**
   * A value of chunk {@code c} that one person alone has (an e-mail address, a national or account
   * id), made distinct from every other chunk's values; chunk 0 keeps its values. The generator
   * keeps e-mail addresses distinct within one call only and draws ids at random, so without
   * this, strangers of different chunks share them: {@code william.smith@gmail.com} in every
   * chunk, and at 4.5 million people thousands of account ids drawn twice, which the
   * same-account rule joins. The mark is {@code _c} after an address's local part ({@code .c}
   * before 2026-12-07 collided: Gmail addresses are compared without their dots, so {@code
   * jsmith1.23} of chunk 23 was {@code jsmith12.3} of chunk 3) and {@code Kc} after an id (a
   * letter: identifiers are compared on letters and digits, so digits alone would run into the
   * id's own).
   */
  static String own(AttributeType type, String value, int c) {
    if (c == 0) {
      return value;
    }
    if (type != AttributeType.EMAIL) {
      return value + "K" + c;
    }
    int at = value.lastIndexOf('@');
    return at > 0 ? value.substring(0, at) + "_" + c + value.substring(at) : value;
  }

  /** Whether the stage listener is added (once per JVM: the session is shared). */
  private static boolean listening;

  /** A Spark session on {@code -Dspark.master} (default {@code local[2]}), bound to the loopback address when local. */
  public static SparkSession session(String name) {
    String master = System.getProperty("spark.master", "local[2]");
    SparkSession.Builder b = SparkSession.builder().appName(name).master(master).config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", System.getProperty("spark.sql.shuffle.partitions", "16"));
    if (master.startsWith("local")) {
      b = b.config("spark.driver.host", "127.0.0.1").config("spark.driver.bindAddress", "127.0.0.1");
    }
    SparkSession session = b.getOrCreate();
    if (Boolean.getBoolean("crm.stages") && !listening) {
      session.sparkContext().addSparkListener(new StageTimes());
      listening = true;
    }
    return session;
  }

  private static String summary(SparkResolution.Result r) {
    return String.format(Locale.ROOT, "%d customers, %d candidate pairs, %d skipped blocks, %d pairs that may match,"
        + " %d matched pairs (graph edges) between %d records, largest component %d records", r.customers(),
        r.candidatePairs(), r.skippedBlocks(), r.mayMatchPairs(), r.graphPairs(), r.graphRecords(), r.largestComponent());
  }

  /**
   * Prints each Spark stage when it completes (with {@code -Dcrm.stages=true}): its name (the
   * resolution's step), wall time, the tasks' run and CPU time, garbage collection, the bytes
   * it shuffled and each task's CPU time in order of partition (a step whose partitions are
   * uneven shows it: the cores wait for its longest task), so that the step that dominates shows
   * without the Spark UI.
   */
  static final class StageTimes extends SparkListener {
    /** The CPU time (ns) of each task of each stage, by the task's partition, while the stage runs. */
    private final Map<Integer, Map<Integer, Long>> taskCpu = new java.util.concurrent.ConcurrentHashMap<>();

    @Override
    public void onTaskEnd(org.apache.spark.scheduler.SparkListenerTaskEnd end) {
      TaskMetrics m = end.taskMetrics();
      if (m != null) {
        taskCpu.computeIfAbsent(end.stageId(), k -> new java.util.concurrent.ConcurrentSkipListMap<>())
            .put(end.taskInfo().partitionId(), m.executorCpuTime());
      }
    }

    @Override
    public void onStageCompleted(SparkListenerStageCompleted completed) {
      StageInfo s = completed.stageInfo();
      long wall = s.completionTime().isDefined() && s.submissionTime().isDefined()
          ? (Long) s.completionTime().get() - (Long) s.submissionTime().get() : -1;
      TaskMetrics m = s.taskMetrics();
      StringBuilder tasks = new StringBuilder();
      Map<Integer, Long> cpu = taskCpu.remove(s.stageId());
      if (cpu != null) {
        cpu.values().forEach(ns -> tasks.append(String.format(Locale.ROOT, " %.1f", ns / 1e9)));
      }
      System.out.printf(Locale.ROOT, "stage %3d %-48s %4d tasks %7.1f s wall, run %7.1f s, CPU %7.1f s, GC %5.1f s,"
          + " shuffle write %7.1f MB, read %7.1f MB; each task's CPU (s):%s%n", s.stageId(), s.name(), s.numTasks(),
          wall / 1e3, m.executorRunTime() / 1e3, m.executorCpuTime() / 1e9, m.jvmGCTime() / 1e3,
          m.shuffleWriteMetrics().bytesWritten() / 1e6, m.shuffleReadMetrics().totalBytesRead() / 1e6, tasks);
    }
  }

  /** Wall and CPU time, the JIT's and GC's time, and peak heap since it was made. */
  private static final class Timer {
    private final com.sun.management.OperatingSystemMXBean os =
        (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    private final long wall;
    private final long cpu;
    private final long jit;
    private final long gc;

    Timer() {
      System.gc();
      for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
        pool.resetPeakUsage();
      }
      wall = System.nanoTime();
      cpu = os.getProcessCpuTime();
      jit = jitMillis();
      gc = gcMillis();
    }

    /** The time the JIT compilers spent compiling so far (their threads' time, most of it CPU). */
    private static long jitMillis() {
      var bean = ManagementFactory.getCompilationMXBean();
      return bean != null && bean.isCompilationTimeMonitoringSupported() ? bean.getTotalCompilationTime() : 0;
    }

    /** The time of the collections so far (pauses, and G1's concurrent cycles). */
    private static long gcMillis() {
      long sum = 0;
      for (var bean : ManagementFactory.getGarbageCollectorMXBeans()) {
        sum += Math.max(0, bean.getCollectionTime());
      }
      return sum;
    }

    @Override
    public String toString() {
      long peak = 0;
      for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
        if (pool.getType() == MemoryType.HEAP) {
          peak += pool.getPeakUsage().getUsed();
        }
      }
      return String.format(Locale.ROOT, "%.1f s wall, %.1f s CPU (this JVM; JIT compiling %.1f s, GC %.1f s), peak heap %.2f GiB,"
          + " load %.1f", (System.nanoTime() - wall) / 1e9, (os.getProcessCpuTime() - cpu) / 1e9, (jitMillis() - jit) / 1e3,
          (gcMillis() - gc) / 1e3, peak / (1024.0 * 1024 * 1024), os.getSystemLoadAverage());
    }
  }
}
