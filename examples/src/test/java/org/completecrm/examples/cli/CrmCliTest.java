package org.completecrm.examples.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CrmCliTest {
  @Test
  void helpListsTheCommands() {
    CliRun.of("--help").expectExit(0).expectOut("Usage: crm").expectOut("tour");
  }

  @Test
  void versionNamesTheTool() {
    CliRun.of("--version").expectExit(0).expectOut("crm ");
  }

  @Test
  void runningOutOfHeapIsSaidWithTheHeapAndHowToGiveMore() {
    String said = CrmCli.outOfMemory(256L << 20);
    assertTrue(said.startsWith("out of memory: the JVM's heap of 256 MiB is too small"), said);
    assertTrue(said.contains("CRM_JAVA_OPTS=-Xmx4g") && said.contains("java -Xmx4g -jar"), said);
  }

  @Test
  void anUnknownCommandIsAUsageError() {
    CliRun.of("no-such-command").expectExit(CrmCli.USAGE).expectErr("no-such-command");
  }

  @Test
  void anUnknownOptionIsAUsageError() {
    CliRun.of("tour", "--no-such-option").expectExit(CrmCli.USAGE).expectErr("--no-such-option");
  }

  @Test
  void tourShowsTheViewTheContactCentreNeeds(@TempDir Path dir) throws Exception {
    CliRun.of("tour", "--out", dir.toString(), "--customers", "400").expectExit(0)
        .expectOut("6 records from billing and the contact centre resolve into 4 customers")
        .expectOut("= a different person")
        .expectOut("suggested household")
        .expectOut("h-okafor")
        .expectOut("OPEN COMPLAINT case-1")
        .expectOut("callback-1")
        .expectOut("overdue")
        .expectOut("OFFER premium-fund-switch sent 2026-11-22T08:05:00Z by EMAIL")
        .expectOut("POST/MARKETING: withdrawn")
        .expectOut("HTML report: ");
    assertTrue(Files.exists(dir.resolve("report.html")));
    String html = Files.readString(dir.resolve("report.html"));
    // the decisions as tables, not a block of monospaced text
    assertTrue(html.contains("<h3>She calls the contact centre</h3>"));
    assertTrue(html.contains("<th>not offered</th><th>stage</th><th>decided by</th><th>reason</th>"));
    assertTrue(html.contains("<th>rank</th><th>action</th><th>channel</th><th>when</th><th>why</th><th>say</th>"));
    assertTrue(!html.contains("<pre>Decision for"));
    assertTrue(html.contains("Input: a simulated base of 400 customers (seed 2026)"), "the input in the report");
  }

  @Test
  void tourRunsTheValueAndCostStepsOnTheSimulatedBase(@TempDir Path dir) {
    CliRun.of("tour", "--out", dir.toString(), "--customers", "400", "--seed", "5").expectExit(0)
        .expectOut("A simulated customer base of 400 customers (seed 5)")
        .expectOut("BG/NBD")
        .expectOut("holdout check")
        .expectOut("top households by CLV")
        .expectOut("whale curve")
        .expectOut("needs-based segments")
        .expectOut("6. Loyalty: tiers earned by spend or by value")
        .expectOut("move down when tiers follow value")
        .expectOut("Keep the overdue call-back now")
        .expectOut("No marketing while complaint case-1");
  }

  @Test
  void tourOnATransactionsFileReadsItsColumns(@TempDir Path dir) throws Exception {
    Path tx = dir.resolve("tx.csv");
    StringBuilder csv = new StringBuilder("customer_id,date,amount\n");
    for (int c = 0; c < 60; c++) {
      for (int k = 0; k <= c % 5; k++) {
        csv.append("c").append(c).append(",2024-0").append(1 + k).append("-1").append(c % 9).append(",")
            .append(10 + c % 7).append(".50\n");
      }
    }
    Files.writeString(tx, csv.toString());
    CliRun.of("tour", "--out", dir.toString(), "--transactions", tx.toString()).expectExit(0)
        .expectOut("Customer value on")
        .expectOut("BG/NBD");
  }

  @Test
  void tourOnAMissingFileIsBadInput(@TempDir Path dir) {
    CliRun.of("tour", "--out", dir.toString(), "--transactions", dir.resolve("nope.csv").toString())
        .expectExit(CrmCli.BAD_INPUT).expectErr("nope.csv");
  }

  @Test
  void tourOnAMalformedRowNamesItsLine(@TempDir Path dir) throws Exception {
    Path tx = dir.resolve("bad.csv");
    Files.writeString(tx, "customer_id,date,amount\nc1,2024-01-01,10\nc2,not-a-date,5\n");
    CliRun.of("tour", "--out", dir.toString(), "--transactions", tx.toString())
        .expectExit(CrmCli.BAD_INPUT).expectErr("bad.csv line 3 column date");
  }

  @Test
  void tourOnAnUnknownColumnSaysWhichColumnsExist(@TempDir Path dir) throws Exception {
    Path tx = dir.resolve("cols.csv");
    Files.writeString(tx, "who,when,howmuch\nc1,2024-01-01,10\n");
    CliRun.of("tour", "--out", dir.toString(), "--transactions", tx.toString())
        .expectExit(CrmCli.BAD_INPUT).expectErr("--customer-column");
  }

  @Test
  void tourHasHelp() {
    CliRun.of("tour", "--help").expectExit(0).expectOut("Usage: crm tour");
  }
}
