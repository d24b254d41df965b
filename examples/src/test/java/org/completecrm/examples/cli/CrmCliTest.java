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
  void anUnknownCommandIsAUsageError() {
    CliRun.of("no-such-command").expectExit(CrmCli.USAGE).expectErr("no-such-command");
  }

  @Test
  void anUnknownOptionIsAUsageError() {
    CliRun.of("tour", "--no-such-option").expectExit(CrmCli.USAGE).expectErr("--no-such-option");
  }

  @Test
  void tourShowsTheViewTheContactCentreNeeds(@TempDir Path dir) {
    CliRun.of("tour", "--out", dir.toString()).expectExit(0)
        .expectOut("h-okafor")
        .expectOut("OPEN COMPLAINT case-1")
        .expectOut("callback-1")
        .expectOut("overdue")
        .expectOut("OFFER premium-fund-switch sent 2026-11-22T08:05:00Z by EMAIL")
        .expectOut("POST/MARKETING: withdrawn")
        .expectOut("HTML report: ");
    assertTrue(Files.exists(dir.resolve("report.html")));
  }

  @Test
  void tourHasHelp() {
    CliRun.of("tour", "--help").expectExit(0).expectOut("Usage: crm tour");
  }
}
