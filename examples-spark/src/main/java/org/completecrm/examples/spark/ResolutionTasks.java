package org.completecrm.examples.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import org.apache.spark.util.CollectionAccumulator;
import org.apache.spark.util.LongAccumulator;
import org.completecrm.core.identity.GoldenRecord;
import org.completecrm.core.identity.MatchModel;
import org.completecrm.core.identity.ResolutionSteps;
import org.completecrm.core.identity.ResolverSettings;
import org.completecrm.core.identity.SourceIdentity;
import org.completecrm.core.identity.SourceRecord;
import org.completecrm.core.json.CrmJson;
import scala.Tuple2;

/**
 * What each task of {@link SparkResolution} does, on one partition: the library's pure functions
 * ({@link ResolutionSteps}) applied to the records and pairs a partition holds, and the packing
 * of what goes to other partitions into one array per destination.
 *
 * <p>Record numbers: record {@code r} of partition {@code p} is {@code offsets[p] + r}, below
 * 2<sup>27</sup>, so that a block entry packs a block (36 bits) and a record into one {@code long}
 * and a pair packs two records into one. The home of a record is its partition.
 */
final class ResolutionTasks implements Serializable {
  private static final long serialVersionUID = 1L;
  /** Bits of a record number in a block entry. */
  static final int RECORD_BITS = 27;
  private static final long RECORD_MASK = (1L << RECORD_BITS) - 1;

  private final int[] offsets;
  private final String settingsJson;
  private String modelJson;
  private transient ResolverSettings settings;
  private transient MatchModel model;

  ResolutionTasks(int[] offsets, ResolverSettings settings) {
    this.offsets = offsets.clone();
    this.settingsJson = CrmJson.write(settings);
  }

  /** The same tasks with the model of the run. */
  ResolutionTasks withModel(MatchModel m) {
    ResolutionTasks t = new ResolutionTasks(offsets, settings());
    t.modelJson = CrmJson.write(m);
    return t;
  }

  int partitions() {
    return offsets.length - 1;
  }

  /** The partition that holds record {@code record}. */
  int home(long record) {
    int k = Arrays.binarySearch(offsets, (int) record);
    // offsets[p] is the first record of p; equal offsets are empty partitions: take the last
    if (k >= 0) {
      while (k + 1 < offsets.length - 1 && offsets[k + 1] == offsets[k]) {
        k++;
      }
      return k;
    }
    return -k - 2;
  }

  private ResolverSettings settings() {
    if (settings == null) {
      settings = CrmJson.read(settingsJson, ResolverSettings.class);
    }
    return settings;
  }

  private MatchModel model() {
    if (model == null) {
      model = CrmJson.read(modelJson, MatchModel.class);
    }
    return model;
  }

  /**
   * The block entries of a partition's records ({@code block << 27 | record}) to the partitions
   * of their blocks, and each record's identity hash to the partition of the hash (to find an
   * identity given twice).
   */
  Iterator<Tuple2<Integer, long[][]>> blocks(Iterator<Part> parts) {
    Part part = parts.next();
    int n = partitions();
    Longs[] entries = new Longs[n];
    Longs[] identities = new Longs[n];
    for (int q = 0; q < n; q++) {
      entries[q] = new Longs(1024);
      identities[q] = new Longs(1024);
    }
    Codec.In in = new Codec.In(part.std);
    // a batch of records decoded into rows at a time, each batch over the one before
    ResolutionSteps.StandardisedRows rows = ResolutionSteps.StandardisedRows.ofSize(Math.min(Part.BATCH, part.size));
    String[] identity = new String[2];
    String[] scratch = new String[Part.VALUES];
    for (int r = 0; r < part.size; r++) {
      int row = r % Part.BATCH;
      Part.readInto(in, null, rows, row, identity, scratch);
      long record = offsets[part.index] + r;
      for (long block : ResolutionSteps.blocks(rows, row)) {
        entries[bucket(block, n)].add(block << RECORD_BITS | record);
      }
      long h = identityHash(identity[0], identity[1]);
      identities[bucket(h, n)].add(h);
    }
    List<Tuple2<Integer, long[][]>> out = new ArrayList<>(n);
    for (int q = 0; q < n; q++) {
      out.add(new Tuple2<>(q, new long[][] {entries[q].toArray(), identities[q].toArray()}));
    }
    return out.iterator();
  }

