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

/** {@code crm tour}: the end-to-end tour of complete CRM, on generated data or on a real transactions file. */
@Command(
    name = "tour",
    mixinStandardHelpOptions = true,
    description = "Run the end-to-end tour: a household from two source systems, its 360-degree view and "
        + "consent; value models, CLV and P(alive); cost-to-serve, the whale curve and segments; "
        + "next-best-actions. Writes an HTML report with charts. Runs on a seeded simulated customer base "
        + "unless --transactions is given.")
final class TourCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--out", paramLabel = "DIR", description = "Directory for report.html (default: ${DEFAULT-VALUE}).",
      defaultValue = "crm-report")
  Path out;

  @Option(names = "--customers", paramLabel = "N", defaultValue = "20000",
      description = "Size of the simulated customer base (default: ${DEFAULT-VALUE}).")
  int customers;

  @Option(names = "--seed", paramLabel = "SEED", defaultValue = "2026",
      description = "Seed of the simulated customer base (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--transactions", paramLabel = "FILE",
      description = "Run the value steps on a real transactions CSV instead (e.g. ../shared/data/cdnow/cdnowElog.csv).")
  Path transactions;

  @picocli.CommandLine.Mixin TransactionColumns columns;

  @picocli.CommandLine.Mixin CurrencyOption currency;

  @Option(names = "--calibration-end", paramLabel = "DATE",
      description = "Last day of calibration for --transactions (default: halfway; CDNOW's literature uses 1997-09-30).")
  LocalDate calibrationEnd;

  @Option(names = "--observation-end", paramLabel = "DATE",
      description = "Last day of the holdout for --transactions (default: the last transaction's day).")
  LocalDate observationEnd;

  @Override
  public Integer call() {
    if (customers < 10 || customers > 2_000_000) {
      throw UsageErrors.invalid(spec.commandLine(), "--customers", customers, "a number from 10 to 2,000,000");
    }
    SummaryCommand.endsInOrder(spec, calibrationEnd, observationEnd);
    Tour.Options options = transactions == null
        ? Tour.Options.simulated(customers, seed)
        : Tour.Options.file(TransactionsFile.read(transactions, columns), transactions.getFileName().toString(),
            currency.of(spec.commandLine()), Optional.ofNullable(calibrationEnd), Optional.ofNullable(observationEnd));
    PrintWriter writer = spec.commandLine().getOut();
    Path report = Tour.run(writer, out, options);
    writer.println();
    writer.println("HTML report: " + report.toAbsolutePath().toUri());
    writer.flush();
    return 0;
  }
}
