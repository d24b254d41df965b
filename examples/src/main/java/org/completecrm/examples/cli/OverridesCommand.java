package org.completecrm.examples.cli;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Iterator;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.completecrm.core.CrmException;
import org.completecrm.core.CustomerId;
import org.completecrm.core.EventId;
import org.completecrm.core.InvalidValueException;
import org.completecrm.core.json.CrmJson;
import org.completecrm.core.score.Scores;
import org.completecrm.core.timeline.OverrideRecorded;
import org.completecrm.core.timeline.TimelineEvent;
import org.completecrm.rules.DecisionContext;
import org.completecrm.rules.campaign.ContextLines;
import org.completecrm.rules.override.GuardrailOverrides;
import org.completecrm.rules.override.OverrideReport;
import org.completecrm.rules.ruleset.RuleSet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code crm overrides}: guardrail overrides per guardrail and tier with a suggested limit, a report only. */
@Command(
    name = "overrides",
    mixinStandardHelpOptions = true,
    description = "Summarise the guardrail overrides recorded on the customers' timelines per guardrail and "
        + "value tier: how many, for how many customers, by how many teams, the amounts, and a suggested "
        + "limit covering a share of them. A report for people to decide on: no rule set is changed. Reads "
        + "the rule set's guardrails and the decision contexts (JSON lines, as for crm campaign: the "
        + "timeline's overrides and the scores' valueTier). Prints JSON, or with --text the report in words.",
    footer = {"", "Example:",
        "  crm overrides --rules rules.json --contexts contexts.jsonl --from 2026-10-01T00:00:00Z "
            + "--to 2026-11-01T00:00:00Z --text"})
final class OverridesCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--rules", required = true, paramLabel = "FILE", description = "The rule set (JSON).")
  Path rules;

  @Option(names = "--contexts", required = true, paramLabel = "FILE",
      description = "The customers' decision contexts, one JSON document per line.")
  Path contexts;

  @Option(names = "--from", required = true, paramLabel = "INSTANT",
      description = "The period's start (inclusive), e.g. 2026-10-01T00:00:00Z.")
  Instant from;

  @Option(names = "--to", required = true, paramLabel = "INSTANT",
      description = "The period's end (exclusive): later overrides are not counted.")
  Instant to;

  @Option(names = "--coverage", paramLabel = "SHARE",
      description = "The share of overridden amounts a suggested limit covers (default 0.8).")
  double coverage = GuardrailOverrides.DEFAULT_COVERAGE;

  @Option(names = "--min-overrides", paramLabel = "N",
      description = "The overrides a guardrail and tier need before a limit is suggested (default 5).")
  int minOverrides = GuardrailOverrides.DEFAULT_MIN_OVERRIDES;

  @Option(names = "--text", description = "Print the report in words instead of JSON.")
  boolean text;

  @Override
  public Integer call() throws IOException {
    RuleSet ruleSet = DecideCommand.read(rules, RuleSet.class);
    Map<EventId, OverrideRecorded> overrides = new TreeMap<>();
    Map<CustomerId, Scores> scores = new TreeMap<>();
    try (Reader in = Utf8Reader.open(contexts)) {
      Iterator<DecisionContext> it = ContextLines.read(in);
      while (it.hasNext()) {
        DecisionContext c = it.next();
        scores.put(c.customer().id(), c.scores());
        for (TimelineEvent e : c.timeline()) {
          if (e instanceof OverrideRecorded o && o.customer().equals(c.customer().id())) {
            overrides.put(o.id(), o);
          }
        }
      }
    } catch (InvalidValueException e) {
      throw new CrmException(contexts.getFileName() + ": " + e.getMessage(), e);
    } catch (UncheckedIOException e) {
      throw new CrmException("cannot read " + contexts + ": " + e.getCause().getMessage(), e);
    }
    OverrideReport report = GuardrailOverrides.summarise(ruleSet.guardrails(), overrides.values(), scores, from, to,
        coverage, minOverrides);
    SummaryCommand.write(spec, null, text ? report.words() : CrmJson.writePretty(report) + "\n");
    return 0;
  }
}
