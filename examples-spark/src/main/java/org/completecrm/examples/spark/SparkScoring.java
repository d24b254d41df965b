package org.completecrm.examples.spark;

import static org.apache.spark.sql.functions.avg;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.sum;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.completecrm.analytics.clv.CustomerValues;
import org.completecrm.analytics.summary.CustomerSummary;
import org.completecrm.analytics.value.BgNbdModel;
import org.completecrm.analytics.value.GammaGammaModel;
import org.completecrm.analytics.value.ModelFit;
import org.completecrm.analytics.value.ValueSimulator;
import org.completecrm.core.CustomerId;

/**
 * Runs the library's pure value-model functions over a large customer table on Apache Spark:
 * the table is simulated in parallel (one seed per partition), its sufficient statistics are
 * grouped in the cluster, the BG/NBD and Gamma-Gamma models are fitted on the driver from the
 * grouped rows (a few thousand, whatever the table's size), and every customer is scored in
 * parallel by the same functions a single-machine host calls.
 *
 * <p>Local mode: {@code mvn -B -Pspark verify} runs it in the tests; a bigger local run, after
 * {@code mvn -B -Pspark install -DskipTests}: {@code mvn -B -q -Pspark -pl examples-spark
 * org.codehaus.mojo:exec-maven-plugin:3.5.0:java -Dexec.cleanupDaemonThreads=false
 * -Dexec.mainClass=org.completecrm.examples.spark.SparkScoring -Dexec.args="2000000 8"}
 * (customers, partitions). On a cluster, {@code spark-submit} the module's jar with crm-core and
 * crm-analytics on the class path (see the README).
 */
public final class SparkScoring {
  /** The schema of the customer table: the summary columns of the {@code crm summary} CSV. */
  public static final StructType SUMMARY_SCHEMA = new StructType()
      .add("customer_id", DataTypes.StringType, false)
      .add("frequency", DataTypes.IntegerType, false)
      .add("recency", DataTypes.DoubleType, false)
      .add("T", DataTypes.DoubleType, false)
      .add("monetary_value", DataTypes.DoubleType, false);

  /** The schema of the scores: the columns of {@code crm score} with a spend fit. */
  public static final StructType SCORE_SCHEMA = new StructType()
      .add("customer_id", DataTypes.StringType, false)
      .add("p_alive", DataTypes.DoubleType, false)
      .add("expected_purchases", DataTypes.DoubleType, false)
      .add("expected_spend", DataTypes.DoubleType, false)
      .add("clv", DataTypes.DoubleType, false);

  /** The discount rate per week of the CLV column: 10% a year. */
  public static final double WEEKLY_DISCOUNT = Math.pow(1.10, 1 / 52.0) - 1;

  private SparkScoring() {}

  /** The outcome of a run: the fitted models and the scored table. */
  public record Result(ModelFit<BgNbdModel> purchases, ModelFit<GammaGammaModel> spend, Dataset<Row> scores, long groupedRows) {}

  /** {@code SparkScoring [customers] [partitions]}: local mode on all cores, prints the fits and a summary of the scores. */
  public static void main(String[] args) {
    long customers = args.length > 0 ? Long.parseLong(args[0]) : 1_000_000L;
    int partitions = args.length > 1 ? Integer.parseInt(args[1]) : 8;
    // Under spark-submit the master is set for us (spark.master); run alone, use local mode.
    SparkSession spark = System.getProperty("spark.master") == null
        ? localSession("complete-crm scoring")
        : SparkSession.builder().appName("complete-crm scoring").getOrCreate();
    try {
      Result r = run(spark, customers, partitions, 52, 2026L);
      report(r, System.out);
    } finally {
      spark.stop();
    }
  }

