package org.completecrm.examples.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.spark.HashPartitioner;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.CollectionAccumulator;
import org.apache.spark.util.LongAccumulator;
import org.completecrm.core.CustomerId;
import org.completecrm.core.InvalidValueException;
import org.completecrm.core.identity.AttributeType;
import org.completecrm.core.identity.GoldenRecord;
import org.completecrm.core.identity.MatchModel;
import org.completecrm.core.identity.ResolutionSteps;
import org.completecrm.core.identity.ResolverSettings;
import org.completecrm.core.identity.SourceIdentity;
import org.completecrm.core.identity.SourceRecord;
import scala.Tuple2;

/**
 * Identity resolution of a table of source records on Apache Spark, with the same result as
 * {@code Resolver.resolve} on one machine (same customers, same customer ids, same golden
 * records). Every step that looks at records runs in the partitions through the library's pure
 * functions ({@link ResolutionSteps}); what one partition sends another is packed into one array
 * per destination ({@link ResolutionTasks}):
 *
 * <ol>
 *   <li>each partition standardises its records and keeps them, as read and as standardised, in
 *       compact form (cached); records are numbered by partition;
 *   <li>each record's blocks go to the partition of the block; there the blocks of at most
 *       {@link ResolverSettings#maxBlockSize()} entries give candidate pairs (larger blocks are
 *       skipped and counted, as on one machine), each sent to the home of one of its records
 *       (which of the two: the partitions taken round a circle, {@code ResolutionTasks.oriented},
 *       so that the partitions compare about as many pairs each), which removes the pairs found in
 *       several blocks;
 *   <li>each record goes, with its standardised values, once to each partition that holds the
 *       other records of its pairs, and there each pair is compared into an agreement pattern;
 *   <li>the model is estimated by the same EM from the counts of the distinct patterns (a few
 *       thousand numbers on the driver, whatever the table's size), with term-frequency tables
 *       from the counts of the given and family names;
 *   <li>the pairs that may match form a graph whose connected components are found by
 *       union-find: within each partition, then over the partitions' stars in one task
 *       ({@link Components}; no pair reaches the driver);
 *   <li>each component's records and pairs go to one partition and are resolved there by the
 *       single-machine clustering and cluster guard into golden records; a record in no
 *       component is its own customer where it is. The golden records are kept compact ({@link
 *       Goldens}, one byte array per partition) and made into rows only when they are read.
 * </ol>
 *
 * <p>The work is spread over the table's partitions (a few hundred thousand records each suit
 * both a laptop and a cluster), rounded up to whole rounds of the cluster's cores when they are
 * few ({@link #partitions}): repartition the table to spread it otherwise. The review queue
 * of possible matches and the decision log are not produced here.
 */
public final class SparkResolution {
  /** The typed attributes, one column each (lower case: {@code given_name}, {@code birth_date}, ...). */
  public static final List<AttributeType> ATTRIBUTES = Arrays.stream(AttributeType.values())
      .filter(t -> t != AttributeType.OTHER).toList();

  /**
   * The table of source records: {@code system} and {@code key}, a string column per typed
   * attribute, {@code verified} (the verified attribute types, comma-separated) and {@code
   * updated_at} (ISO-8601 instant); missing columns are taken as empty.
   */
  public static final StructType RECORD_SCHEMA = recordSchema();

  private static final StructType IDENTITY = new StructType()
      .add("system", DataTypes.StringType, false)
      .add("key", DataTypes.StringType, false);

  /** The golden records: customer id, the customer's records, and per attribute its value and source. */
  public static final StructType GOLDEN_SCHEMA = new StructType()
      .add("customer_id", DataTypes.StringType, false)
      .add("sources", DataTypes.createArrayType(IDENTITY, false), false)
      .add("attributes", DataTypes.createMapType(DataTypes.StringType, DataTypes.StringType, false), false)
      .add("provenance", DataTypes.createMapType(DataTypes.StringType, IDENTITY, false), false);

  private static final int FIXED = 2 + ATTRIBUTES.size() + 2;
  private static final int MAX_RECORDS = (1 << ResolutionTasks.RECORD_BITS) - 1;