  /**
   * The candidate pairs of the blocks a partition received ({@link #oriented}: {@code a << 32 |
   * b}, repeated when two records share several blocks), each to the home of its first record;
   * blocks of more than the limit are skipped and counted, identity hashes seen twice noted.
   */
  Iterator<Tuple2<Integer, long[]>> pairs(Iterator<Tuple2<Integer, long[][]>> received, LongAccumulator skipped,
      CollectionAccumulator<Long> identitiesTwice) {
    List<long[]> entryArrays = new ArrayList<>();
    List<long[]> identityArrays = new ArrayList<>();
    received.forEachRemaining(t -> {
      entryArrays.add(t._2()[0]);
      identityArrays.add(t._2()[1]);
    });
    long[] ids = Longs.concat(identityArrays.iterator());
    identityArrays.clear();
    Arrays.sort(ids);
    for (int k = 1; k < ids.length; k++) {
      if (ids[k] == ids[k - 1]) {
        identitiesTwice.add(ids[k]);
      }
    }
    long[] entries = Longs.concat(entryArrays.iterator());
    entryArrays.clear();
    Arrays.sort(entries);
    int n = partitions();
    Longs[] out = new Longs[n];
    for (int q = 0; q < n; q++) {
      out[q] = new Longs(1024);
    }
    int maxBlock = settings().maxBlockSize();
    long skippedHere = 0;
    for (int start = 0; start < entries.length; ) {
      long block = entries[start] >>> RECORD_BITS;
      int end = start + 1;
      while (end < entries.length && entries[end] >>> RECORD_BITS == block) {
        end++;
      }
      if (end - start > maxBlock) {
        skippedHere++;
      } else {
        for (int a = start; a < end; a++) {
          long i = entries[a] & RECORD_MASK;
          int hi = home(i);
          for (int b = a + 1; b < end; b++) {
            long j = entries[b] & RECORD_MASK;
            if (i != j) {
              // entries are sorted: i < j
              int hj = home(j);
              long pair = oriented(i, hi, j, hj, n);
              out[(pair & 1) == 0 ? hi : hj].add(pair >>> 1);
            }
          }
        }
      }
      start = end;
    }
    skipped.add(skippedHere);
    List<Tuple2<Integer, long[]>> result = new ArrayList<>(n);
    for (int q = 0; q < n; q++) {
      result.add(new Tuple2<>(q, out[q].toArray()));
    }
    return result.iterator();
  }

  /**
   * Records {@code i < j} as the pair {@code a << 32 | b} that {@link #ship} sends: record {@code
   * a} goes to the home of {@code b}, where the pair is compared. Partitions are taken round a
   * circle, as the rounds of a tournament: the pairs between partitions {@code p} and {@code q}
   * are compared in {@code q} when {@code q} is less than half way round after {@code p} (their
   * records of {@code p} are sent to {@code q}), and, with an even number of partitions, those
   * between partitions exactly half way round each way as a hash of the pair falls. So each
   * partition compares as many pairs as another (for records spread evenly) and a record goes to
   * at most half of the other partitions. Sending the smaller record always (as before
   * 2026-12-07) made the partition of the largest record numbers compare the pairs of every
   * partition with it: of four partitions, 1, 3, 5 and 7 sixteenths of the pairs, so that on
   * two cores the one that ran the second and the fourth took 10 sixteenths of the time instead of
   * 8. The same pair always gets the same orientation, so pairs found in several blocks stay equal.
   */
  long oriented(long i, long j) {
    return oriented(i, home(i), j, home(j), partitions()) >>> 1;
  }

  /** {@link #oriented}{@code (i, j)} of records at homes {@code hi} and {@code hj}, shifted left by one, with 1 where {@code j} is sent. */
  private static long oriented(long i, int hi, long j, int hj, int n) {
    int d = Math.floorMod(hj - hi, n);
    boolean toJ = 2 * d < n || 2 * d == n && (mix(i << 32 | j) & 1) == 0;
    return toJ ? (i << 32 | j) << 1 : (j << 32 | i) << 1 | 1;
  }

