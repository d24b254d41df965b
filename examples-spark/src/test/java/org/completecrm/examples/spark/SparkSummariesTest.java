package org.completecrm.examples.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.to_date;
import static org.apache.spark.sql.functions.to_timestamp;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.completecrm.analytics.summary.CustomerSummary;
import org.completecrm.analytics.summary.Purchase;
import org.completecrm.analytics.summary.Summaries;
import org.completecrm.analytics.summary.SummaryUnit;
import org.completecrm.core.CustomerId;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Summaries of a raw transactions table on Spark equal the single machine's, field for field. */
class SparkSummariesTest {
  private static final LocalDate START = LocalDate.of(2025, 1, 1);
  private static final LocalDate END = LocalDate.of(2025, 12, 31);
  private static SparkSession spark;

  @TempDir Path dir;

  @BeforeAll
  static void start() {
    spark = SparkSession.builder().appName("complete-crm summaries test").master("local[2]")
        .config("spark.driver.host", "127.0.0.1").config("spark.driver.bindAddress", "127.0.0.1")
        .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "4")
        .config("spark.sql.session.timeZone", "UTC").getOrCreate();
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  @Test
  void summariesFromCsvAndFromParquetEqualTheSingleMachineOnes() throws IOException {
    List<Purchase> purchases = transactions(3000, 11L);
    Path csv = dir.resolve("transactions.csv");
    try (Writer w = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
      w.write("customer_id,date,amount\n");
      for (Purchase p : purchases) {
        w.write(p.customerId().value() + "," + p.date() + "," + String.format(Locale.ROOT, "%.2f", p.amount()) + "\n");
      }
    }
    List<CustomerSummary> expected = Summaries.calibration(purchases, END, SummaryUnit.WEEKS);
    Dataset<Row> table = SparkSummaries.read(spark, csv.toString());
    assertSame(expected, SparkSummaries.fromTransactions(table, END, SummaryUnit.WEEKS, ZoneOffset.UTC, 4));

    String parquet = dir.resolve("transactions.parquet").toString();
    table.withColumn("date", to_date(col("date"))).withColumn("amount", col("amount").cast("double"))
        .write().parquet(parquet);
    Dataset<Row> summaries = SparkSummaries.fromTransactions(SparkSummaries.read(spark, parquet), END,
        SummaryUnit.WEEKS, ZoneOffset.UTC, 3);
    assertSame(expected, summaries);

    Dataset<Row> stamped = table.withColumn("date", to_timestamp(col("date")));
    assertSame(expected, SparkSummaries.fromTransactions(stamped, END, SummaryUnit.WEEKS, ZoneOffset.UTC, 2));

    SparkScoring.Result scored = SparkScoring.fitAndScore(summaries, 52, 7L);
    assertEquals(expected.size(), scored.scores().count());
    assertTrue(scored.purchases().model().r() > 0);
  }

  private static void assertSame(List<CustomerSummary> expected, Dataset<Row> onSpark) {
    List<Row> rows = new ArrayList<>(onSpark.collectAsList());
    rows.sort(Comparator.comparing(r -> r.getString(0)));
    assertEquals(expected.size(), rows.size());
    for (int i = 0; i < rows.size(); i++) {
      CustomerSummary s = expected.get(i);
      Row r = rows.get(i);
      assertEquals(s.customerId().value(), r.getString(0));
      assertEquals(s.frequency(), r.getInt(1), s.customerId().value());
      assertEquals(s.recency(), r.getDouble(2), 0.0);
      assertEquals(s.age(), r.getDouble(3), 0.0);
      assertEquals(s.monetaryValue(), r.getDouble(4), 0.0, s.customerId().value());
    }
  }

  /**
   * Seeded purchases of {@code n} customers, as the BG/NBD story has them: each buys at a rate of
   * its own (mean gap 5 to 120 days) until it drops out (three in ten after each purchase); some
   * buy twice on one day, some first buy after the calibration end.
   */
  private static List<Purchase> transactions(int n, long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    List<Purchase> out = new ArrayList<>();
    for (int c = 0; c < n; c++) {
      CustomerId id = CustomerId.of(String.format(Locale.ROOT, "c%05d", c));
      LocalDate day = START.plusDays(r.nextInt(400));
      double meanGap = 5 + r.nextInt(115);
      do {
        out.add(new Purchase(id, day, Math.round(r.nextDouble(1, 300) * 100) / 100.0));
        day = day.plusDays(r.nextInt(20) == 0 ? 0 : (long) Math.ceil(-meanGap * Math.log(1 - r.nextDouble())));
      } while (r.nextDouble() > 0.3 && day.isBefore(START.plusYears(2)));
    }
    return out;
  }
}
