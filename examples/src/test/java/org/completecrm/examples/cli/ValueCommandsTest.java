package org.completecrm.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.completecrm.analytics.summary.CustomerSummary;
import org.completecrm.analytics.value.BgNbdModel;
import org.completecrm.analytics.value.ValueSimulator;
import org.completecrm.core.json.CrmJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code summary}, {@code fit} and {@code score} commands end to end. */
class ValueCommandsTest {
  /** Writes a transactions CSV from simulated BG/NBD customers (day grid, 200 days). */
  private static Path transactions(Path dir) throws IOException {
    List<CustomerSummary> sim = ValueSimulator.bgNbd(new BgNbdModel(0.8, 20, 0.6, 3), 400, 100,
        200, 1, 21);
    List<String> lines = new ArrayList<>();
    lines.add("cust,when,spend");
    LocalDate end = LocalDate.of(2024, 12, 31);
    for (CustomerSummary s : sim) {
      LocalDate first = end.minusDays((long) s.age());
      lines.add(s.customerId() + "," + first + ",10.00");
      for (int k = 1; k <= s.frequency(); k++) {
        // spread the repeats over (0, t_x], the last one exactly at t_x
        long day = Math.max(1, Math.round(s.recency() * k / s.frequency()));
        lines.add(s.customerId() + "," + first.plusDays(day) + "," + (5 + k));
      }
    }
    Path file = dir.resolve("tx.csv");
    Files.write(file, lines);
    return file;
  }

  @Test
  void summaryFitAndScoreChainOnATransactionsFile(@TempDir Path dir) throws IOException {
    Path tx = transactions(dir);
    Path summary = dir.resolve("summary.csv");
    CliRun.of("summary", "--transactions", tx.toString(), "--customer-column", "cust",
        "--date-column", "when", "--amount-column", "spend", "--calibration-end", "2024-12-31",
        "--unit", "weeks", "--out", summary.toString()).expectExit(0);
    List<String> rows = Files.readAllLines(summary);
    assertEquals("customer_id,frequency,recency,T,monetary_value,unit", rows.get(0));
    assertEquals(401, rows.size());

    CliRun fit = CliRun.of("fit", "--model", "bg-nbd", "--summary", summary.toString())
        .expectExit(0);
    JsonNode json = CrmJson.mapper().readTree(fit.out);
    assertEquals("bg-nbd", json.get("model").asText());
    assertEquals("weeks", json.get("unit").asText());
    for (String p : List.of("r", "alpha", "a", "b")) {
      assertTrue(json.get("parameters").get(p).asDouble() > 0, p);
      assertTrue(json.get("standardErrors").has(p), p);
    }
    assertEquals(400, json.get("customers").asLong());
    assertTrue(json.get("converged").asBoolean());
    assertTrue(json.get("logLikelihood").isNumber());
    Path fitFile = dir.resolve("fit.json");
    Files.writeString(fitFile, fit.out);

    Path spendFile = dir.resolve("spend.json");
    CliRun.of("fit", "--model", "gamma-gamma", "--summary", summary.toString(), "--out",
        spendFile.toString()).expectExit(0);

    CliRun score = CliRun.of("score", "--summary", summary.toString(), "--fit", fitFile.toString(),
        "--spend-fit", spendFile.toString(), "--horizon", "26", "--discount-rate", "0.002")
        .expectExit(0);
    String[] lines = score.out.split("\n");
    assertEquals("customer_id,p_alive,expected_purchases,expected_spend,clv", lines[0]);
    assertEquals(401, lines.length);
    for (int i = 1; i < lines.length; i++) {
      String[] f = lines[i].split(",");
      double p = Double.parseDouble(f[1]);
      assertTrue(p >= 0 && p <= 1, lines[i]);
      assertTrue(Double.parseDouble(f[4]) >= 0, lines[i]);
    }
  }

