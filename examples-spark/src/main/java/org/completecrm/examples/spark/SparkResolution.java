package org.completecrm.examples.spark;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.encode;
import static org.apache.spark.sql.functions.least;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.monotonically_increasing_id;
import static org.apache.spark.sql.functions.sum;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.spark.api.java.function.CoGroupFunction;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
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
import org.completecrm.core.json.CrmJson;
import scala.jdk.javaapi.CollectionConverters;

/**
 * Identity resolution of a table of source records on Apache Spark, with the same result as
 * {@code Resolver.resolve} on one machine (same customers, same customer ids, same golden
 * records). Every step that looks at records runs on the executors through the library's pure
 * functions ({@link ResolutionSteps}):
 *
 * <ol>
 *   <li>the records are ordered by identity (as Java compares strings) and numbered;
 *   <li>each record is standardised and its blocks taken; records that share a block of at most
 *       {@link ResolverSettings#maxBlockSize()} entries become candidate pairs (a join on the block
 *       key, larger blocks skipped as on one machine);
 *   <li>each candidate pair is compared into an agreement pattern;
 *   <li>the model is estimated by the same EM from the counts of the distinct patterns (a few
 *       thousand rows on the driver, whatever the table's size), with term-frequency tables from
 *       the counts of the given and family names;
 *   <li>the pairs that may match form a graph whose connected components are found by iterative
 *       minimum-label propagation with pointer jumping (DataFrame joins; no pair is collected);
 *   <li>each component is resolved on an executor by the single-machine clustering and cluster
 *       guard, and each of its customers gets its golden record.
 * </ol>
 *
 * <p>The review queue of possible matches and the decision log are not produced here.
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

  private static final int VALUES = ResolutionSteps.STANDARDISED_VALUES;
  private static final int FIXED = 2 + ATTRIBUTES.size() + 2;

  private SparkResolution() {}

  /**
   * The outcome of a run.
   *
   * @param golden the golden records ({@link #GOLDEN_SCHEMA}), cached
   * @param model the model the records were resolved with
   * @param candidatePairs the distinct candidate pairs compared
   * @param skippedBlocks the blocks skipped for exceeding the block limit
   * @param graphPairs the pairs that may match (the edges of the component graph)
   * @param propagationRounds the rounds of minimum-label propagation until no label changed
   */
  public record Result(Dataset<Row> golden, MatchModel model, long candidatePairs, long skippedBlocks,
      long graphPairs, int propagationRounds) {}

  /** Resolves the records of {@code table} (columns of {@link #RECORD_SCHEMA}) into golden records. */
  public static Result resolve(Dataset<Row> table, ResolverSettings settings) {
    SparkSession spark = table.sparkSession();
    List<Column> columns = new ArrayList<>();
    Set<String> present = new HashSet<>(Arrays.asList(table.columns()));
    for (String name : RECORD_SCHEMA.fieldNames()) {
      columns.add(present.contains(name) ? col(name).cast(DataTypes.StringType) : lit(null).cast(DataTypes.StringType).as(name));
    }
    // identity order as Java compares strings (UTF-16 code units): the order of big-endian UTF-16 bytes
    Dataset<Row> records = table.select(columns.toArray(new Column[0]))
        .orderBy(encode(col("system"), "UTF-16BE"), encode(col("key"), "UTF-16BE"))
        .withColumn("idx", monotonically_increasing_id())
        .persist(StorageLevel.MEMORY_AND_DISK());

    StructType stdSchema = new StructType().add("idx", DataTypes.LongType, false);
    for (int v = 0; v < VALUES; v++) {
      stdSchema = stdSchema.add("v" + v, DataTypes.StringType, false);
    }
    stdSchema = stdSchema.add("verified_email", DataTypes.BooleanType, false);
    MapPartitionsFunction<Row, Row> standardise = SparkResolution::standardise;
    Dataset<Row> std = records.mapPartitions(standardise, Encoders.row(stdSchema)).persist(StorageLevel.MEMORY_AND_DISK());

    // candidate pairs: records that share a block within the limit
    StructType blockSchema = new StructType().add("block", DataTypes.LongType, false).add("idx", DataTypes.LongType, false);
    FlatMapFunction<Row, Row> toBlocks = r -> {
      long[] blocks = ResolutionSteps.blocks(standardised(r, 1));
      List<Row> out = new ArrayList<>(blocks.length);
      for (long b : blocks) {
        out.add(RowFactory.create(b, r.getLong(0)));
      }
      return out.iterator();
    };
    int maxBlock = settings.maxBlockSize();
    LongAccumulator skipped = spark.sparkContext().longAccumulator("skipped blocks");
    StructType pairSchema = new StructType().add("i", DataTypes.LongType, false).add("j", DataTypes.LongType, false);
    FlatMapFunction<Row, Row> toPairs = g -> {
      long n = g.getLong(1);
      if (n > maxBlock) {
        skipped.add(1);
        return java.util.Collections.emptyIterator();
      }
      List<Long> ids = g.getList(2);
      List<Row> out = new ArrayList<>();
      for (int a = 0; a < ids.size(); a++) {
        for (int b = a + 1; b < ids.size(); b++) {
          long i = ids.get(a);
          long j = ids.get(b);
          if (i != j) {
            out.add(RowFactory.create(Math.min(i, j), Math.max(i, j)));
          }
        }
      }
      return out.iterator();
    };
    Dataset<Row> pairs = std.flatMap(toBlocks, Encoders.row(blockSchema))
        .groupBy("block").agg(count("*").as("n"), collect_list("idx").as("ids"))
        .flatMap(toPairs, Encoders.row(pairSchema))
        .distinct();

    // comparisons: each pair with both records' standardised values
    Dataset<Row> a = prefixed(std, "a_");
    Dataset<Row> b = prefixed(std, "b_");
    List<Column> both = new ArrayList<>(List.of(col("i"), col("j")));
    for (String p : List.of("a_", "b_")) {
      for (int v = 0; v < VALUES; v++) {
        both.add(col(p + "v" + v));
      }
      both.add(col(p + "verified_email"));
    }
    StructType scoredSchema = pairSchema.add("pattern", DataTypes.IntegerType, false).add("rule", DataTypes.BooleanType, false);
    String settingsJson = CrmJson.write(settings);
    MapPartitionsFunction<Row, Row> compare = rows -> compare(rows, CrmJson.read(settingsJson, ResolverSettings.class));
    Dataset<Row> scored = pairs.join(a, col("i").equalTo(col("a_idx"))).join(b, col("j").equalTo(col("b_idx")))
        .select(both.toArray(new Column[0]))
        .mapPartitions(compare, Encoders.row(scoredSchema))
        .persist(StorageLevel.MEMORY_AND_DISK());

    // the model: EM on the counts of the distinct patterns, term frequencies from the counts of the names
    List<Row> patternCounts = scored.groupBy("pattern").count().collectAsList();
    int[] patterns = new int[patternCounts.size()];
    long[] counts = new long[patternCounts.size()];
    long candidatePairs = 0;
    for (int k = 0; k < patterns.length; k++) {
      patterns[k] = patternCounts.get(k).getInt(0);
      counts[k] = patternCounts.get(k).getLong(1);
      candidatePairs += counts[k];
    }
    MatchModel model = ResolutionSteps.model(patterns, counts, valueCounts(std, "v0"), valueCounts(std, "v2"), settings);
    List<Integer> mayMatch = new ArrayList<>();
    for (int pattern : patterns) {
      if (ResolutionSteps.mayMatch(pattern, false, model, settings)) {
        mayMatch.add(pattern);
      }
    }
    Dataset<Row> edges = scored.filter(col("rule").or(col("pattern").isin(mayMatch.toArray())))
        .select("i", "j").persist(StorageLevel.MEMORY_AND_DISK());
    long graphPairs = edges.count();
    scored.unpersist();

    // connected components: every node takes the least label of itself and its neighbours, then
    // the label of its label (pointer jumping), until no label changes (labels only decrease)
    Dataset<Row> labels = edges.select(col("i").as("node")).union(edges.select(col("j").as("node"))).distinct()
        .withColumn("label", col("node")).localCheckpoint();
    BigDecimal total = labelSum(labels);
    int rounds = 0;
    while (true) {
      rounds++;
      Dataset<Row> l = labels.select(col("node").as("n2"), col("label").as("l2"));
      Dataset<Row> proposed = edges.join(l, col("i").equalTo(col("n2"))).select(col("j").as("node"), col("l2").as("label"))
          .union(edges.join(l, col("j").equalTo(col("n2"))).select(col("i").as("node"), col("l2").as("label")))
          .union(labels.select("node", "label"))
          .groupBy("node").agg(min("label").as("label"));
      Dataset<Row> jump = proposed.select(col("node").as("n2"), col("label").as("l2"));
      Dataset<Row> next = proposed.join(jump, col("label").equalTo(col("n2")))
          .select(col("node"), least(col("label"), col("l2")).as("label")).localCheckpoint();
      BigDecimal nextTotal = labelSum(next);
      labels = next;
      if (nextTotal.compareTo(total) == 0) {
        break;
      }
      total = nextTotal;
    }

    // each component resolved on an executor by the single-machine clustering and guard
    Dataset<Row> withComponent = records.join(labels, col("idx").equalTo(col("node")), "left")
        .withColumn("component", coalesce(col("label"), col("idx")));
    Dataset<Row> edgesByComponent = edges.join(labels, col("i").equalTo(col("node")))
        .select(col("label").as("component"), col("i"), col("j"));
    int componentPos = Arrays.asList(withComponent.columns()).indexOf("component");
    int idxPos = Arrays.asList(withComponent.columns()).indexOf("idx");
    MapFunction<Row, Long> recordComponent = r -> r.getLong(componentPos);
    MapFunction<Row, Long> edgeComponent = r -> r.getLong(0);
    Shipped shipped = new Shipped(CrmJson.write(model), settingsJson);
    CoGroupFunction<Long, Row, Row, Row> resolveComponent = (component, rs, es) -> shipped.resolve(rs, es, idxPos);
    Dataset<Row> golden = withComponent.groupByKey(recordComponent, Encoders.LONG())
        .cogroup(edgesByComponent.groupByKey(edgeComponent, Encoders.LONG()), resolveComponent, Encoders.row(GOLDEN_SCHEMA))
        .persist(StorageLevel.MEMORY_AND_DISK());
    long customers = golden.count();
    long ids = golden.select("customer_id").distinct().count();
    if (ids != customers) {
      throw new InvalidValueException("SparkResolution.customerIds", (customers - ids) + " colliding ids",
          "distinct customer ids (derive again on one machine: two 64-bit hashes collided)");
    }
    records.unpersist();
    std.unpersist();
    edges.unpersist();
    return new Result(golden, model, candidatePairs, skipped.value(), graphPairs, rounds);
  }

  /** The record of a table row (columns of {@link #RECORD_SCHEMA}, in that order). */
  public static SourceRecord record(Row row) {
    Map<AttributeType, String> attributes = new EnumMap<>(AttributeType.class);
    for (int t = 0; t < ATTRIBUTES.size(); t++) {
      if (!row.isNullAt(2 + t)) {
        attributes.put(ATTRIBUTES.get(t), row.getString(2 + t));
      }
    }
    Set<AttributeType> verified = new HashSet<>();
    String v = row.isNullAt(FIXED - 2) ? "" : row.getString(FIXED - 2);
    for (String name : v.split(",")) {
      if (!name.isBlank()) {
        verified.add(AttributeType.valueOf(name.strip().toUpperCase(Locale.ROOT)));
      }
    }
    var b = SourceRecord.builder().identity(SourceIdentity.of(row.getString(0), row.getString(1)))
        .attributes(attributes).verified(verified);
    if (!row.isNullAt(FIXED - 1)) {
      b.updatedAt(Instant.parse(row.getString(FIXED - 1)));
    }
    return b.build();
  }

  /** The table row of a record ({@link #RECORD_SCHEMA}); free attributes are left out (resolution does not read them). */
  public static Row row(SourceRecord r) {
    Object[] values = new Object[FIXED];
    values[0] = r.identity().system();
    values[1] = r.identity().key();
    for (int t = 0; t < ATTRIBUTES.size(); t++) {
      values[2 + t] = r.attributes().get(ATTRIBUTES.get(t));
    }
    TreeSet<String> verified = new TreeSet<>();
    r.verified().forEach(t -> verified.add(t.name().toLowerCase(Locale.ROOT)));
    values[FIXED - 2] = verified.isEmpty() ? null : String.join(",", verified);
    values[FIXED - 1] = r.updatedAt().map(Instant::toString).orElse(null);
    return RowFactory.create(values);
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

  private static Row row(GoldenRecord g) {
    List<Row> sources = new ArrayList<>();
    g.sources().forEach(s -> sources.add(RowFactory.create(s.system(), s.key())));
    Map<String, String> attributes = new LinkedHashMap<>();
    Map<String, Row> provenance = new LinkedHashMap<>();
    g.attributes().forEach((t, v) -> attributes.put(t.name(), v));
    g.provenance().forEach((t, s) -> provenance.put(t.name(), RowFactory.create(s.system(), s.key())));
    // Spark's row encoder takes Scala collections
    return RowFactory.create(g.customer().value(), CollectionConverters.asScala(sources).toSeq(),
        CollectionConverters.asScala(attributes), CollectionConverters.asScala(provenance));
  }

  private static StructType recordSchema() {
    StructType s = new StructType().add("system", DataTypes.StringType, false).add("key", DataTypes.StringType, false);
    for (AttributeType t : ATTRIBUTES) {
      s = s.add(t.name().toLowerCase(Locale.ROOT), DataTypes.StringType, true);
    }
    return s.add("verified", DataTypes.StringType, true).add("updated_at", DataTypes.StringType, true);
  }

  /** Standardises a partition of records in identity order; a repeated identity is refused, as on one machine. */
  private static Iterator<Row> standardise(Iterator<Row> rows) {
    List<Row> out = new ArrayList<>();
    String lastSystem = null;
    String lastKey = null;
    int idx = FIXED;
    while (rows.hasNext()) {
      Row r = rows.next();
      SourceRecord record = record(r);
      if (record.identity().system().equals(lastSystem) && record.identity().key().equals(lastKey)) {
        throw new InvalidValueException("SparkResolution.records", record.identity().masked(), "each source identity once");
      }
      lastSystem = record.identity().system();
      lastKey = record.identity().key();
      ResolutionSteps.Standardised s = ResolutionSteps.standardise(record);
      Object[] values = new Object[VALUES + 2];
      values[0] = r.getLong(idx);
      for (int v = 0; v < VALUES; v++) {
        values[1 + v] = s.values().get(v);
      }
      values[VALUES + 1] = s.verifiedEmail();
      out.add(RowFactory.create(values));
    }
    return out.iterator();
  }

  /** The standardised values held in columns {@code from .. from + VALUES} of a row. */
  private static ResolutionSteps.Standardised standardised(Row r, int from) {
    String[] values = new String[VALUES];
    for (int v = 0; v < VALUES; v++) {
      values[v] = r.getString(from + v);
    }
    return new ResolutionSteps.Standardised(Arrays.asList(values), r.getBoolean(from + VALUES));
  }

  private static Iterator<Row> compare(Iterator<Row> rows, ResolverSettings settings) {
    List<Row> out = new ArrayList<>();
    while (rows.hasNext()) {
      Row r = rows.next();
      ResolutionSteps.Standardised first = standardised(r, 2);
      ResolutionSteps.Standardised second = standardised(r, 3 + VALUES);
      out.add(RowFactory.create(r.getLong(0), r.getLong(1), ResolutionSteps.pattern(first, second),
          ResolutionSteps.rule(first, second, settings)));
    }
    return out.iterator();
  }

  private static Dataset<Row> prefixed(Dataset<Row> std, String prefix) {
    List<Column> cols = new ArrayList<>();
    for (String c : std.columns()) {
      cols.add(col(c).as(prefix + c));
    }
    return std.select(cols.toArray(new Column[0]));
  }

  private static Map<String, Long> valueCounts(Dataset<Row> std, String column) {
    Map<String, Long> out = new HashMap<>();
    for (Row r : std.groupBy(column).count().collectAsList()) {
      out.put(r.getString(0), r.getLong(1));
    }
    return out;
  }

  private static BigDecimal labelSum(Dataset<Row> labels) {
    Row r = labels.agg(sum(col("label").cast(DataTypes.createDecimalType(38, 0)))).first();
    return r.isNullAt(0) ? BigDecimal.ZERO : r.getDecimal(0);
  }

  /** The model and settings shipped to the executors as JSON, read once per task. */
  private static final class Shipped implements Serializable {
    private static final long serialVersionUID = 1L;
    private final String model;
    private final String settings;
    private transient MatchModel readModel;
    private transient ResolverSettings readSettings;

    Shipped(String model, String settings) {
      this.model = model;
      this.settings = settings;
    }

    Iterator<Row> resolve(Iterator<Row> records, Iterator<Row> edges, int idxPos) {
      if (readModel == null) {
        readModel = CrmJson.read(model, MatchModel.class);
        readSettings = CrmJson.read(settings, ResolverSettings.class);
      }
      List<SourceRecord> rs = new ArrayList<>();
      Map<Long, Integer> local = new HashMap<>();
      while (records.hasNext()) {
        Row r = records.next();
        local.put(r.getLong(idxPos), rs.size());
        rs.add(record(r));
      }
      List<Long> pairs = new ArrayList<>();
      while (edges.hasNext()) {
        Row e = edges.next();
        pairs.add((long) local.get(e.getLong(1)) << 32 | local.get(e.getLong(2)));
      }
      long[] p = pairs.stream().mapToLong(Long::longValue).toArray();
      List<Row> out = new ArrayList<>();
      for (GoldenRecord g : ResolutionSteps.resolveComponent(rs, p, readModel, readSettings)) {
        out.add(row(g));
      }
      return out.iterator();
    }
  }
}