  private SparkResolution() {}

  /**
   * The outcome of a run.
   *
   * @param golden the golden records ({@link #GOLDEN_SCHEMA}): made, whenever they are read, from
   *     the compact golden records that the run keeps cached (one byte array per partition)
   * @param customers the number of customers (golden records)
   * @param model the model the records were resolved with
   * @param candidatePairs the distinct candidate pairs compared
   * @param skippedBlocks the blocks skipped for exceeding the block limit
   * @param mayMatchPairs the pairs that may match (with the largest term-frequency adjustment),
   *     of which the partitions decided each
   * @param graphPairs the matched pairs (the edges of the component graph, those the single
   *     machine's clustering joins under its guard)
   * @param graphRecords the records in a component of two or more records
   * @param largestComponent the records of the largest component (resolved by one task)
   */
  public record Result(Dataset<Row> golden, long customers, MatchModel model, long candidatePairs, long skippedBlocks,
      long mayMatchPairs, long graphPairs, long graphRecords, long largestComponent) {}

  /** Resolves the records of {@code table} (columns of {@link #RECORD_SCHEMA}) into golden records. */
  public static Result resolve(Dataset<Row> table, ResolverSettings settings) {
    SparkSession spark = table.sparkSession();
    JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    List<Column> columns = new ArrayList<>();
    Set<String> present = new HashSet<>(Arrays.asList(table.columns()));
    for (String name : RECORD_SCHEMA.fieldNames()) {
      columns.add(present.contains(name) ? col(name).cast(DataTypes.StringType) : lit(null).cast(DataTypes.StringType).as(name));
    }
    List<org.apache.spark.rdd.RDD<?>> cached = new ArrayList<>();
    try {
      sc.setCallSite("SparkResolution: standardise");
      Dataset<Row> selected = table.select(columns.toArray(new Column[0]));
      JavaRDD<InternalRow> internal = selected.queryExecution().toRdd().toJavaRDD();
      int tablePartitions = internal.getNumPartitions();
      int spread = partitions(tablePartitions, sc.defaultParallelism());
      JavaRDD<Part> parts;
      if (spread != tablePartitions) {
        // by identity: deterministic, and evenly spread; Spark's rows copied into encoded arrays
        parts = internal.mapPartitionsWithIndex((i, it) -> Part.spread(i, it, spread), true).mapToPair(t -> t)
            .partitionBy(new HashPartitioner(spread)).mapPartitionsWithIndex(Part::ofSpread, true);
      } else {
        parts = selected.javaRDD().mapPartitionsWithIndex(Part::of, true);
      }
      // cached as objects: a part is a few arrays, as compact as its serialized form, and read by
      // six steps; serialized (until 2026-12-07) each read copied it whole and rebuilt its name counts
      parts = parts.persist(StorageLevel.MEMORY_AND_DISK());
      cached.add(parts.rdd());
      int n = parts.getNumPartitions();
      HashPartitioner byPartition = new HashPartitioner(n);
      List<Tuple2<Integer, Integer>> sizes = parts.map(p -> new Tuple2<>(p.index, p.size)).collect();
      int[] offsets = new int[n + 1];
      long total = 0;
      for (Tuple2<Integer, Integer> s : sizes) {
        offsets[s._1() + 1] = s._2();
        total += s._2();
      }
      if (total > MAX_RECORDS) {
        throw new InvalidValueException("SparkResolution.records", total, "at most " + MAX_RECORDS + " records in one run");
      }
      for (int p = 0; p < n; p++) {
        offsets[p + 1] += offsets[p];
      }
      ResolutionTasks tasks = new ResolutionTasks(offsets, settings);

      // candidate pairs: blocks to their partitions, pairs to their first record's home
      sc.setCallSite("SparkResolution: blocks and candidate pairs");
      LongAccumulator skipped = sc.sc().longAccumulator("skipped blocks");
      CollectionAccumulator<Long> identitiesTwice = sc.sc().collectionAccumulator("identity hashes seen twice");
      JavaPairRDD<Integer, long[]> pairsByHome = parts.mapPartitionsToPair(tasks::blocks).partitionBy(byPartition)
          .mapPartitionsToPair(it -> tasks.pairs(it, skipped, identitiesTwice)).partitionBy(byPartition);

      // comparisons: each record to the partitions that hold the other records of its pairs
      sc.setCallSite("SparkResolution: comparisons");
      JavaPairRDD<Integer, byte[]> shipped = parts.zipPartitions(pairsByHome, tasks::ship)
          .mapToPair(t -> t).partitionBy(byPartition);
      JavaRDD<Compared> compared = parts.zipPartitions(shipped, tasks::compare).persist(StorageLevel.MEMORY_AND_DISK());
      cached.add(compared.rdd());

      // the model: EM on the counts of the distinct patterns, term frequencies from the counts of the names
      sc.setCallSite("SparkResolution: pattern counts");
      Map<Long, Long> byKey = new TreeMap<>();
      for (Tuple2<long[], long[]> keyCounts : compared.map(c -> new Tuple2<>(c.keys, c.counts)).collect()) {
        for (int k = 0; k < keyCounts._1().length; k++) {
          byKey.merge(keyCounts._1()[k], keyCounts._2()[k], Long::sum);
        }
      }
      refuseRepeatedIdentities(parts, identitiesTwice.value(), sc);
      Map<String, Long> given = new HashMap<>();
      Map<String, Long> family = new HashMap<>();
      Map<String, Long> dates = new HashMap<>();
      for (Part.Counts names : parts.map(p -> new Part.Counts(p.givenNames, p.familyNames, p.birthDates)).collect()) {
        names.given().forEach((k, v) -> given.merge(k, v, Long::sum));
        names.family().forEach((k, v) -> family.merge(k, v, Long::sum));
        names.dates().forEach((k, v) -> dates.merge(k, v, Long::sum));
      }
      Map<Integer, Long> byPattern = new TreeMap<>();
      byKey.forEach((k, v) -> byPattern.merge((int) (k >>> 1), v, Long::sum));
      int[] patterns = new int[byPattern.size()];
      long[] counts = new long[byPattern.size()];
      long candidatePairs = 0;
      int d = 0;
      for (Map.Entry<Integer, Long> e : byPattern.entrySet()) {
        patterns[d] = e.getKey();
        counts[d++] = e.getValue();
        candidatePairs += e.getValue();
      }
      MatchModel model = ResolutionSteps.model(patterns, counts, given, family, dates, settings);
      // only the pairs of these patterns can be matched pairs: the partitions decide each of them
      List<Long> mayMatchKeys = new ArrayList<>();
      long mayMatchPairs = 0;
      for (Map.Entry<Long, Long> e : byKey.entrySet()) {
        if (ResolutionSteps.mayMatch((int) (e.getKey() >>> 1), (e.getKey() & 1) != 0, model, settings)) {
          mayMatchKeys.add(e.getKey());
          mayMatchPairs += e.getValue();
        }
      }
      long[] mayMatch = mayMatchKeys.stream().mapToLong(Long::longValue).toArray();
      ResolutionTasks resolving = tasks.withModel(model);

      // connected components: union-find in each partition, then over the stars in one task
      sc.setCallSite("SparkResolution: connected components");
      LongAccumulator matched = sc.sc().longAccumulator("matched pairs");
      CollectionAccumulator<Long> largest = sc.sc().collectionAccumulator("largest component");
      // the matched pairs of each partition, found once: the components and the golden records read them
      JavaRDD<Compared.Edges> edges = compared.map(c -> resolving.edges(c, mayMatch)).persist(StorageLevel.MEMORY_AND_DISK());
      cached.add(edges.rdd());
      JavaPairRDD<Integer, long[]> labels = edges.map(e -> {
        matched.add(e.pairs().length);
        return Components.stars(e.pairs());
      })
          .mapToPair(s -> new Tuple2<>(0, s)).partitionBy(new HashPartitioner(1))
          .mapPartitionsToPair(it -> tasks.labels(it, largest))
          .partitionBy(byPartition).persist(StorageLevel.MEMORY_AND_DISK());
      cached.add(labels.rdd());

      // golden records: each component resolved in one partition, a record alone where it is; kept
      // compact (one array per partition) and made into rows only when read
      sc.setCallSite("SparkResolution: golden records");
      JavaRDD<byte[]> singles = parts.zipPartitions(labels, resolving::singles);
      JavaRDD<byte[]> joined = parts.zipPartitions(labels, resolving::componentRecords).mapToPair(t -> t)
          .union(edges.zipPartitions(labels, resolving::componentPairs).mapToPair(t -> t))
          .partitionBy(byPartition).mapPartitions(resolving::resolveComponents);
      JavaRDD<byte[]> goldenRecords = singles.union(joined).persist(StorageLevel.MEMORY_AND_DISK());
      long[] idCounts = goldenRecords.mapPartitionsToPair(resolving::idsByPartition).partitionBy(byPartition)
          .mapPartitions(ResolutionTasks::repeats).fold(new long[2], (a, b) -> new long[] {a[0] + b[0], a[1] + b[1]});
      if (idCounts[1] != 0) {
        goldenRecords.unpersist(false);
        throw new InvalidValueException("SparkResolution.customerIds", idCounts[1] + " colliding ids",
            "distinct customer ids (derive again on one machine: two 64-bit hashes collided)");
      }
      Dataset<Row> golden = spark.createDataFrame(goldenRecords.flatMap(Goldens::rows), GOLDEN_SCHEMA);
      long graphRecords = labels.map(t -> (long) t._2().length).fold(0L, Long::sum);
      long largestComponent = largest.value().stream().mapToLong(Long::longValue).max().orElse(0);
      return new Result(golden, idCounts[0], model, candidatePairs, skipped.value(), mayMatchPairs, matched.value(),
          graphRecords, largestComponent);
    } finally {
      sc.clearCallSite();
      for (org.apache.spark.rdd.RDD<?> rdd : cached) {
        rdd.unpersist(false);
      }
    }
  }

