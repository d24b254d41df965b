package org.completecrm.examples.spark;

import static org.apache.spark.sql.functions.col;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DateType;
import org.apache.spark.sql.types.TimestampType;
import org.completecrm.analytics.summary.CustomerSummary;
import org.completecrm.analytics.summary.Purchase;
import org.completecrm.analytics.summary.Summaries;
import org.completecrm.analytics.summary.SummaryUnit;
import org.completecrm.core.CustomerId;
import org.completecrm.core.InvalidValueException;

/**
 * Customer summaries (frequency, recency, T, monetary value) from a raw transactions table on
 * Apache Spark, by the single machine's {@link Summaries#calibration}: the table is partitioned by
 * customer, so each customer's purchases meet in one partition, and each partition is summarised
 * by that function. A customer's summary is therefore exactly the one a single machine computes
 * (same day cutting, same sum of a day's amounts, same repeat-purchase mean), and the result feeds
 * {@link SparkScoring#fitAndScore}.
 *
 * <p>The table has the columns {@code customer_id} (string), {@code date} (a date, a timestamp cut
 * to its day in the given zone, a timestamp without zone, or ISO-8601 text: {@code 2026-11-23} or an instant) and {@code
 * amount} (a number); CSV with a header or Parquet ({@link #read}).
 */
public final class SparkSummaries {
  private SparkSummaries() {}

  /** Reads a transactions table: Parquet when the path ends in {@code .parquet}, else CSV with a header line. */
  public static Dataset<Row> read(SparkSession spark, String path) {
    if (path.toLowerCase(Locale.ROOT).endsWith(".parquet")) {
      return spark.read().parquet(path);
    }
    return spark.read().option("header", "true").option("inferSchema", "false").csv(path);
  }

  /**
   * The calibration summaries, in {@code unit}, of every customer whose first purchase is on or
   * before {@code calibrationEnd}, in {@code partitions} partitions (columns of {@link
   * SparkScoring#SUMMARY_SCHEMA}).
   */
  public static Dataset<Row> fromTransactions(Dataset<Row> transactions, LocalDate calibrationEnd, SummaryUnit unit,
      ZoneId zone, int partitions) {
    String end = calibrationEnd.toString();
    String unitName = unit.name();
    double unitDays = unit.days();
    String zoneId = zone.getId();
    MapPartitionsFunction<Row, Row> summarise = rows -> summarise(rows, LocalDate.parse(end),
        new SummaryUnit(unitName, unitDays), ZoneId.of(zoneId));
    return transactions.select(col("customer_id"), dayOrInstant(transactions), col("amount"))
        .repartition(partitions, col("customer_id"))
        .mapPartitions(summarise, Encoders.row(SparkScoring.SUMMARY_SCHEMA));
  }

  /**
   * The {@code date} column in a form that needs no {@code java.sql} conversion (which on Java 17
   * wants JVM flags): a date as ISO text, a timestamp as epoch seconds, text as it is.
   */
  static Column dayOrInstant(Dataset<Row> table) {
    DataType type = table.schema().apply("date").dataType();
    if (type instanceof DateType) {
      return col("date").cast("string").as("date");
    }
    if (type instanceof TimestampType) {
      return col("date").cast("long").as("date");
    }
    return col("date");
  }

  private static Iterator<Row> summarise(Iterator<Row> rows, LocalDate end, SummaryUnit unit, ZoneId zone) {
    List<Purchase> purchases = new ArrayList<>();
    while (rows.hasNext()) {
      Row r = rows.next();
      purchases.add(new Purchase(CustomerId.of(r.getString(0)), day(r.get(1), zone), amount(r.get(2))));
    }
    List<CustomerSummary> summaries = Summaries.calibration(purchases, end, unit);
    List<Row> out = new ArrayList<>(summaries.size());
    for (CustomerSummary s : summaries) {
      out.add(RowFactory.create(s.customerId().value(), s.frequency(), s.recency(), s.age(), s.monetaryValue()));
    }
    return out.iterator();
  }

  /** The calendar day of a {@code date} cell: a date, a timestamp (cut in {@code zone}) or ISO-8601 text. */
  static LocalDate day(Object cell, ZoneId zone) {
    if (cell instanceof LocalDate d) {
      return d;
    }
    if (cell instanceof Long epochSecond) {
      return Instant.ofEpochSecond(epochSecond).atZone(zone).toLocalDate();
    }
    if (cell instanceof java.time.LocalDateTime t) {
      return t.toLocalDate();
    }
    if (cell instanceof String text) {
      String s = text.trim();
      if (s.length() == 10) {
        return LocalDate.parse(s);
      }
      return Instant.parse(s).atZone(zone).toLocalDate();
    }
    throw new InvalidValueException("transactions.date", cell == null ? "null" : cell.getClass().getSimpleName(),
        "a date, a timestamp or ISO-8601 text");
  }

  private static double amount(Object cell) {
    if (cell instanceof Number n) {
      return n.doubleValue();
    }
    if (cell instanceof String s) {
      return Double.parseDouble(s.trim());
    }
    throw new InvalidValueException("transactions.amount", cell == null ? "null" : cell.getClass().getSimpleName(),
        "a number");
  }

  /**
   * {@code SparkSummaries TRANSACTIONS CALIBRATION_END [weeks|days] [ZONE] [PARTITIONS]}: summarises
   * the table (CSV or Parquet), fits BG/NBD and Gamma-Gamma and scores every customer over 52
   * units; prints the fits and a summary of the scores.
   */
  public static void main(String[] args) {
    if (args.length < 2) {
      throw new InvalidValueException("SparkSummaries.args", args.length, "TRANSACTIONS CALIBRATION_END [unit] [zone] [partitions]");
    }
    SummaryUnit unit = args.length > 2 ? SummaryUnit.parse(args[2]) : SummaryUnit.WEEKS;
    ZoneId zone = args.length > 3 ? ZoneId.of(args[3]) : ZoneId.of("UTC");
    int partitions = args.length > 4 ? Integer.parseInt(args[4]) : 8;
    SparkSession spark = SparkCampaign.session("complete-crm summaries");
    try {
      Dataset<Row> summaries = fromTransactions(read(spark, args[0]), LocalDate.parse(args[1]), unit, zone, partitions);
      SparkScoring.report(SparkScoring.fitAndScore(summaries, 52, 2026L), System.out);
    } finally {
      spark.stop();
    }
  }
}
