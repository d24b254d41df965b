package org.completecrm.examples.spark;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import org.apache.spark.Partitioner;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.completecrm.core.InvalidValueException;
import org.completecrm.examples.campaign.PlanCsv;
import org.completecrm.rules.campaign.CampaignAllocation;
import org.completecrm.rules.campaign.CampaignPart;
import org.completecrm.rules.campaign.CampaignRun;
import org.completecrm.rules.campaign.CampaignSchedule;
import org.completecrm.rules.campaign.PlanLine;
import org.completecrm.rules.campaign.PlanSummary;
import scala.Tuple2;

/**
 * A campaign plan made on Spark ({@link SparkCampaign#plan}): its summary on the driver, and its
 * lines on the executors, where the cached parts write them when the CSV is written ({@link
 * #writeCsv}) or its rows are read ({@link #rows()}). Close it to release the cached parts and
 * the broadcasts.
 */
public final class SparkCampaignPlan implements AutoCloseable {
  /** Ids sampled per part to cut the sorted lines into ranges. */
  private static final int SAMPLE = 64;

  private final JavaSparkContext sc;
  private final JavaRDD<CampaignPart> parts;
  private final List<Broadcast<?>> broadcasts = new ArrayList<>();
  private final Broadcast<CampaignRun> run;
  private final Broadcast<CampaignAllocation> allocation;
  private final Broadcast<CampaignSchedule> schedule;
  private final PlanSummary summary;
  private final long[] nanos;
  private JavaPairRDD<String, String> rows;

  SparkCampaignPlan(JavaSparkContext sc, JavaRDD<CampaignPart> parts, List<Broadcast<String>> inputs,
      Broadcast<CampaignRun> run, Broadcast<CampaignAllocation> allocation, CampaignSchedule schedule, long[] nanos) {
    this.sc = sc;
    this.parts = parts;
    this.run = run;
    this.allocation = allocation;
    this.schedule = sc.broadcast(schedule);
    this.summary = schedule.summary();
    this.nanos = nanos;
    broadcasts.addAll(inputs);
    broadcasts.add(run);
    broadcasts.add(allocation);
    broadcasts.add(this.schedule);
  }

  /** The plan's totals, the bound and the gap: equal to the single machine's summary. */
  public PlanSummary summary() {
    return summary;
  }

  /**
   * Wall-clock and CPU seconds of the phases on the driver's side, in words; the CPU is the
   * driver process's (all threads: in local mode the executors' too, -1 where the JVM does not say).
   */
  public String phases() {
    return String.format(Locale.ROOT, "decide and regroup %.1f s wall / %.1f s CPU, allocate %.1f s / %.1f s"
        + " (%d passes), schedule %.1f s / %.1f s", nanos[0] / 1e9, nanos[3] / 1e9, nanos[1] / 1e9, nanos[4] / 1e9,
        nanos[6], nanos[2] / 1e9, nanos[5] / 1e9);
  }

  /** CPU nanoseconds of this process so far (all threads), or 0 where the JVM does not say. */
  static long cpu() {
    return java.lang.management.ManagementFactory.getOperatingSystemMXBean()
        instanceof com.sun.management.OperatingSystemMXBean os ? os.getProcessCpuTime() : 0;
  }

  /**
   * The plan's CSV rows (the columns of {@code crm campaign}, no header), in order of customer id
   * across the partitions: computed on the executors from the cached parts.
   */
  public synchronized JavaRDD<String> rows() {
    return sorted().values();
  }