  /**
   * The number of partitions the records are resolved in, from the table's {@code given} and the
   * cluster's {@code cores} (its default parallelism): every step runs one task per partition, so
   * a few partitions that are not a multiple of the cores leave cores idle in each step's last
   * round (3 partitions on 2 cores: two rounds of a third each, two thirds of the serial time
   * instead of a half). Fewer than four rounds are rounded up to whole rounds; from four rounds
   * on the last round's idle share is small and the table's partitions are kept (no shuffle).
   */
  static int partitions(int given, int cores) {
    int c = Math.max(1, cores);
    if (given <= 0 || given >= 4 * c || given % c == 0) {
      return given;
    }
    return (given + c - 1) / c * c;
  }

  /** The record of a table row (columns of {@link #RECORD_SCHEMA}, in that order). */
  public static SourceRecord record(Row row) {
    String[] fields = new String[FIXED];
    for (int f = 0; f < FIXED; f++) {
      fields[f] = row.isNullAt(f) ? null : row.getString(f);
    }
    return record(fields);
  }

  /** The record of the columns of {@link #RECORD_SCHEMA}, in that order ({@code null} where empty). */
  static SourceRecord record(String[] fields) {
    Map<AttributeType, String> attributes = new EnumMap<>(AttributeType.class);
    for (int t = 0; t < ATTRIBUTES.size(); t++) {
      if (fields[2 + t] != null) {
        attributes.put(ATTRIBUTES.get(t), fields[2 + t]);
      }
    }
    Set<AttributeType> verified = new HashSet<>();
    String v = fields[FIXED - 2] == null ? "" : fields[FIXED - 2];
    for (String name : v.split(",")) {
      if (!name.isBlank()) {
        verified.add(AttributeType.valueOf(name.strip().toUpperCase(Locale.ROOT)));
      }
    }
    var b = SourceRecord.builder().identity(SourceIdentity.of(fields[0], fields[1]))
        .attributes(attributes).verified(verified);
    if (fields[FIXED - 1] != null) {
      b.updatedAt(InstantText.parse(fields[FIXED - 1]));
    }
    return b.build();
  }