  @Test
  void bgBbSummariesWithWeightsFitAndScore(@TempDir Path dir) throws IOException {
    Path summary = dir.resolve("bgbb.csv");
    // the donation data's layout (Fader, Hardie and Shang 2010): patterns with counts
    Files.write(summary, List.of("frequency,recency,periods,weights", "6,6,6,1203", "5,6,6,728",
        "4,6,6,512", "3,6,6,357", "2,6,6,234", "1,6,6,129", "5,5,6,335", "4,5,6,284",
        "3,5,6,225", "2,5,6,173", "1,5,6,119", "4,4,6,240", "3,4,6,181", "2,4,6,155",
        "1,4,6,78", "3,3,6,322", "2,3,6,255", "1,3,6,129", "2,2,6,613", "1,2,6,277",
        "1,1,6,1091", "0,0,6,3464"));
    CliRun fit = CliRun.of("fit", "--model", "bg-bb", "--summary", summary.toString()).expectExit(0);
    JsonNode json = CrmJson.mapper().readTree(fit.out);
    assertEquals(11104, json.get("customers").asLong());
    // Fader, Hardie and Shang (2010), Marketing Science 29(6): alpha 1.204, beta 0.750,
    // gamma 0.657, delta 2.783, LL -33,225.6
    assertEquals(1.204, json.get("parameters").get("alpha").asDouble(), 0.0005);
    assertEquals(0.657, json.get("parameters").get("gamma").asDouble(), 0.0005);
    assertEquals(-33225.6, json.get("logLikelihood").asDouble(), 0.05);
    List<String> names = new ArrayList<>();
    json.get("parameters").fieldNames().forEachRemaining(names::add);
    assertEquals(List.of("alpha", "beta", "gamma", "delta"), names);
    Path fitFile = dir.resolve("bgbb.json");
    Files.writeString(fitFile, fit.out);
    CliRun.of("score", "--summary", summary.toString(), "--fit", fitFile.toString(), "--horizon", "5")
        .expectExit(0).expectOut("customer_id,p_alive,expected_purchases\nrow-1,");
  }

  @Test
  void badInputIsExitCodeOneWithTheLineAndColumnNamed(@TempDir Path dir) throws IOException {
    Path summary = dir.resolve("bad.csv");
    Files.write(summary, List.of("customer_id,frequency,recency,T,monetary_value", "a,2,9,5,10"));
    CliRun.of("fit", "--model", "bg-nbd", "--summary", summary.toString())
        .expectExit(CrmCli.BAD_INPUT).expectErr("bad.csv line 2 column recency: expected a finite time in [0, T = 5.0]");
    CliRun.of("fit", "--model", "nope", "--summary", summary.toString())
        .expectExit(CrmCli.USAGE).expectErr("bg-nbd, mbg-nbd, pareto-nbd, bg-bb, gamma-gamma");
    Path none = dir.resolve("none.csv");
    Files.write(none, List.of("customer_id,frequency,recency,T,monetary_value", "a,0,0,5,0", "b,0,0,6,0"));
    CliRun.of("fit", "--model", "pareto-nbd", "--summary", none.toString())
        .expectExit(CrmCli.BAD_INPUT).expectErr("no customer made a repeat purchase");
    CliRun.of("fit", "--model", "bg-nbd").expectExit(CrmCli.USAGE);
  }

  /** The CDNOW event log through the command line gives Fader, Hardie and Lee's (2005a) BG/NBD fit. */
  @Test
  void cdnowThroughTheCommandLineReproducesThePublishedBgNbdFit(@TempDir Path dir) throws IOException {
    Optional<Path> cdnow = cdnow();
    assumeTrue(cdnow.isPresent(), "CDNOW data not found: set CRM_CDNOW_DIR or place shared/data/cdnow beside the checkout"
        + " (README, \"Validation against published results\", says where it comes from)");
    Path summary = dir.resolve("cdnow.csv");
    CliRun.of("summary", "--transactions", cdnow.get().resolve("cdnowElog.csv").toString(),
        "--customer-column", "sampleid", "--date-column", "date", "--amount-column", "sales",
        "--calibration-end", "1997-09-30", "--observation-end", "1998-06-30", "--unit", "weeks",
        "--out", summary.toString()).expectExit(0);
    JsonNode json = CrmJson.mapper().readTree(
        CliRun.of("fit", "--model", "bg-nbd", "--summary", summary.toString()).expectExit(0).out);
    assertEquals(0.243, json.get("parameters").get("r").asDouble(), 0.0005);
    assertEquals(4.414, json.get("parameters").get("alpha").asDouble(), 0.0005);
    assertEquals(0.793, json.get("parameters").get("a").asDouble(), 0.0005);
    assertEquals(2.426, json.get("parameters").get("b").asDouble(), 0.0005);
    assertEquals(-9582.4, json.get("logLikelihood").asDouble(), 0.05);
  }

  private static Optional<Path> cdnow() {
    String env = System.getenv("CRM_CDNOW_DIR");
    if (env != null && Files.isDirectory(Paths.get(env))) {
      return Optional.of(Paths.get(env));
    }
    for (Path d = Paths.get("").toAbsolutePath(); d != null; d = d.getParent()) {
      if (Files.isDirectory(d.resolve("shared/data/cdnow"))) {
        return Optional.of(d.resolve("shared/data/cdnow"));
      }
    }
    return Optional.empty();
  }
}
