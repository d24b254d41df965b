package org.completecrm.examples.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.unsafe.types.UTF8String;
import org.completecrm.core.identity.ResolutionSteps;
import org.completecrm.core.identity.SourceIdentity;
import org.completecrm.core.identity.SourceRecord;
import scala.Tuple2;

/**
 * One partition of the records, kept for the whole run: each record as read (the table's
 * columns) and as standardised ({@link ResolutionSteps#standardise}), both encoded by {@link
 * Codec}, and the counts of the standardised given and family names and birth dates for the term
 * frequencies.
 * Record {@code r} of partition {@code index} is record {@code offset(index) + r} of the run.
 */
final class Part implements Serializable {
  private static final long serialVersionUID = 1L;
  static final int VALUES = ResolutionSteps.STANDARDISED_VALUES;

  final int index;
  final int size;
  /** The table's columns of each record ({@link SparkResolution#RECORD_SCHEMA}). */
  final byte[] raw;
  final int[] rawStarts;
  /** Each record's system, key, standardised values and whether its e-mail is verified. */
  final byte[] std;
  final int[] stdStarts;
  final Map<String, Long> givenNames;
  final Map<String, Long> familyNames;
  final Map<String, Long> birthDates;

  private Part(int index, int size, byte[] raw, int[] rawStarts, byte[] std, int[] stdStarts,
      Map<String, Long> givenNames, Map<String, Long> familyNames, Map<String, Long> birthDates) {
    this.index = index;
    this.size = size;
    this.raw = raw;
    this.rawStarts = rawStarts;
    this.std = std;
    this.stdStarts = stdStarts;
    this.givenNames = givenNames;
    this.familyNames = familyNames;
    this.birthDates = birthDates;
  }

  /** The counts of a partition's standardised given names, family names and birth dates. */
  record Counts(Map<String, Long> given, Map<String, Long> family, Map<String, Long> dates) implements Serializable {}

  /** Records standardised in one call ({@link ResolutionSteps#standardise(List)}): they share one preparation. */
  static final int BATCH = 1024;

  /** The partition {@code index} of the table's rows (columns of {@link SparkResolution#RECORD_SCHEMA}), standardised. */
  static Iterator<Part> of(int index, Iterator<Row> rows) {
    Builder b = new Builder();
    String[] fields = new String[SparkResolution.RECORD_SCHEMA.size()];
    while (rows.hasNext()) {
      Row row = rows.next();
      for (int f = 0; f < fields.length; f++) {
        fields[f] = row.isNullAt(f) ? null : row.getString(f);
      }
      b.add(fields);
    }
    return List.of(b.build(index)).iterator();
  }

  /**
   * A partition of the table's rows (Spark's own rows, columns of {@link
   * SparkResolution#RECORD_SCHEMA}) encoded ({@link Codec}: each record its columns in that order,
   * copied from the rows' UTF-8 bytes, no {@code String} made) into one array per partition of
   * {@code n}, each record to the partition of a hash of its identity, as {@code (partition,
   * (source, array))}: {@link #ofSpread} makes the parts from them. A table of a few partitions is
   * spread so over whole rounds of the cores as arrays, not as rows through Spark SQL's exchange
   * (which wrote and read each row in Spark's row format and made each a {@code Row} of Java
   * strings again on the other side).
   */
  static Iterator<Tuple2<Integer, Tuple2<Integer, byte[]>>> spread(int source, Iterator<InternalRow> rows, int n) {
    Codec.Out[] out = new Codec.Out[n];
    int columns = SparkResolution.RECORD_SCHEMA.size();
    while (rows.hasNext()) {
      InternalRow row = rows.next();
      UTF8String system = row.isNullAt(0) ? null : row.getUTF8String(0);
      UTF8String key = row.isNullAt(1) ? null : row.getUTF8String(1);
      int q = system == null || key == null ? 0 : ResolutionTasks.bucket((long) system.hashCode() << 32 ^ key.hashCode(), n);
      if (out[q] == null) {
        out[q] = new Codec.Out(1 << 16);
      }
      out[q].utf8(system);
      out[q].utf8(key);
      for (int f = 2; f < columns; f++) {
        out[q].utf8(row.isNullAt(f) ? null : row.getUTF8String(f));
      }
    }
    List<Tuple2<Integer, Tuple2<Integer, byte[]>>> result = new ArrayList<>(n);
    for (int q = 0; q < n; q++) {
      if (out[q] != null) {
        result.add(new Tuple2<>(q, new Tuple2<>(source, out[q].toArray())));
      }
    }
    return result.iterator();
  }

  /**
   * The partition {@code index} made from the arrays that {@link #spread} sent it, standardised;
   * the records in order of their source partition (whatever order the arrays arrive in), then as
   * there, so that a part made again is numbered the same.
   */
  static Iterator<Part> ofSpread(int index, Iterator<Tuple2<Integer, Tuple2<Integer, byte[]>>> received) {
    List<Tuple2<Integer, byte[]>> arrays = new ArrayList<>();
    received.forEachRemaining(t -> arrays.add(t._2()));
    arrays.sort((a, b) -> Integer.compare(a._1(), b._1()));
    Builder b = new Builder();
    String[] fields = new String[SparkResolution.RECORD_SCHEMA.size()];
    for (Tuple2<Integer, byte[]> a : arrays) {
      Codec.In in = new Codec.In(a._2());
      while (in.more()) {
        for (int f = 0; f < fields.length; f++) {
          fields[f] = in.string();
        }
        b.add(fields);
      }
    }
    return List.of(b.build(index)).iterator();
  }

