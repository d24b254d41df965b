package org.completecrm.examples.spark;

import static org.apache.spark.sql.functions.col;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.TimestampType;
import org.apache.spark.sql.types.StructType;
import org.completecrm.analytics.cost.ActivityRate;
import org.completecrm.analytics.cost.CostAccumulator;
import org.completecrm.analytics.cost.RateCard;
import org.completecrm.core.InvalidValueException;
import org.completecrm.core.Money;
import org.completecrm.core.channel.Channel;

/**
 * Cost-to-serve per customer from an interactions table on Apache Spark, by the library's exact
 * columnar {@link CostAccumulator}: the table is partitioned by customer and each partition costs
 * its interactions at the rate card's rates (in fixed point), so every customer's cost is exactly
 * the one a single machine's accumulator gives, to the last decimal place.
 *
 * <p>The table has the columns {@code customer_id}, {@code activity} (an activity of the card),
 * {@code channel} (a {@link Channel} name, or empty for an activity of no channel), {@code at} (a
 * timestamp or an ISO-8601 instant) and {@code quantity} (the driver quantity in the activity's
 * unit, at most three decimal places). An interaction whose activity or instant has no rate is
 * counted as uncosted, as the single machine counts it.
 */
public final class SparkCostToServe {
  /** The result's columns; {@code cost} in the card's currency at its cost scale. */
  public static StructType schema(RateCard card) {
    return new StructType()
        .add("customer_id", DataTypes.StringType, false)
        .add("cost", DataTypes.createDecimalType(38, card.costScale()), false)
        .add("costed", DataTypes.LongType, false)
        .add("uncosted", DataTypes.LongType, false);
  }

  private SparkCostToServe() {}

  /** The cost-to-serve of every customer of {@code interactions}, in {@code partitions} partitions. */
  public static Dataset<Row> perCustomer(Dataset<Row> interactions, RateCard card, int partitions) {
    Card shipped = Card.of(card);
    MapPartitionsFunction<Row, Row> cost = rows -> costPartition(rows, shipped.card());
    return interactions.select(col("customer_id"), col("activity"), col("channel"), instant(interactions), col("quantity"))
        .repartition(partitions, col("customer_id"))
        .mapPartitions(cost, Encoders.row(schema(card)));
  }

  private static Iterator<Row> costPartition(Iterator<Row> rows, RateCard card) {
    Map<String, Integer> code = new HashMap<>();
    List<String> owners = new ArrayList<>();
    List<long[]> counts = new ArrayList<>();
    List<int[]> pending = new ArrayList<>();
    List<long[]> values = new ArrayList<>();
    while (rows.hasNext()) {
      Row r = rows.next();
      String id = r.getString(0);
      Integer o = code.get(id);
      if (o == null) {
        o = owners.size();
        code.put(id, o);
        owners.add(id);
        counts.add(new long[2]);
      }
      int activity = card.activityCode(r.getString(1));
      String ch = r.isNullAt(2) ? "" : r.getString(2).trim();
      int channel = ch.isEmpty() ? CostAccumulator.NO_CHANNEL : Channel.valueOf(ch).ordinal();
      pending.add(new int[] {o, activity, channel});
      values.add(new long[] {epochSecond(r.get(3)), thousandths(r.get(4))});
    }
    CostAccumulator acc = new CostAccumulator(card, owners.size());
    for (int i = 0; i < pending.size(); i++) {
      int[] p = pending.get(i);
      boolean costed = p[1] >= 0 && acc.add(p[0], p[1], p[2], values.get(i)[0], values.get(i)[1]);
      counts.get(p[0])[costed ? 0 : 1]++;
    }
    List<Row> out = new ArrayList<>(owners.size());
    for (int o = 0; o < owners.size(); o++) {
      out.add(RowFactory.create(owners.get(o), acc.ownerCost(o).amount(), counts.get(o)[0], counts.get(o)[1]));
    }
    return out.iterator();
  }

  /** The {@code at} column: a timestamp as epoch seconds (no {@code java.sql} conversion), text as it is. */
  private static Column instant(Dataset<Row> table) {
    DataType type = table.schema().apply("at").dataType();
    return type instanceof TimestampType ? col("at").cast("long").as("at") : col("at");
  }

  private static long epochSecond(Object cell) {
    if (cell instanceof Long epochSecond) {
      return epochSecond;
    }
    if (cell instanceof String s) {
      return Instant.parse(s.trim()).getEpochSecond();
    }
    throw new InvalidValueException("interactions.at", cell == null ? "null" : cell.getClass().getSimpleName(),
        "a timestamp or an ISO-8601 instant");
  }

  /** A driver quantity in thousandths of its unit, exactly ({@link RateCard#QUANTITY_SCALE} decimal places). */
  static long thousandths(Object cell) {
    BigDecimal q = cell instanceof BigDecimal b ? b : cell instanceof String s ? new BigDecimal(s.trim())
        : cell instanceof Number n ? new BigDecimal(n.toString()) : null;
    if (q == null) {
      throw new InvalidValueException("interactions.quantity", "(missing)", "a number");
    }
    try {
      return q.movePointRight(RateCard.QUANTITY_SCALE).longValueExact();
    } catch (ArithmeticException e) {
      throw new InvalidValueException("interactions.quantity", q, "at most " + RateCard.QUANTITY_SCALE
          + " decimal places");
    }
  }

  /** A rate card as plain serializable fields, rebuilt on each executor. */
  private record Card(String currency, List<String[]> rates) implements Serializable {
    private static final long serialVersionUID = 1L;

    static Card of(RateCard card) {
      List<String[]> rates = new ArrayList<>();
      for (ActivityRate r : card.rates()) {
        rates.add(new String[] {r.activity(), r.channel().map(Channel::name).orElse(""), r.unit(),
            r.perUnit().amount().toPlainString(), Long.toString(r.from().getEpochSecond()),
            r.until().map(u -> Long.toString(u.getEpochSecond())).orElse("")});
      }
      return new Card(card.currency().getCurrencyCode(), rates);
    }

    RateCard card() {
      Currency c = Currency.getInstance(currency);
      List<ActivityRate> list = new ArrayList<>();
      for (String[] r : rates) {
        list.add(new ActivityRate(r[0], r[1].isEmpty() ? Optional.empty() : Optional.of(Channel.valueOf(r[1])), r[2],
            Money.of(new BigDecimal(r[3]), c), Instant.ofEpochSecond(Long.parseLong(r[4])),
            r[5].isEmpty() ? Optional.empty() : Optional.of(Instant.ofEpochSecond(Long.parseLong(r[5])))));
      }
      return RateCard.of(c, list);
    }
  }
}
