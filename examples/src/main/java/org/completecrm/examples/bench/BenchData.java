package org.completecrm.examples.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import org.completecrm.analytics.summary.CustomerSummary;
import org.completecrm.core.CrmException;
import org.completecrm.core.CustomerId;

/** Loads the CDNOW summary for the benchmarks from {@code $CRM_CDNOW_DIR} or {@code ../shared}. */
final class BenchData {
  private BenchData() {}

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
