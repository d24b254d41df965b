package org.completecrm.examples.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.apache.spark.sql.SparkSession;
import org.completecrm.core.identity.Resolution;
import org.completecrm.core.identity.Resolver;
import org.completecrm.core.identity.ResolverSettings;
import org.completecrm.core.identity.SourceRecord;
import org.completecrm.core.testing.PeopleGen;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Resolution on Spark (local[2]) equals resolution on one machine: same customers, ids, golden records and model. */
class SparkResolutionTest {
  private static final Instant AT = Instant.parse("2026-12-06T00:00:00Z");
  private static SparkSession spark;

  @BeforeAll
  static void start() {
    spark = LocalSpark.session("complete-crm resolution test");
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  /**
   * About 100,000 records (99,231) of 45,000 people in households (twins, namesakes, shared
   * e-mails), the benchmark's data, in shuffled order over four partitions.
   */
  @Test
  void sparkEqualsOneMachineOnAHundredThousandRecords() {
    List<SourceRecord> records = new ArrayList<>(SparkResolutionBenchmark.records(45_000));
    Collections.shuffle(records, new Random(5L));
    assertEqual(records, ResolverSettings.defaults(), 4);
  }

  /**
   * The harder data (typing errors in ids and dates, swapped names) under a small block limit that
   * skips many blocks; in three partitions, which the resolution spreads over four (two rounds of
   * the two cores of {@code local[2]}).
   */
  @Test
  void sparkEqualsOneMachineOnHarderDataWithASmallBlockLimit() {
    List<SourceRecord> records = PeopleGen.harder(1_500, 7L).records();
    assertEqual(records, ResolverSettings.builder().maxBlockSize(4).build(), 3);
  }

  @Test
  void fewPartitionsAreRoundedUpToWholeRoundsOfTheCores() {
    assertEquals(4, SparkResolution.partitions(3, 2));
    assertEquals(6, SparkResolution.partitions(5, 2));
    assertEquals(2, SparkResolution.partitions(1, 2));
    assertEquals(4, SparkResolution.partitions(4, 2), "whole rounds already");
    assertEquals(9, SparkResolution.partitions(9, 2), "four rounds or more: the table's partitions");
    assertEquals(16, SparkResolution.partitions(3, 16));
    assertEquals(1, SparkResolution.partitions(1, 1));
    assertEquals(0, SparkResolution.partitions(0, 2), "no partitions: none made");
  }

  private static void assertEqual(List<SourceRecord> records, ResolverSettings settings, int partitions) {
    Resolution single = Resolver.resolve(records, settings, AT);
    SparkResolution.Result r = SparkResolution.resolve(SparkResolution.table(spark, records, partitions), settings);
    SparkResolutionBenchmark.Comparison c = SparkResolutionBenchmark.compare(single, r);
    assertEquals(single.model(), r.model(), "model");
    assertEquals(single.statistics().candidatePairs(), r.candidatePairs(), "candidate pairs");
    assertEquals(single.statistics().skippedBlocks(), r.skippedBlocks(), "skipped blocks");
    assertEquals(single.statistics().matchedPairs(), r.graphPairs(), "matched pairs: the edges of the component graph");
    assertTrue(r.graphPairs() <= r.mayMatchPairs(), "a matched pair may match");
    assertEquals(0, c.differentCustomers(), "customers that differ");
    assertEquals(0, c.differentGolden(), "golden records that differ");
    assertTrue(c.sameCustomers() && c.sameGolden(), "same customers and golden records");
    assertTrue(single.clusters().size() < records.size() && r.graphPairs() > 0, "records were matched");
  }
}
