package org.completecrm.examples.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import org.completecrm.analytics.summary.CustomerSummary;
import org.completecrm.analytics.summary.SummaryColumns;
import org.completecrm.analytics.value.BgNbdModel;
import org.completecrm.analytics.value.GammaGammaModel;
import org.completecrm.analytics.value.ValueSimulator;
import org.completecrm.core.CrmException;
import org.completecrm.core.CustomerId;

/** Loads the CDNOW summary for the benchmarks from {@code $CRM_CDNOW_DIR} or {@code ../shared}. */
final class BenchData {
  private BenchData() {}

  /** The seed of the distinct base (the golden test's too). */
  static final long DISTINCT_SEED = 24;

  /**
   * A base of {@code rows} distinct customers (at most 1,000,000: the first rows of the
   * million): the CDNOW sample's summaries resampled with recency and T stretched by a factor in
   * [0.9, 1.1] and spend by another ({@link SummaryColumns#resampled}, seeded). Where CDNOW is
   * absent, the source is 2,357 customers simulated from the published BG/NBD and Gamma-Gamma
   * fits on the CDNOW design (ages 27 to 39 weeks, daily grid), so the shape is close.
   */
  static SummaryColumns distinct(int rows) {
    List<CustomerSummary> source;
    try {
      source = cdnow();
    } catch (CrmException absent) {
      source = ValueSimulator.spend(new GammaGammaModel(6.25, 3.74, 15.44),
          ValueSimulator.bgNbd(new BgNbdModel(0.243, 4.414, 0.793, 2.426), 2357, 27, 39, 1.0 / 7,
              DISTINCT_SEED), DISTINCT_SEED);
    }
    return SummaryColumns.of(source).resampled(1_000_000, 0.1, DISTINCT_SEED).head(rows);
  }

  static List<CustomerSummary> cdnow() {
    Path dir = null;
    String env = System.getenv("CRM_CDNOW_DIR");
    if (env != null && Files.isDirectory(Paths.get(env))) {
      dir = Paths.get(env);
    }
    for (Path d = Paths.get("").toAbsolutePath(); dir == null && d != null; d = d.getParent()) {
      if (Files.isDirectory(d.resolve("shared/data/cdnow"))) {
        dir = d.resolve("shared/data/cdnow");
      }
    }
    if (dir == null) {
      throw new CrmException("CDNOW data not found: set CRM_CDNOW_DIR or run beside ../shared/data/cdnow");
    }
    List<CustomerSummary> out = new ArrayList<>();
    try {
      List<String> lines = Files.readAllLines(dir.resolve("cdnow_customers_summary_with_transactions.csv"));
      for (String line : lines.subList(1, lines.size())) {
        String[] f = line.trim().split(",");
        out.add(CustomerSummary.of(CustomerId.of(f[0]), Integer.parseInt(f[1]),
            Double.parseDouble(f[2]), Double.parseDouble(f[3]), Double.parseDouble(f[4])));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }
}