  /**
   * The distinct candidate pairs of a partition's records (the first record of each pair is
   * here, {@link #oriented}): each record with the second records of its pairs goes once to each partition that
   * holds some of them, as {@code record, its standardised bytes, count, second records}.
   */
  Iterator<Tuple2<Integer, byte[]>> ship(Iterator<Part> parts, Iterator<Tuple2<Integer, long[]>> received) {
    Part part = parts.next();
    long[] pairs = Longs.sortedDistinct(Longs.concat(new Values<>(received)));
    int n = partitions();
    Codec.Out[] out = new Codec.Out[n];
    for (int start = 0; start < pairs.length; ) {
      long i = pairs[start] >>> 32;
      int end = start + 1;
      while (end < pairs.length && pairs[end] >>> 32 == i) {
        end++;
      }
      int local = (int) (i - offsets[part.index]);
      // the second records are sorted, so those of one partition are consecutive
      for (int s = start; s < end; ) {
        int q = home(pairs[s] & 0xffffffffL);
        int e = s + 1;
        while (e < end && (pairs[e] & 0xffffffffL) < offsets[q + 1]) {
          e++;
        }
        if (out[q] == null) {
          out[q] = new Codec.Out(1 << 16);
        }
        out[q].integer((int) i);
        if (q != part.index) {
          // a record's own partition holds it already: only its pairs go there
          out[q].bytes(part.std, part.stdStarts[local], part.stdStarts[local + 1]);
        }
        out[q].integer(e - s);
        for (int k = s; k < e; k++) {
          out[q].integer((int) pairs[k]);
        }
        s = e;
      }
      start = end;
    }
    List<Tuple2<Integer, byte[]>> result = new ArrayList<>(n);
    for (int q = 0; q < n; q++) {
      if (out[q] != null) {
        result.add(new Tuple2<>(q, out[q].toArray()));
      }
    }
    return result.iterator();
  }

  /** Records shipped to a partition that are compared at once ({@link #compare}). */
  static final int SHIPPED_BATCH = 1 << 14;

  /**
   * Compares every pair shipped to a partition with the partition's own records. The partition's
   * records are decoded once into rows ({@link ResolutionSteps.StandardisedRows}, no object per
   * record) followed by room for a batch of {@link #SHIPPED_BATCH} shipped records; the records
   * shipped to it are decoded batch by batch over that room, and each batch's pairs are compared
   * in one call of {@link ResolutionSteps#patterns(ResolutionSteps.StandardisedRows, long[])} and
   * {@link ResolutionSteps#rules(ResolutionSteps.StandardisedRows, long[], ResolverSettings)}
   * (the record with the smaller identity first, as on one machine). So a task holds its own
   * records and one batch, not every record shipped to it; the values that repeat over its own
   * records and of the shipped batches are held once ({@link Part#readInto}, {@link StringPool}:
   * a shipped name or place that the partition holds already is not made again).
   * A pair whose first record is here too names it without its values ({@link #ship}).
   */
  Iterator<Compared> compare(Iterator<Part> parts, Iterator<Tuple2<Integer, byte[]>> received) {
    Part part = parts.next();
    int n = part.size;
    int offset = offsets[part.index];
    StringPool pool = new StringPool();
    ResolutionSteps.StandardisedRows rows = ResolutionSteps.StandardisedRows.ofSize(n + SHIPPED_BATCH);
    String[] systems = new String[n + SHIPPED_BATCH];
    String[] keys = new String[n + SHIPPED_BATCH];
    String[] identity = new String[2];
    String[] scratch = new String[Part.VALUES];
    Codec.In own = new Codec.In(part.std);
    for (int r = 0; r < n; r++) {
      Part.readInto(own, pool, rows, r, identity, scratch);
      systems[r] = identity[0];
      keys[r] = identity[1];
    }
    Batch batch = new Batch(rows);
    int shipped = 0;
    while (received.hasNext()) {
      Codec.In in = new Codec.In(received.next()._2());
      while (in.more()) {
        long i = in.integer();
        int row;
        if (i >= offset && i < offset + n) {
          row = (int) (i - offset);
        } else {
          if (shipped == SHIPPED_BATCH) {
            batch.compare(settings());
            shipped = 0;
          }
          row = n + shipped++;
          Part.readInto(in, pool, rows, row, identity, scratch);
          systems[row] = identity[0];
          keys[row] = identity[1];
        }
        int m = in.integer();
        for (int k = 0; k < m; k++) {
          long j = in.integer();
          int b = (int) (j - offset);
          batch.pairs.add(i << 32 | j);
          // the record with the smaller identity first, as on one machine
          batch.oriented.add(compareIdentities(systems, keys, row, b) < 0 ? (long) row << 32 | b : (long) b << 32 | row);
        }
      }
    }
    batch.compare(settings());
    String[] names = new String[batch.dictionary.size()];
    batch.dictionary.forEach((name, index) -> names[index] = name);
    return List.of(new Compared(Longs.concat(batch.donePairs.iterator()), Longs.concat(batch.codes.iterator()), names))
        .iterator();
  }