  /** A partition's records as they come ({@link #add}), standardised a batch at a time. */
  private static final class Builder {
    private final Codec.Out raw = new Codec.Out(1 << 16);
    private final Codec.Out std = new Codec.Out(1 << 16);
    private final Longs rawStarts = new Longs(1024);
    private final Longs stdStarts = new Longs(1024);
    private final Map<String, Long> given = new HashMap<>();
    private final Map<String, Long> family = new HashMap<>();
    private final Map<String, Long> dates = new HashMap<>();
    private final String[][] identities = new String[BATCH][2];
    private final List<SourceRecord> batch = new ArrayList<>(BATCH);

    /** Adds a record: its columns in the order of {@link SparkResolution#RECORD_SCHEMA} (the array is not kept). */
    void add(String[] fields) {
      rawStarts.add(raw.size());
      for (String field : fields) {
        raw.string(field);
      }
      identities[batch.size()][0] = fields[0];
      identities[batch.size()][1] = fields[1];
      batch.add(SparkResolution.record(fields));
      if (batch.size() == BATCH) {
        standardise();
      }
    }

    private void standardise() {
      if (batch.isEmpty()) {
        return;
      }
      ResolutionSteps.StandardisedRows s = ResolutionSteps.standardise(batch);
      for (int r = 0; r < batch.size(); r++) {
        stdStarts.add(std.size());
        std.string(identities[r][0]);
        std.string(identities[r][1]);
        for (int v = 0; v < VALUES; v++) {
          std.string(s.value(r, v));
        }
        std.bool(s.verifiedEmail(r));
        given.merge(s.value(r, GIVEN), 1L, Long::sum);
        family.merge(s.value(r, FAMILY), 1L, Long::sum);
        dates.merge(s.value(r, BIRTH_DATE), 1L, Long::sum);
      }
      batch.clear();
    }

    /** The part of the records added, partition {@code index}. */
    Part build(int index) {
      standardise();
      rawStarts.add(raw.size());
      stdStarts.add(std.size());
      return new Part(index, rawStarts.size() - 1, raw.toArray(), ints(rawStarts), std.toArray(), ints(stdStarts),
          given, family, dates);
    }
  }

  /** The standardised given and family name and birth date among a record's values ({@link ResolutionSteps.Standardised#givenName()}). */
  private static final int GIVEN = 0;
  private static final int FAMILY = 2;
  private static final int BIRTH_DATE = 4;

  /**
   * Reads the standardised record at the reader's position into {@code row} of {@code rows} and
   * its system and key into {@code identity} (the system and the values that repeat over records,
   * {@link #POOLED}, from {@code pool} when it holds an equal one; {@code null}: no pool); {@code
   * scratch} holds {@link #VALUES} values.
   */
  static void readInto(Codec.In in, StringPool pool, ResolutionSteps.StandardisedRows rows, int row,
      String[] identity, String[] scratch) {
    identity[0] = pool == null ? in.string() : in.string(pool);
    identity[1] = in.string();
    for (int v = 0; v < VALUES; v++) {
      scratch[v] = pool != null && (POOLED >>> v & 1) != 0 ? in.string(pool) : in.string();
    }
    rows.set(row, scratch, 0, in.bool());
  }

  /** A record's identity and standardised values. */
  record Standard(SourceIdentity identity, ResolutionSteps.Standardised values) {}

  /** Reads the standardised record at the reader's position. */
  static Standard read(Codec.In in) {
    SourceIdentity id = SourceIdentity.of(in.string(), in.string());
    String[] values = new String[VALUES];
    for (int v = 0; v < VALUES; v++) {
      values[v] = in.string();
    }
    return new Standard(id, new ResolutionSteps.Standardised(List.of(values), in.bool()));
  }

  /**
   * The standardised values that {@link #readInto} takes from its pool, one bit each (as the single
   * machine's {@code Prepared.set}): names, birth date, street number, street, locality.
   */
  private static final int POOLED = 1 << 0 | 1 << 1 | 1 << 2 | 1 << 3 | 1 << 4 | 1 << 7 | 1 << 8 | 1 << 9;

  /** The table's columns of record {@code r}. */
  String[] fields(int r) {
    Codec.In in = new Codec.In(raw);
    in.seek(rawStarts[r]);
    String[] out = new String[SparkResolution.RECORD_SCHEMA.size()];
    for (int f = 0; f < out.length; f++) {
      out[f] = in.string();
    }
    return out;
  }

  private static int[] ints(Longs values) {
    long[] v = values.toArray();
    int[] out = new int[v.length];
    for (int k = 0; k < v.length; k++) {
      out[k] = (int) v[k];
    }
    return out;
  }
}
