package org.completecrm.examples.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.completecrm.examples.tour.Tour;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code crm tour}: the end-to-end tour of complete CRM on generated demo data. */
@Command(
    name = "tour",
    mixinStandardHelpOptions = true,
    description = "Run the end-to-end tour: a household from two source systems, its 360-degree view and consent.")
final class TourCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    Tour.run(out);
    return 0;
  }
}
