package org.completecrm.examples.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The contract every command of the tool keeps: {@code --help} succeeds and shows its usage; a
 * missing input file is bad input (exit 1) naming the file; a malformed row is bad input naming
 * its line; an unknown column is bad input naming the column.
 */
class CommandContractTest {
  static Stream<String> commands() {
    return Stream.of("tour", "summary", "fit", "score", "resolve", "decide", "compare", "report", "fund-company", "loyalty",
        "campaign", "generate-contexts");
  }

  @ParameterizedTest
  @MethodSource("commands")
  void everyCommandHasHelp(String command) {
    CliRun.of(command, "--help").expectExit(0).expectOut("Usage: crm " + command);
  }

  @ParameterizedTest
  @MethodSource("commands")
  void everyCommandHasVersion(String command) {
    CliRun run = CliRun.of(command, "--version").expectExit(0);
    org.junit.jupiter.api.Assertions.assertEquals("crm 0.2.0 (complete-crm)", run.out.strip());
  }

  /**
   * Help fits 80 columns: no line is longer, a description is whole sentences (never a sentence
   * cut by a hard line break) and an instant is never split across lines.
   */
  @ParameterizedTest
  @MethodSource("commands")
  void helpFitsEightyColumnsWithoutCuttingSentencesOrInstants(String command) {
    String help = CliRun.of(command, "--help").expectExit(0).out;
    for (String line : help.split("\\R")) {
      org.junit.jupiter.api.Assertions.assertTrue(line.length() <= 80, () -> "longer than 80: " + line);
      org.junit.jupiter.api.Assertions.assertFalse(line.matches(".*\\d{4}-\\d{2}-\\d{2}T[\\d:]*"),
          () -> "an instant split at the end of: " + line);
    }
    picocli.CommandLine cli = new picocli.CommandLine(new CrmCli()).getSubcommands().get(command);
    for (String paragraph : cli.getCommandSpec().usageMessage().description()) {
      org.junit.jupiter.api.Assertions.assertTrue(paragraph.endsWith("."), () -> "a cut sentence: " + paragraph);
    }
  }

  @Test
  void summaryTourAndReportNameTheTransactionColumnsAlike() {
    picocli.CommandLine cli = new picocli.CommandLine(new CrmCli());
    for (String option : List.of("--customer-column", "--date-column", "--amount-column", "--delimiter")) {
      List<String> descriptions = Stream.of("summary", "tour", "report")
          .map(c -> String.join(" ", cli.getSubcommands().get(c).getCommandSpec().findOption(option).description()))
          .distinct().toList();
      org.junit.jupiter.api.Assertions.assertEquals(1, descriptions.size(), option + ": " + descriptions);
      org.junit.jupiter.api.Assertions.assertFalse(
          cli.getSubcommands().get("summary").getCommandSpec().findOption(option).required(), option);
    }
  }

  @Test
  void everyFileOptionReportsAMissingFileAsBadInput(@TempDir Path dir) throws Exception {
    String missing = dir.resolve("missing.csv").toString();
    Path summary = Files.writeString(dir.resolve("s.csv"), "customer_id,frequency,recency,T,monetary_value\na,1,2,5,10\n");
    Path fit = Files.writeString(dir.resolve("fit.json"),
        "{\"model\":\"bg-nbd\",\"parameters\":{\"r\":0.24,\"alpha\":4.4,\"a\":0.79,\"b\":2.4}}");
    List<List<String>> calls = List.of(
        List.of("summary", "--transactions", missing, "--customer-column", "c", "--date-column", "d",
            "--amount-column", "a", "--calibration-end", "2024-01-01"),
        List.of("fit", "--model", "bg-nbd", "--summary", missing),
        List.of("score", "--summary", missing, "--fit", fit.toString(), "--horizon", "10"),
        List.of("score", "--summary", summary.toString(), "--fit", missing, "--horizon", "10"),
        List.of("resolve", "--records", missing, "--mapping", missing),
        List.of("decide", "--rules", missing, "--context", missing, "--at", "2026-01-01T00:00:00Z"),
        List.of("compare", "--rules", missing, "--context", missing, "--at", "2026-01-01T00:00:00Z"),
        List.of("report", "--transactions", missing, "--out", dir.toString()),
        List.of("tour", "--transactions", missing, "--out", dir.toString()),
        List.of("loyalty", "--programme", missing, "--ledger", summary.toString(), "--at", "2026-01-01T00:00:00Z"),
        List.of("loyalty", "--programme", CliRun.copyResource("loyalty/spend-programme.json", dir).toString(), "--ledger", missing, "--at", "2026-01-01T00:00:00Z"));
    for (List<String> call : calls) {
      CliRun.of(call.toArray(String[]::new)).expectExit(CrmCli.BAD_INPUT).expectErr("missing.csv");
    }
  }

  @Test
  void aMalformedTransactionRowIsNamedByItsLine(@TempDir Path dir) throws Exception {
    Path tx = Files.writeString(dir.resolve("tx.csv"), "c,d,a\nx,2024-01-01,5\nx,2024-02-30,5\n");
    CliRun.of("summary", "--transactions", tx.toString(), "--customer-column", "c", "--date-column", "d",
            "--amount-column", "a", "--calibration-end", "2024-06-01")
        .expectExit(CrmCli.BAD_INPUT).expectErr("tx.csv line 3 column d");
  }

  @Test
  void anUnknownTransactionColumnIsNamed(@TempDir Path dir) throws Exception {
    Path tx = Files.writeString(dir.resolve("tx.csv"), "c,d,a\nx,2024-01-01,5\n");
    CliRun.of("summary", "--transactions", tx.toString(), "--customer-column", "customer", "--date-column", "d",
            "--amount-column", "a", "--calibration-end", "2024-06-01")
        .expectExit(CrmCli.BAD_INPUT).expectErr("customer");
  }

  @Test
  void aMalformedSummaryRowIsNamedByItsLineWhenScoring(@TempDir Path dir) throws Exception {
    Path summary = Files.writeString(dir.resolve("s.csv"),
        "customer_id,frequency,recency,T,monetary_value\na,1,2,5,10\nb,x,2,5,10\n");
    Path fit = Files.writeString(dir.resolve("fit.json"),
        "{\"model\":\"bg-nbd\",\"parameters\":{\"r\":0.24,\"alpha\":4.4,\"a\":0.79,\"b\":2.4}}");
    CliRun.of("score", "--summary", summary.toString(), "--fit", fit.toString(), "--horizon", "10")
        .expectExit(CrmCli.BAD_INPUT).expectErr("s.csv line 3");
  }

  @Test
  void anUnknownSummaryColumnIsNamedWhenScoring(@TempDir Path dir) throws Exception {
    Path summary = Files.writeString(dir.resolve("s.csv"), "customer_id,freq,recency,T\na,1,2,5\n");
    Path fit = Files.writeString(dir.resolve("fit.json"),
        "{\"model\":\"bg-nbd\",\"parameters\":{\"r\":0.24,\"alpha\":4.4,\"a\":0.79,\"b\":2.4}}");
    CliRun.of("score", "--summary", summary.toString(), "--fit", fit.toString(), "--horizon", "10")
        .expectExit(CrmCli.BAD_INPUT).expectErr("frequency");
  }
}
