package org.completecrm.examples.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.completecrm.core.identity.SourceRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The benchmark's records generated on the executors are the records the driver generates. */
class SparkResolutionBenchmarkTest {
  private static SparkSession spark;

  @BeforeAll
  static void start() {
    spark = LocalSpark.session("complete-crm resolution benchmark test");
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  /** Three chunks (the last one short, the others with the chunk's number in every e-mail address), row for row in order. */
  @Test
  void recordsGeneratedOnTheExecutorsEqualTheDriversRecords() {
    int people = 2 * SparkResolutionBenchmark.CHUNK + 3_000;
    List<SourceRecord> records = SparkResolutionBenchmark.records(people);
    List<List<String>> expected = new ArrayList<>();
    for (SourceRecord r : records) {
      expected.add(Arrays.asList(SparkResolution.columns(r)));
    }
    List<List<String>> generated = new ArrayList<>();
    for (Row row : SparkResolutionBenchmark.generated(spark, people).collectAsList()) {
      String[] columns = new String[row.length()];
      for (int f = 0; f < columns.length; f++) {
        columns[f] = row.isNullAt(f) ? null : row.getString(f);
      }
      generated.add(Arrays.asList(columns));
    }
    assertEquals(expected.size(), generated.size(), "records");
    assertEquals(expected, generated, "the same records in the same order");
    // and the rows read back are the records themselves
    for (int k = 0; k < records.size(); k += 997) {
      assertEquals(records.get(k), SparkResolution.record(generated.get(k).toArray(new String[0])), "record " + k);
    }
  }
}