  /** Refuses a table that holds an identity twice, as one machine does (the hashes seen twice are checked exactly). */
  private static void refuseRepeatedIdentities(JavaRDD<Part> parts, List<Long> hashesSeenTwice, JavaSparkContext sc) {
    if (hashesSeenTwice.isEmpty()) {
      return;
    }
    Set<Long> suspects = new HashSet<>(hashesSeenTwice);
    List<SourceIdentity> found = parts.flatMap(p -> {
      List<SourceIdentity> out = new ArrayList<>();
      Codec.In in = new Codec.In(p.std);
      for (int r = 0; r < p.size; r++) {
        SourceIdentity id = Part.read(in).identity();
        if (suspects.contains(ResolutionTasks.identityHash(id))) {
          out.add(id);
        }
      }
      return out.iterator();
    }).collect();
    List<SourceIdentity> sorted = new ArrayList<>(found);
    sorted.sort(null);
    for (int k = 1; k < sorted.size(); k++) {
      if (sorted.get(k).equals(sorted.get(k - 1))) {
        throw new InvalidValueException("SparkResolution.records", sorted.get(k).masked(), "each source identity once");
      }
    }
  }

  /** The table row of a record ({@link #RECORD_SCHEMA}); free attributes are left out (resolution does not read them). */
  public static Row row(SourceRecord r) {
    return RowFactory.create((Object[]) columns(r));
  }