  /** As {@link SourceIdentity#compareTo} of the identities of rows {@code a} and {@code b}. */
  private static int compareIdentities(String[] systems, String[] keys, int a, int b) {
    int c = systems[a].compareTo(systems[b]);
    return c != 0 ? c : keys[a].compareTo(keys[b]);
  }

  /** The pairs of a partition waiting to be compared, and what was found for those compared (one array per batch). */
  private static final class Batch {
    final ResolutionSteps.StandardisedRows rows;
    final Longs pairs = new Longs(1024);
    final Longs oriented = new Longs(1024);
    final List<long[]> donePairs = new ArrayList<>();
    /** Per pair compared, {@link Compared#code}. */
    final List<long[]> codes = new ArrayList<>();
    /** The names that pairs agree on exactly, {@code ""} first. */
    final Map<String, Integer> dictionary = new HashMap<>();

    Batch(ResolutionSteps.StandardisedRows rows) {
      this.rows = rows;
      dictionary.put("", 0);
    }

    /** Compares the waiting pairs (before their rows are set again). */
    void compare(ResolverSettings settings) {
      long[] byRow = oriented.toArray();
      int[] p = ResolutionSteps.patterns(rows, byRow);
      boolean[] r = ResolutionSteps.rules(rows, byRow, settings);
      long[] found = new long[byRow.length];
      for (int k = 0; k < byRow.length; k++) {
        int a = (int) (byRow[k] >>> 32);
        int b = (int) byRow[k];
        // the names each pair agrees on exactly, for its own term-frequency adjustment once the model is known
        int given = index(ResolutionSteps.exactName(false, rows, a, b, p[k]));
        int family = index(ResolutionSteps.exactName(true, rows, a, b, p[k]));
        found[k] = Compared.code(p[k], r[k], given, family);
      }
      codes.add(found);
      donePairs.add(pairs.toArray());
      pairs.clear();
      oriented.clear();
    }

    /** The index of a name in {@link #dictionary}, added if new; {@code ""} (most pairs) without a look-up. */
    private int index(String name) {
      if (name.isEmpty()) {
        return 0;
      }
      Integer known = dictionary.get(name);
      if (known != null) {
        return known;
      }
      int added = dictionary.size();
      dictionary.put(name, added);
      return added;
    }
  }

  /**
   * The components of all partitions' stars ({@link Components#stars}), in the one partition that
   * received them: each record's label ({@code record << 32 | smallest record of its component})
   * to the record's home; the size of the largest component to {@code largest}.
   */
  Iterator<Tuple2<Integer, long[]>> labels(Iterator<Tuple2<Integer, long[]>> stars, CollectionAccumulator<Long> largest) {
    long[] labels = Components.labels(Longs.concat(new Values<>(stars)));
    largest.add((long) Components.largest(labels));
    int n = partitions();
    List<Tuple2<Integer, long[]>> out = new ArrayList<>(n);
    int start = 0;
    for (int q = 0; q < n; q++) {
      int end = start;
      while (end < labels.length && labels[end] >>> 32 < offsets[q + 1]) {
        end++;
      }
      out.add(new Tuple2<>(q, Arrays.copyOfRange(labels, start, end)));
      start = end;
    }
    return out.iterator();
  }

