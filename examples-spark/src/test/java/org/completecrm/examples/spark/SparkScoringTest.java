package org.completecrm.examples.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Runs the scoring job in Spark's local mode, bound to the loopback address. */
class SparkScoringTest {
  private static SparkSession spark;

  @BeforeAll
  static void start() {
    spark = SparkScoring.localSession("complete-crm test");
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  @Test
  void everyCustomerIsScoredOnceWithFiniteValuesInRange() {
    SparkScoring.Result r = SparkScoring.run(spark, 20_000, 4, 52, 7L);
    List<Row> rows = r.scores().collectAsList();
    assertEquals(20_000, rows.size());
    assertEquals(20_000, rows.stream().map(x -> x.getString(0)).distinct().count());
    for (Row row : rows) {
      double p = row.getDouble(1);
      assertTrue(p >= 0 && p <= 1, "p_alive in [0, 1]");
      assertTrue(Double.isFinite(row.getDouble(2)) && row.getDouble(2) >= 0, "expected purchases finite, >= 0");
      assertTrue(Double.isFinite(row.getDouble(4)) && row.getDouble(4) >= 0, "clv finite, >= 0");
    }
  }

  /** Fitting from the grouped sufficient statistics recovers the simulated BG/NBD parameters. */
  @Test
  void theFitFromGroupedRowsRecoversTheSimulatedParameters() {
    SparkScoring.Result r = SparkScoring.run(spark, 40_000, 4, 52, 11L);
    assertEquals(0.243, r.purchases().model().r(), 0.05);
    assertTrue(r.groupedRows() < 40_000, "grouping shrinks the table");
  }
}