  /** A local Spark session bound to the loopback address, with the UI off. */
  public static SparkSession localSession(String name) {
    return SparkSession.builder()
        .appName(name)
        .master("local[*]")
        .config("spark.driver.host", "127.0.0.1")
        .config("spark.driver.bindAddress", "127.0.0.1")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "8")
        .getOrCreate();
  }

  /**
   * Simulates {@code customers} BG/NBD customers in {@code partitions} partitions, fits the models
   * from grouped sufficient statistics and scores every customer over {@code horizon} periods.
   */
  public static Result run(SparkSession spark, long customers, int partitions, double horizon, long seed) {
    return fitAndScore(customerTable(spark, customers, partitions, seed), horizon, seed);
  }

  /**
   * Fits the models from {@code summaries} (columns of {@link #SUMMARY_SCHEMA}: simulated, or built
   * from a transactions table by {@link SparkSummaries#fromTransactions}) and scores every customer
   * over {@code horizon} periods; {@code seed} draws the sample the spend model is fitted on.
   */
  public static Result fitAndScore(Dataset<Row> summaries, double horizon, long seed) {
    Dataset<Row> table = summaries.cache();
    long customers = Math.max(1, table.count());

    Dataset<Row> grouped = table.groupBy(col("frequency"), col("recency"), col("T"))
        .agg(count("*").as("weight"), sum(col("monetary_value").multiply(col("frequency"))).as("spend"));
    List<CustomerSummary> groups = new ArrayList<>();
    int k = 0;
    for (Row row : grouped.collectAsList()) {
      int x = row.getInt(0);
      long w = row.getLong(3);
      double mean = x == 0 ? 0 : row.getDouble(4) / (x * (double) w);
      groups.add(new CustomerSummary(CustomerId.of("g" + k++), x, row.getDouble(1), row.getDouble(2), mean, w));
    }
    ModelFit<BgNbdModel> purchases = BgNbdModel.fit(groups);
    List<CustomerSummary> buyers = new ArrayList<>();
    for (Row row : table.filter(col("frequency").gt(0)).sample(Math.min(1.0, 200_000.0 / customers), seed).collectAsList()) {
      buyers.add(summary(row));
    }
    ModelFit<GammaGammaModel> spend = GammaGammaModel.fit(buyers);

    double[] bg = {purchases.model().r(), purchases.model().alpha(), purchases.model().a(), purchases.model().b()};
    double[] gg = {spend.model().p(), spend.model().q(), spend.model().gamma()};
    MapPartitionsFunction<Row, Row> score = rows -> scorePartition(rows, bg, gg, horizon);
    Dataset<Row> scores = table.mapPartitions(score, Encoders.row(SCORE_SCHEMA));
    return new Result(purchases, spend, scores, groups.size());
  }

  /** A simulated customer table: partition {@code i} draws its customers from seed {@code seed + i}. */
  public static Dataset<Row> customerTable(SparkSession spark, long customers, int partitions, long seed) {
    BgNbdModel truth = new BgNbdModel(0.243, 4.414, 0.793, 2.426);
    GammaGammaModel spendTruth = new GammaGammaModel(6.25, 3.74, 15.44);
    double[] t = {truth.r(), truth.alpha(), truth.a(), truth.b()};
    double[] s = {spendTruth.p(), spendTruth.q(), spendTruth.gamma()};
    FlatMapFunction<Long, Row> draw = part -> {
      long from = customers * part / partitions;
      long to = customers * (part + 1) / partitions;
      List<CustomerSummary> cohort = ValueSimulator.spend(new GammaGammaModel(s[0], s[1], s[2]),
          ValueSimulator.bgNbd(new BgNbdModel(t[0], t[1], t[2], t[3]), (int) (to - from), 27, 39, 1.0 / 7, seed + part),
          seed + 1_000_003L * (part + 1));
      List<Row> rows = new ArrayList<>(cohort.size());
      long id = from;
      for (CustomerSummary c : cohort) {
        rows.add(RowFactory.create(String.format(Locale.ROOT, "c%010d", id++), c.frequency(), c.recency(), c.age(), c.monetaryValue()));
      }
      return rows.iterator();
    };
    return spark.range(0, partitions, 1, partitions).as(Encoders.LONG())
        .flatMap(draw, Encoders.row(SUMMARY_SCHEMA));
  }

  private static Iterator<Row> scorePartition(Iterator<Row> rows, double[] bg, double[] gg, double horizon) {
    BgNbdModel model = new BgNbdModel(bg[0], bg[1], bg[2], bg[3]);
    GammaGammaModel spend = new GammaGammaModel(gg[0], gg[1], gg[2]);
    List<Row> out = new ArrayList<>();
    while (rows.hasNext()) {
      CustomerSummary c = summary(rows.next());
      double perPurchase = spend.expectedSpend(c);
      out.add(RowFactory.create(c.customerId().value(), model.probabilityAlive(c), model.expectedPurchases(c, horizon),
          perPurchase, CustomerValues.clv(model, c, perPurchase, horizon, WEEKLY_DISCOUNT)));
    }
    return out.iterator();
  }

  private static CustomerSummary summary(Row row) {
    return CustomerSummary.of(CustomerId.of(row.getString(0)), row.getInt(1), row.getDouble(2), row.getDouble(3), row.getDouble(4));
  }

  /** Prints the fitted parameters and a summary of the scores. */
  public static void report(Result r, PrintStream out) {
    Row s = r.scores().agg(count("*"), avg("p_alive"), avg("expected_purchases"), sum("clv")).first();
    out.printf(Locale.ROOT, "BG/NBD %s, log-likelihood %.1f, fitted on %d grouped rows%n",
        r.purchases().model().parameters(), r.purchases().logLikelihood(), r.groupedRows());
    out.printf(Locale.ROOT, "Gamma-Gamma %s%n", r.spend().model().parameters());
    out.printf(Locale.ROOT, "scored %d customers: mean P(alive) %.3f, mean expected purchases %.3f, total CLV %.0f (10%% a year)%n",
        s.getLong(0), s.getDouble(1), s.getDouble(2), s.getDouble(3));
  }
}