  /** The columns of a record's table row ({@link #row}), in the order of {@link #RECORD_SCHEMA}. */
  static String[] columns(SourceRecord r) {
    String[] values = new String[FIXED];
    values[0] = r.identity().system();
    values[1] = r.identity().key();
    for (int t = 0; t < ATTRIBUTES.size(); t++) {
      values[2 + t] = r.attributes().get(ATTRIBUTES.get(t));
    }
    TreeSet<String> verified = new TreeSet<>();
    r.verified().forEach(t -> verified.add(t.name().toLowerCase(Locale.ROOT)));
    values[FIXED - 2] = verified.isEmpty() ? null : String.join(",", verified);
    values[FIXED - 1] = r.updatedAt().map(Instant::toString).orElse(null);
    return values;
  }

  /** A table of the records in {@code partitions} partitions. */
  public static Dataset<Row> table(SparkSession spark, List<SourceRecord> records, int partitions) {
    List<Row> rows = new ArrayList<>(records.size());
    records.forEach(r -> rows.add(row(r)));
    return spark.createDataFrame(rows, RECORD_SCHEMA).repartition(partitions);
  }

  /** The golden record of a row of {@link #GOLDEN_SCHEMA}. */
  public static GoldenRecord golden(Row row) {
    Map<AttributeType, String> attributes = new EnumMap<>(AttributeType.class);
    row.<String, String>getJavaMap(2).forEach((k, v) -> attributes.put(AttributeType.valueOf(k), v));
    Map<AttributeType, SourceIdentity> provenance = new EnumMap<>(AttributeType.class);
    row.<String, Row>getJavaMap(3).forEach((k, v) -> provenance.put(AttributeType.valueOf(k), identity(v)));
    Set<SourceIdentity> sources = new TreeSet<>();
    row.<Row>getList(1).forEach(s -> sources.add(identity(s)));
    return GoldenRecord.builder().customer(CustomerId.of(row.getString(0))).attributes(attributes)
        .provenance(provenance).sources(sources).build();
  }

  private static SourceIdentity identity(Row r) {
    return SourceIdentity.of(r.getString(0), r.getString(1));
  }

  private static StructType recordSchema() {
    StructType s = new StructType().add("system", DataTypes.StringType, false).add("key", DataTypes.StringType, false);
    for (AttributeType t : ATTRIBUTES) {
      s = s.add(t.name().toLowerCase(Locale.ROOT), DataTypes.StringType, true);
    }
    return s.add("verified", DataTypes.StringType, true).add("updated_at", DataTypes.StringType, true);
  }
}
