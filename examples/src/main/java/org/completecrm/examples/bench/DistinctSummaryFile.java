package org.completecrm.examples.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.completecrm.analytics.summary.SummaryColumns;

/**
 * Writes the distinct base of the scale benchmarks as a summary CSV ({@code
 * customer_id,frequency,recency,T,monetary_value}), for timing whole {@code crm fit} and {@code
 * crm score} processes: {@code java -cp examples/target/crm.jar
 * org.completecrm.examples.bench.DistinctSummaryFile target/distinct.csv [rows]} (default
 * 1,000,000 rows; see {@link BenchData#distinct}).
 */
public final class DistinctSummaryFile {
  private DistinctSummaryFile() {}

  /** Writes the file named by the first argument, with the number of rows in the second. */
  public static void main(String[] args) throws IOException {
    Path out = Paths.get(args.length > 0 ? args[0] : "distinct.csv");
    int rows = args.length > 1 ? Integer.parseInt(args[1]) : 1_000_000;
    SummaryColumns base = BenchData.distinct(rows);
    try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      w.write("customer_id,frequency,recency,T,monetary_value\n");
      StringBuilder sb = new StringBuilder(64);
      for (int i = 0; i < base.size(); i++) {
        sb.setLength(0);
        sb.append('c').append(i).append(',').append(base.frequency(i)).append(',')
            .append(base.recency(i)).append(',').append(base.age(i)).append(',')
            .append(base.monetaryValue(i)).append('\n');
        w.append(sb);
      }
    }
  }
}
