package org.completecrm.analytics.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.completecrm.analytics.summary.CustomerSummary;
import org.completecrm.analytics.summary.Purchase;
import org.completecrm.analytics.summary.SummaryColumns;
import org.completecrm.core.CustomerId;

/**
 * The CDNOW data set, read at test time from {@code $CRM_CDNOW_DIR} or from a {@code
 * shared/data/cdnow} directory beside the checkout; tests that need it are skipped (with a
 * message) where it is absent. The project commits none of the CDNOW files.
 */
public final class Cdnow {
  private static final DateTimeFormatter YMD = DateTimeFormatter.BASIC_ISO_DATE;

  private Cdnow() {}

  /** The directory holding the CDNOW files, if present. */
  public static Optional<Path> directory() {
    String env = System.getenv("CRM_CDNOW_DIR");
    if (env != null && !env.isBlank() && Files.isDirectory(Paths.get(env))) {
      return Optional.of(Paths.get(env));
    }
    Path dir = Paths.get("").toAbsolutePath();
    while (dir != null) {
      Path candidate = dir.resolve("shared").resolve("data").resolve("cdnow");
      if (Files.isDirectory(candidate)) {
        return Optional.of(candidate);
      }
      dir = dir.getParent();
    }
    return Optional.empty();
  }

  /** The CDNOW directory, or skips the calling test with a message saying why. */
  public static Path require() {
    Optional<Path> dir = directory();
    assumeTrue(dir.isPresent(),
        "CDNOW data not found: set CRM_CDNOW_DIR or place shared/data/cdnow beside the checkout"
            + " (README, \"Validation against published results\", says where it comes from)");
    return dir.get();
  }

  /** The 2,357-customer calibration summary in weeks (cdnow_customers_summary_with_transactions.csv). */
  public static List<CustomerSummary> sampleSummaries() {
    Path file = require().resolve("cdnow_customers_summary_with_transactions.csv");
    assumeTrue(Files.exists(file), "missing " + file + "; skipping");
    List<CustomerSummary> out = new ArrayList<>();
    try {
      List<String> lines = Files.readAllLines(file);
      for (String line : lines.subList(1, lines.size())) {
        String[] f = line.trim().split(",");
        if (f.length < 5) {
          continue;
        }
        out.add(CustomerSummary.of(CustomerId.of(f[0]), Integer.parseInt(f[1]),
            Double.parseDouble(f[2]), Double.parseDouble(f[3]), Double.parseDouble(f[4])));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  /** The seed of the distinct base of the scale benchmarks and the golden test. */
  public static final long DISTINCT_SEED = 24;

  /**
   * The first {@code rows} of the 1,000,000 distinct customers resampled from the CDNOW sample
   * with recency, age and spend stretched by factors in [0.9, 1.1] ({@link
   * SummaryColumns#resampled}, seed {@link #DISTINCT_SEED}): the benchmarks' distinct file.
   */
  public static SummaryColumns distinctBase(int rows) {
    return SummaryColumns.of(sampleSummaries()).resampled(1_000_000, 0.1, DISTINCT_SEED).head(rows);
  }

  /** The 1/10 sample's transactions (cdnowElog.csv). */
  public static List<Purchase> samplePurchases() {
    Path file = require().resolve("cdnowElog.csv");
    assumeTrue(Files.exists(file), "missing " + file + "; skipping");
    List<Purchase> out = new ArrayList<>();
    try {
      List<String> lines = Files.readAllLines(file);
      for (String line : lines.subList(1, lines.size())) {
        String[] f = line.trim().split(",");
        out.add(new Purchase(CustomerId.of(f[1]), LocalDate.parse(f[2], YMD),
            Double.parseDouble(f[4])));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }
}
