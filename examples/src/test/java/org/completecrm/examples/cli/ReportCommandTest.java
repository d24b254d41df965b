package org.completecrm.examples.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportCommandTest {
  private static Path transactions(Path dir) throws Exception {
    StringBuilder csv = new StringBuilder("customer_id,date,amount\n");
    for (int c = 0; c < 80; c++) {
      for (int k = 0; k <= c % 6; k++) {
        csv.append("c").append(c).append(",2024-").append(String.format("%02d", 1 + 2 * k)).append("-1")
            .append(c % 9).append(',').append(12 + c % 5).append(".25\n");
      }
    }
    Path tx = dir.resolve("tx.csv");
    Files.writeString(tx, csv.toString());
    return tx;
  }

  @Test
  void writesTheValueReportOfATransactionsFile(@TempDir Path dir) throws Exception {
    CliRun.of("report", "--transactions", transactions(dir).toString(), "--calibration-end", "2024-06-30",
            "--out", dir.resolve("out").toString())
        .expectExit(0).expectOut("BG/NBD").expectOut("HTML report: ");
    String html = Files.readString(dir.resolve("out/report.html"));
    assertTrue(html.contains("Probability alive by recency and frequency"));
    assertTrue(html.contains("Calibration vs holdout"));
    assertTrue(html.contains("<svg"));
    assertTrue(html.contains("Input: tx.csv: 276 transactions of 80 customers, 2024-01-10 to 2024-11-18"), html);
    assertTrue(html.contains("amounts in USD"));
    assertTrue(html.contains("52-week CLV (USD)"));
  }

  @Test
  void namesTheCurrencyItIsGiven(@TempDir Path dir) throws Exception {
    CliRun.of("report", "--transactions", transactions(dir).toString(), "--currency", "EUR",
        "--out", dir.resolve("out").toString()).expectExit(0);
    String html = Files.readString(dir.resolve("out/report.html"));
    assertTrue(html.contains("52-week CLV (EUR)") && html.contains("amounts in EUR"));
  }

  @Test
  void aMissingFileIsBadInput(@TempDir Path dir) {
    CliRun.of("report", "--transactions", dir.resolve("missing.csv").toString(), "--out", dir.toString())
        .expectExit(CrmCli.BAD_INPUT).expectErr("missing.csv");
  }

  @Test
  void aMalformedRowNamesItsLine(@TempDir Path dir) throws Exception {
    Path tx = dir.resolve("bad.csv");
    Files.writeString(tx, "customer_id,date,amount\nc1,2024-01-01,10\nc1,2024-02-01,ten\n");
    CliRun.of("report", "--transactions", tx.toString(), "--out", dir.toString())
        .expectExit(CrmCli.BAD_INPUT).expectErr("bad.csv line 3 column amount");
  }

  @Test
  void anUnknownColumnIsBadInput(@TempDir Path dir) throws Exception {
    CliRun.of("report", "--transactions", transactions(dir).toString(), "--amount-column", "price", "--out", dir.toString())
        .expectExit(CrmCli.BAD_INPUT).expectErr("price");
  }

  @Test
  void withoutTransactionsItIsAUsageError() {
    CliRun.of("report").expectExit(CrmCli.USAGE).expectErr("--transactions");
  }

  @Test
  void hasHelp() {
    CliRun.of("report", "--help").expectExit(0).expectOut("Usage: crm report");
  }
}
