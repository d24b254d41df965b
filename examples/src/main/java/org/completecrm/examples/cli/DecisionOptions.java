package org.completecrm.examples.cli;

import java.nio.file.Path;
import java.time.Instant;
import org.completecrm.rules.DecisionContext;
import picocli.CommandLine.Option;

/** The options of the commands that decide: the customer context and the decision instant. */
final class DecisionOptions {
  @Option(names = "--context", required = true, paramLabel = "FILE",
      description = "The decision context (JSON): event, customer, household, consent, preferences, timeline, scores.")
  Path context;

  @Option(names = "--at", required = true, paramLabel = "INSTANT",
      description = "ISO-8601 instant, e.g. 2026-11-23T10:15:00Z.")
  Instant at;

  /** The context, read from its file. */
  DecisionContext context() {
    return DecideCommand.read(context, DecisionContext.class);
  }

  /** The decision instant. */
  Instant at() {
    return at;
  }
}
