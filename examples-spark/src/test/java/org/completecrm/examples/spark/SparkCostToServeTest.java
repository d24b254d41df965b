package org.completecrm.examples.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.completecrm.analytics.cost.ActivityRate;
import org.completecrm.analytics.cost.CostAccumulator;
import org.completecrm.analytics.cost.RateCard;
import org.completecrm.core.Money;
import org.completecrm.core.channel.Channel;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Cost-to-serve of an interactions table on Spark equals the single machine's accumulator, exactly. */
class SparkCostToServeTest {
  private static final java.util.Currency GBP = Money.currency("GBP");
  private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
  private static final String[] ACTIVITIES = {"inbound-call", "email", "branch-visit", "letter"};
  private static SparkSession spark;

  @TempDir Path dir;

  @BeforeAll
  static void start() {
    spark = LocalSpark.session("complete-crm cost test");
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  @Test
  void everyCustomersCostEqualsTheSingleMachineAccumulatorsToTheLastDecimal() throws IOException {
    RateCard card = RateCard.of(GBP, List.of(
        ActivityRate.of("inbound-call", "minute", Money.of(new BigDecimal("0.85"), GBP)),
        new ActivityRate("inbound-call", Optional.of(Channel.PHONE), "minute", Money.of(new BigDecimal("1.125"), GBP),
            T0.minusSeconds(86_400L * 400), Optional.of(T0.plusSeconds(86_400L * 100))),
        ActivityRate.of("email", "message", Money.of(new BigDecimal("0.05"), GBP)),
        new ActivityRate("branch-visit", Optional.empty(), "visit", Money.of(new BigDecimal("12.40"), GBP), T0,
            Optional.empty())));
    SplittableRandom r = new SplittableRandom(3L);
    TreeMap<String, Integer> owners = new TreeMap<>();
    List<String[]> rows = new ArrayList<>();
    for (int i = 0; i < 20_000; i++) {
      String customer = String.format(Locale.ROOT, "c%04d", r.nextInt(1500));
      owners.putIfAbsent(customer, owners.size());
      Channel ch = Channel.values()[r.nextInt(Channel.values().length)];
      String channel = r.nextInt(10) == 0 ? "" : ch.name();
      Instant at = T0.plusSeconds(r.nextLong(-86_400L * 30, 86_400L * 200));
      String quantity = new BigDecimal(r.nextInt(100_000)).movePointLeft(r.nextInt(4)).toPlainString();
      rows.add(new String[] {customer, ACTIVITIES[r.nextInt(ACTIVITIES.length)], channel, at.toString(), quantity});
    }
    Path csv = dir.resolve("interactions.csv");
    CostAccumulator single = new CostAccumulator(card, owners.size());
    long[][] counts = new long[owners.size()][2];
    try (Writer w = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
      w.write("customer_id,activity,channel,at,quantity\n");
      for (String[] x : rows) {
        w.write(String.join(",", x) + "\n");
        int o = owners.get(x[0]);
        int a = card.activityCode(x[1]);
        int ch = x[2].isEmpty() ? CostAccumulator.NO_CHANNEL : Channel.valueOf(x[2]).ordinal();
        boolean costed = a >= 0 && single.add(o, a, ch, Instant.parse(x[3]).getEpochSecond(),
            new BigDecimal(x[4]).movePointRight(RateCard.QUANTITY_SCALE).longValueExact());
        counts[o][costed ? 0 : 1]++;
      }
    }
    List<Row> onSpark = SparkCostToServe.perCustomer(
        spark.read().option("header", "true").csv(csv.toString()), card, 4).collectAsList();
    assertEquals(owners.size(), onSpark.size());
    long uncosted = 0;
    for (Row row : onSpark) {
      int o = owners.get(row.getString(0));
      assertEquals(0, single.ownerCost(o).amount().compareTo(row.getDecimal(1)), row.getString(0));
      assertEquals(counts[o][0], row.getLong(2));
      assertEquals(counts[o][1], row.getLong(3));
      uncosted += row.getLong(3);
    }
    assertTrue(uncosted > 0 && single.costed() > 0, "some interactions have no rate, most do");
  }
}
