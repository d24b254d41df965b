package org.completecrm.examples.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import org.completecrm.examples.campaign.SampleBase;
import org.completecrm.rules.campaign.ContextLines;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code crm generate-contexts}: a seeded base of realistic decision contexts as JSON Lines, for demos and benchmarks. */
@Command(
    name = "generate-contexts",
    mixinStandardHelpOptions = true,
    description = "Generate realistic decision contexts (customers in households, consent, quiet hours, recent "
        + "offers, complaints, flags, scores) as JSON Lines, the same for the same seed, for crm campaign.",
    footer = {"", "Example:", "  crm generate-contexts --customers 10000 --seed 42 > contexts.jsonl"})
final class GenerateContextsCommand implements Callable<Integer> {
  /** The offers whose propensities the generated scores carry: those of the sample rule set. */
  static final List<String> SAMPLE_OFFERS = List.of("premium-fund-switch", "isa-top-up", "satisfaction-survey");

  @Spec CommandSpec spec;

  @Option(names = "--customers", required = true, paramLabel = "N", description = "How many customers.")
  int customers;

  @Option(names = "--seed", required = true, paramLabel = "S", description = "The seed.")
  long seed;

  @Option(names = "--at", paramLabel = "INSTANT",
      description = "The instant the base is as of; by default a Monday morning, 2026-11-23T07:00:00Z.")
  Instant at = SampleBase.AT;

  @Option(names = "--out", paramLabel = "FILE", description = "Write the contexts here instead of standard output.")
  Path out;

  @Override
  public Integer call() throws IOException {
    if (customers < 1) {
      throw UsageErrors.invalid(spec.commandLine(), "--customers", customers, "at least 1 customer");
    }
    Writer w = out == null ? spec.commandLine().getOut()
        : new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(out), StandardCharsets.UTF_8), 1 << 16);
    try {
      SampleBase.generate(customers, seed, at, SAMPLE_OFFERS, c -> {
        try {
          w.write(ContextLines.write(c));
          w.write('\n');
        } catch (IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      });
    } finally {
      if (out == null) {
        w.flush();
      } else {
        w.close();
      }
    }
    return 0;
  }
}
