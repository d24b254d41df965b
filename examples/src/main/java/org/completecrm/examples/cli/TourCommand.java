package org.completecrm.examples.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.completecrm.examples.tour.Tour;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code crm tour}: the end-to-end tour of complete CRM on generated demo data. */
@Command(
    name = "tour",
    mixinStandardHelpOptions = true,
    description = "Run the end-to-end tour: a household from two source systems, its 360-degree view and consent.")
final class TourCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--out", paramLabel = "DIR", description = "Directory for report.html (default: ${DEFAULT-VALUE}).",
      defaultValue = "crm-report")
  Path out;

  @Override
  public Integer call() {
    PrintWriter writer = spec.commandLine().getOut();
    Path report = Tour.run(writer, out);
    writer.println();
    writer.println("HTML report: " + report.toAbsolutePath().toUri());
    writer.flush();
    return 0;
  }
}
