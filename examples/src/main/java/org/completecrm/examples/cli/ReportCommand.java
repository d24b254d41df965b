package org.completecrm.examples.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.completecrm.examples.tour.Tour;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code crm report}: the customer-value HTML report of a transactions file. */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    description = "Write an HTML report of a transactions file: BG/NBD and Gamma-Gamma fits in weeks, the "
        + "52-week CLV distribution, probability alive by recency and frequency, and calibration vs holdout.")
final class ReportCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--transactions", required = true, paramLabel = "FILE", description = "Transactions CSV with a header row.")
  Path transactions;

  @picocli.CommandLine.Mixin TransactionColumns columns;

  @picocli.CommandLine.Mixin CurrencyOption currency;

  @Option(names = "--calibration-end", paramLabel = "DATE", description = "Last day of calibration (default: halfway).")
  LocalDate calibrationEnd;

  @Option(names = "--observation-end", paramLabel = "DATE", description = "Last day of the holdout (default: the last transaction's day).")
  LocalDate observationEnd;

  @Option(names = "--out", paramLabel = "DIR", defaultValue = "crm-report",
      description = "Directory for report.html (default: ${DEFAULT-VALUE}).")
  Path out;

  @Override
  public Integer call() {
    SummaryCommand.endsInOrder(spec, calibrationEnd, observationEnd);
    PrintWriter writer = spec.commandLine().getOut();
    Path report = Tour.valueReport(writer, out, Tour.Options.file(TransactionsFile.read(transactions, columns),
        transactions.getFileName().toString(), currency.of(spec.commandLine()),
        Optional.ofNullable(calibrationEnd), Optional.ofNullable(observationEnd)));
    writer.println();
    writer.println("HTML report: " + report.toAbsolutePath().toUri());
    writer.flush();
    return 0;
  }
}
