package org.completecrm.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.completecrm.examples.FundCompanyExample;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code crm fund-company}: the fund-company worked example of cost-to-serve, profitability, share of wallet and segments. */
@Command(
    name = "fund-company",
    mixinStandardHelpOptions = true,
    description = "Cost-to-serve by activity-based costing, the whale curve, segments and share of wallet of a generated fund company.")
final class FundCompanyCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--out", paramLabel = "DIR", defaultValue = "crm-report",
      description = "Directory for whale-curve.png, as for the reports (default: ${DEFAULT-VALUE}).")
  Path out;

  @Option(names = "--chart", paramLabel = "PNG",
      description = "Where to draw the whale curve instead of DIR/whale-curve.png.")
  Path chart;

  @Option(names = "--households", paramLabel = "N", description = "Households to generate (default: ${DEFAULT-VALUE}).",
      defaultValue = "2000")
  int households;

  @Option(names = "--seed", paramLabel = "SEED", description = "Seed of the generated book (default: ${DEFAULT-VALUE}).",
      defaultValue = "2024")
  long seed;

  @Override
  public Integer call() {
    if (households < 20 || households > 200_000) {
      throw UsageErrors.invalid(spec.commandLine(), "--households", households, "a number from 20 to 200,000");
    }
    System.setProperty("java.awt.headless", "true");
    PrintWriter writer = spec.commandLine().getOut();
    Path png = chart;
    if (png == null) {
      try {
        if (!Files.isDirectory(out)) {
          Files.createDirectory(out);  // the directory named (or crm-report), never its parents
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      png = out.resolve("whale-curve.png");
    }
    FundCompanyExample.run(writer, png, households, seed);
    writer.flush();
    return 0;
  }
}