  /**
   * The records of a partition that are in a component (have a label), each to the partition of
   * its component as {@code 0, component, record, identity, standardised values, the other
   * columns} (so that the component's resolution does not standardise them again); the pairs
   * that may match go to the same partitions as {@code 1, component, first, second} ({@link
   * #componentPairs}).
   */
  Iterator<Tuple2<Integer, byte[]>> componentRecords(Iterator<Part> parts, Iterator<Tuple2<Integer, long[]>> labelArrays) {
    Part part = parts.next();
    long[] labels = Longs.concat(new Values<>(labelArrays));
    Arrays.sort(labels);
    int n = partitions();
    Codec.Out[] out = new Codec.Out[n];
    Codec.In raw = new Codec.In(part.raw);
    for (int r = 0; r < part.size; r++) {
      long record = offsets[part.index] + r;
      long label = Components.labelOf(labels, record);
      if (label >= 0) {
        int q = bucket(label, n);
        if (out[q] == null) {
          out[q] = new Codec.Out(1 << 16);
        }
        out[q].bool(false);
        out[q].integer((int) label);
        out[q].integer((int) record);
        // identity and standardised values, then the columns after the identity
        out[q].bytes(part.std, part.stdStarts[r], part.stdStarts[r + 1]);
        raw.seek(part.rawStarts[r]);
        raw.skipString();
        raw.skipString();
        out[q].bytes(part.raw, raw.position(), part.rawStarts[r + 1]);
      }
    }
    return shipments(out);
  }

  /** The matched pairs of a partition under the run's model, with their patterns ({@link Compared#edges}). */
  Compared.Edges edges(Compared compared, long[] mayMatch) {
    return compared.edges(mayMatch, model(), settings());
  }

  /**
   * The matched pairs of a partition ({@link #edges}), each to the partition of its component as
   * {@code 1, component, first, second, pattern}: the pattern found in the comparisons, so that the
   * component's resolution does not compare the pair again.
   */
  Iterator<Tuple2<Integer, byte[]>> componentPairs(Iterator<Compared.Edges> matched,
      Iterator<Tuple2<Integer, long[]>> labelArrays) {
    Compared.Edges edges = matched.next();
    long[] labels = Longs.concat(new Values<>(labelArrays));
    Arrays.sort(labels);
    int n = partitions();
    Codec.Out[] out = new Codec.Out[n];
    for (int k = 0; k < edges.pairs().length; k++) {
      long e = edges.pairs()[k];
      long label = Components.labelOf(labels, e & 0xffffffffL);
      int q = bucket(label, n);
      if (out[q] == null) {
        out[q] = new Codec.Out(1 << 16);
      }
      out[q].bool(true);
      out[q].integer((int) label);
      out[q].integer((int) (e >>> 32));
      out[q].integer((int) e);
      out[q].integer(edges.patterns()[k]);
    }
    return shipments(out);
  }

  /**
   * The golden records ({@link Goldens}, one array) of the records of a partition that are in no
   * component: each its own customer ({@link Goldens#writeOne}).
   */
  Iterator<byte[]> singles(Iterator<Part> parts, Iterator<Tuple2<Integer, long[]>> labelArrays) {
    Part part = parts.next();
    long[] labels = Longs.concat(new Values<>(labelArrays));
    Arrays.sort(labels);
    Codec.Out out = new Codec.Out(1 << 16);
    for (int r = 0; r < part.size; r++) {
      if (Components.labelOf(labels, offsets[part.index] + r) < 0) {
        Goldens.writeOne(out, part.fields(r));
      }
    }
    return List.of(out.toArray()).iterator();
  }

  /**
   * The golden records ({@link Goldens}, arrays of about 16 MB) of the components whose records and pairs a
   * partition received. What was received stays in its arrays: an index of {@code component <<
   * 32 | entry} sorted by component gives each component's entries, and a component's records are
   * decoded only while it is resolved, one component at a time.
   */
  Iterator<byte[]> resolveComponents(Iterator<Tuple2<Integer, byte[]>> received) {
    List<byte[]> arrays = new ArrayList<>();
    Longs index = new Longs(1024);
    Longs where = new Longs(1024);
    int columns = SparkResolution.RECORD_SCHEMA.size();
    while (received.hasNext()) {
      byte[] a = received.next()._2();
      long array = arrays.size();
      arrays.add(a);
      Codec.In in = new Codec.In(a);
      while (in.more()) {
        int position = in.position();
        boolean pair = in.bool();
        index.add((long) in.integer() << 32 | where.size());
        where.add(array << 32 | position);
        in.integer();
        if (pair) {
          in.integer();
          in.integer();
        } else {
          skipRecord(in, columns);
        }
      }
    }
    long[] byComponent = index.toArray();
    index = null;
    Arrays.sort(byComponent);
    long[] at = where.toArray();
    where = null;
    Chunks out = new Chunks();
    for (int start = 0; start < byComponent.length; ) {
      int end = start + 1;
      while (end < byComponent.length && byComponent[end] >>> 32 == byComponent[start] >>> 32) {
        end++;
      }
      resolveComponent(arrays, at, byComponent, start, end, columns, out);
      start = end;
    }
    return out.arrays().iterator();
  }