  /**
   * Writes the header and every row to {@code to}, one partition at a time (the driver holds one
   * partition's rows, never the whole plan), and flushes; the caller closes it.
   *
   * @throws InvalidValueException for a customer given twice (field {@code contexts.customer.id}),
   *     before anything is written
   */
  public void writeCsv(Writer to) {
    JavaPairRDD<String, String> sorted = sorted();
    checkOnce(sorted);
    try {
      Writer w = to instanceof BufferedWriter ? to : new BufferedWriter(to, 1 << 16);
      w.write(PlanCsv.HEADER);
      w.write('\n');
      Iterator<String> it = sorted.values().toLocalIterator();
      while (it.hasNext()) {
        w.write(it.next());
        w.write('\n');
      }
      w.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private synchronized JavaPairRDD<String, String> sorted() {
    if (rows == null) {
      rows = sortedRows(parts, run, allocation, schedule);
    }
    return rows;
  }

  /** The parts' rows keyed by customer id, in ranges cut at a sample of ids, sorted within each (static: the closures capture no plan). */
  private static JavaPairRDD<String, String> sortedRows(JavaRDD<CampaignPart> parts, Broadcast<CampaignRun> r,
      Broadcast<CampaignAllocation> a, Broadcast<CampaignSchedule> s) {
    List<String> ids = new ArrayList<>(parts.flatMap(p -> sample(p.lines(r.value(), a.value(), s.value())))
        .collect());
    Collections.sort(ids);
    int n = parts.getNumPartitions();
    String[] bounds = new String[Math.max(0, Math.min(n, ids.size()) - 1)];
    for (int b = 0; b < bounds.length; b++) {
      bounds[b] = ids.get((int) ((long) (b + 1) * ids.size() / (bounds.length + 1)));
    }
    return parts.flatMapToPair(p -> keyed(p.lines(r.value(), a.value(), s.value())))
        .repartitionAndSortWithinPartitions(new IdRanges(bounds));
  }

  /** About {@link #SAMPLE} ids of a part's lines, evenly spaced (only those lines are written). */
  private static Iterator<String> sample(List<PlanLine> lines) {
    List<String> ids = new ArrayList<>();
    int step = Math.max(1, lines.size() / SAMPLE);
    for (int i = step / 2; i < lines.size(); i += step) {
      ids.add(lines.get(i).customer().value());
    }
    return ids.iterator();
  }

  /** Each line as its customer id and CSV row, written as the iterator is read. */
  private static Iterator<Tuple2<String, String>> keyed(List<PlanLine> lines) {
    Iterator<PlanLine> it = lines.iterator();
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return it.hasNext();
      }

      @Override
      public Tuple2<String, String> next() {
        PlanLine l = it.next();
        return new Tuple2<>(l.customer().value(), PlanCsv.row(l));
      }
    };
  }

  private boolean checked;

  /** Refuses a customer given twice: adjacent equal ids within a partition of the sorted rows, or across two. */
  private synchronized void checkOnce(JavaPairRDD<String, String> sorted) {
    if (checked) {
      return;
    }
    List<String[]> ends = ends(sorted);
    String previous = null;
    for (String[] e : ends) {
      if (e[2] != null) {
        throw twice(e[2]);
      }
      if (e[0] != null) {
        if (e[0].equals(previous)) {
          throw twice(e[0]);
        }
        previous = e[1];
      }
    }
    checked = true;
  }

  /** Per partition of the sorted rows: its first and last id, and an id found twice in it (or null). */
  private static List<String[]> ends(JavaPairRDD<String, String> sorted) {
    return sorted.keys().mapPartitions(it -> {
      String first = null;
      String last = null;
      String twice = null;
      while (it.hasNext()) {
        String id = it.next();
        if (first == null) {
          first = id;
        } else if (twice == null && id.equals(last)) {
          twice = id;
        }
        last = id;
      }
      return Collections.singletonList(new String[] {first, last, twice}).iterator();
    }).collect();
  }

  private static InvalidValueException twice(String id) {
    return new InvalidValueException("contexts.customer.id", id, "each customer once in a campaign run");
  }

  /** Releases the cached parts and the broadcasts. */
  @Override
  public synchronized void close() {
    parts.unpersist(false);
    for (Broadcast<?> b : broadcasts) {
      b.destroy();
    }
    broadcasts.clear();
  }

  /** Customer ids in ranges cut at sampled ids: partition {@code p} holds the ids from {@code bounds[p-1]} (inclusive) to {@code bounds[p]}. */
  static final class IdRanges extends Partitioner {
    private static final long serialVersionUID = 1L;
    private final String[] bounds;

    IdRanges(String[] bounds) {
      this.bounds = bounds.clone();
    }

    @Override
    public int numPartitions() {
      return bounds.length + 1;
    }

    @Override
    public int getPartition(Object key) {
      int i = Arrays.binarySearch(bounds, (String) key);
      return i >= 0 ? i + 1 : -i - 1;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof IdRanges r && Arrays.equals(bounds, r.bounds);
    }

    @Override
    public int hashCode() {
      return Arrays.hashCode(bounds);
    }
  }
}
