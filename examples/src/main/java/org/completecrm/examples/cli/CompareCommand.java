package org.completecrm.examples.cli;

import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.Callable;
import org.completecrm.core.json.CrmJson;
import org.completecrm.rules.DecisionContext;
import org.completecrm.rules.compare.DecisionComparison;
import org.completecrm.rules.ruleset.RuleSet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code crm compare}: what a new version of the rule set (or a later instant) would change in one
 * customer's decision, as JSON or in plain words.
 */
@Command(
    name = "compare",
    mixinStandardHelpOptions = true,
    description = "Decide for one customer and event twice, under two rule sets or at two instants, and list "
        + "what changes: the actions chosen, the candidates dropped, the rules fired, the promises made and "
        + "escalated, the room to act and the notes. Prints the comparison as JSON, or with --text in plain words.",
    footer = {"", "Example:",
        "  crm compare --rules rules.json --with rules-v2.json --context context.json \\",
        "      --at 2026-11-23T10:15:00Z"})
final class CompareCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--rules", required = true, paramLabel = "FILE", description = "The current rule set (JSON).")
  Path rules;

  @Option(names = "--with", paramLabel = "FILE",
      description = "The rule set to compare with (JSON); by default the current one.")
  Path with;

  @Mixin DecisionOptions decision;

  @Option(names = "--then", paramLabel = "INSTANT",
      description = "The instant of the second decision; by default the same as --at.")
  Instant then;

  @Option(names = "--text", description = "Print the changes in plain words instead of JSON.")
  boolean text;

  @Override
  public Integer call() {
    Instant first = decision.at();
    Instant second = then == null ? first : then;
    RuleSet current = DecideCommand.read(rules, RuleSet.class);
    RuleSet next = with == null ? current : DecideCommand.read(with, RuleSet.class);
    DecisionContext ctx = decision.context();
    DecisionComparison comparison = DecisionComparison.of(ctx.decide(current, first), ctx.decide(next, second));
    spec.commandLine().getOut().print(text ? comparison.summary() : CrmJson.writePretty(comparison) + "\n");
    return 0;
  }
}