  /**
   * Golden records written to arrays of about {@link #BYTES} each ({@link Goldens}), the last
   * possibly empty: a partition that resolves a component of millions of records makes hundreds of
   * megabytes of them, which one growing array would hold twice while it grows and once more
   * when copied out.
   */
  private static final class Chunks {
    static final int BYTES = 16 << 20;
    private final List<byte[]> done = new ArrayList<>();
    private Codec.Out out = new Codec.Out(1 << 16);

    void write(GoldenRecord g) {
      Goldens.write(out, g);
      if (out.size() >= BYTES) {
        done.add(out.toArray());
        out = new Codec.Out(1 << 16);
      }
    }

    List<byte[]> arrays() {
      done.add(out.toArray());
      return done;
    }
  }

  /**
   * Resolves the component whose entries are {@code byComponent[start..end)} (each an index into
   * {@code at}, where the entry is: array and position) into golden records written to {@code out}.
   * The component's record numbers, identities and standardised values (shipped with the
   * records, not made again) are decoded for all its records at once, into flat rows; a record's
   * columns are decoded only when the resolution asks for the record (once, for its customer's
   * golden record), so that a component of millions of records (as the matched pairs of ten
   * million generated records form) does not hold them all as {@code SourceRecord}s.
   */
  private void resolveComponent(List<byte[]> arrays, long[] at, long[] byComponent, int start, int end, int columns,
      Chunks out) {
    Longs records = new Longs(16);
    Longs pairs = new Longs(16);
    Longs patterns = new Longs(16);
    for (int k = start; k < end; k++) {
      long w = at[(int) byComponent[k]];
      Codec.In in = new Codec.In(arrays.get((int) (w >>> 32)));
      in.seek((int) w);
      boolean pair = in.bool();
      in.integer();
      if (pair) {
        pairs.add((long) in.integer() << 32 | (in.integer() & 0xffffffffL));
        patterns.add(in.integer());
      } else {
        // record number and entry: the numbers are below 2^27, so the order is the records' order
        records.add((long) in.integer() << 32 | (int) byComponent[k]);
      }
    }
    long[] byRecord = records.toArray();
    Arrays.sort(byRecord);
    int n = byRecord.length;
    int[] numbers = new int[n];
    long[] entries = new long[n];
    List<SourceIdentity> identities = new ArrayList<>(n);
    Map<String, String> systems = new HashMap<>();
    for (int i = 0; i < n; i++) {
      numbers[i] = (int) (byRecord[i] >>> 32);
      entries[i] = at[(int) byRecord[i]];
      Codec.In in = entry(arrays, entries[i]);
      // a few source systems: each name held once
      String system = systems.computeIfAbsent(in.string(), x -> x);
      identities.add(SourceIdentity.of(system, in.string()));
    }
    byRecord = null;
    long[] local = pairs.toArray();
    long[] shippedPatterns = patterns.toArray();
    int[] found = new int[local.length];
    for (int k = 0; k < local.length; k++) {
      local[k] = (long) Arrays.binarySearch(numbers, (int) (local[k] >>> 32)) << 32 | Arrays.binarySearch(numbers, (int) local[k]);
      found[k] = (int) shippedPatterns[k];
    }
    // the standardised values as the partitions made them for their comparisons
    ResolutionSteps.StandardisedRows standardised = ResolutionSteps.StandardisedRows.ofSize(n);
    String[] identity = new String[2];
    String[] scratch = new String[Part.VALUES];
    StringPool pool = n > 1024 ? new StringPool() : null;
    for (int i = 0; i < n; i++) {
      Part.readInto(entry(arrays, entries[i]), pool, standardised, i, identity, scratch);
    }
    IntFunction<SourceRecord> record = i -> {
      Codec.In in = entry(arrays, entries[i]);
      String[] fields = new String[columns];
      fields[0] = in.string();
      fields[1] = in.string();
      for (int v = 0; v < Part.VALUES; v++) {
        in.skipString();
      }
      in.bool();
      for (int f = 2; f < columns; f++) {
        fields[f] = in.string();
      }
      return SparkResolution.record(fields);
    };
    // the patterns found in the comparisons: a matched pair is not compared again
    ResolutionSteps.resolveComponent(identities, standardised, record, local, found, model(), settings(), out::write);
  }

  /** Skips a record entry's identity, standardised values and other columns ({@link #componentRecords}). */
  private static void skipRecord(Codec.In in, int columns) {
    in.skipString();
    in.skipString();
    for (int v = 0; v < Part.VALUES; v++) {
      in.skipString();
    }
    in.bool();
    for (int f = 2; f < columns; f++) {
      in.skipString();
    }
  }

  /** A reader at the identity of the record entry {@code w} (array and position) of {@link #resolveComponents}. */
  private static Codec.In entry(List<byte[]> arrays, long w) {
    Codec.In in = new Codec.In(arrays.get((int) (w >>> 32)));
    in.seek((int) w);
    in.bool();
    in.integer();
    in.integer();
    return in;
  }

  /**
   * The customer ids of a partition's golden records ({@link Goldens#idBits}), each to the
   * partition of the id, to find an id given twice.
   */
  Iterator<Tuple2<Integer, long[]>> idsByPartition(Iterator<byte[]> golden) {
    int n = partitions();
    Longs[] out = new Longs[n];
    for (int q = 0; q < n; q++) {
      out[q] = new Longs(1024);
    }
    while (golden.hasNext()) {
      for (long id : Goldens.ids(golden.next())) {
        out[bucket(id, n)].add(id);
      }
    }
    List<Tuple2<Integer, long[]>> result = new ArrayList<>(n);
    for (int q = 0; q < n; q++) {
      result.add(new Tuple2<>(q, out[q].toArray()));
    }
    return result.iterator();
  }

  /** How many ids a partition received ({@link #idsByPartition}) and how many of them repeat an id: {@code {ids, repeats}}. */
  static Iterator<long[]> repeats(Iterator<Tuple2<Integer, long[]>> received) {
    long[] ids = Longs.concat(new Values<>(received));
    Arrays.sort(ids);
    long repeats = 0;
    for (int k = 1; k < ids.length; k++) {
      if (ids[k] == ids[k - 1]) {
        repeats++;
      }
    }
    return List.of(new long[] {ids.length, repeats}).iterator();
  }

  /** A 64-bit hash of an identity (FNV-1a and the SplitMix64 finaliser). */
  static long identityHash(SourceIdentity id) {
    return identityHash(id.system(), id.key());
  }

  /** {@link #identityHash(SourceIdentity)} of the identity of {@code system} and {@code key}. */
  static long identityHash(String system, String key) {
    long h = 0xcbf29ce484222325L;
    for (int k = 0; k < system.length(); k++) {
      h ^= system.charAt(k);
      h *= 0x100000001b3L;
    }
    h ^= '\u0000';
    h *= 0x100000001b3L;
    for (int k = 0; k < key.length(); k++) {
      h ^= key.charAt(k);
      h *= 0x100000001b3L;
    }
    return mix(h);
  }

  /** The partition of {@code n} for a value (a block, a hash, a component's record). */
  static int bucket(long value, int n) {
    return (int) Math.floorMod(mix(value), (long) n);
  }

  private static long mix(long h) {
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    h *= 0xc4ceb9fe1a85ec53L;
    h ^= h >>> 33;
    return h;
  }

  private static Iterator<Tuple2<Integer, byte[]>> shipments(Codec.Out[] out) {
    List<Tuple2<Integer, byte[]>> result = new ArrayList<>(out.length);
    for (int q = 0; q < out.length; q++) {
      if (out[q] != null) {
        result.add(new Tuple2<>(q, out[q].toArray()));
      }
    }
    return result.iterator();
  }

  /** The values of an iterator of keyed arrays. */
  private record Values<T>(Iterator<Tuple2<Integer, T>> keyed) implements Iterator<T> {
    @Override
    public boolean hasNext() {
      return keyed.hasNext();
    }

    @Override
    public T next() {
      return keyed.next()._2();
    }
  }
}
