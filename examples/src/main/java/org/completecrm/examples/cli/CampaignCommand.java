package org.completecrm.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.completecrm.core.CrmException;
import org.completecrm.core.InvalidValueException;
import org.completecrm.core.json.CrmJson;
import org.completecrm.examples.campaign.PlanCsv;
import org.completecrm.rules.campaign.CampaignPlan;
import org.completecrm.rules.campaign.CampaignPlanner;
import org.completecrm.rules.campaign.CampaignPlans;
import org.completecrm.rules.campaign.CampaignSettings;
import org.completecrm.rules.ruleset.RuleSet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code crm campaign}: the plan of a campaign run for a whole base of contexts, as CSV, with its summary as JSON. */
@Command(
    name = "campaign",
    mixinStandardHelpOptions = true,
    description = "Plan a campaign run for every customer of a JSON Lines file of decision contexts: at most "
        + "one action, channel and send instant each, within the budgets and team capacities of the settings, "
        + "or why none. Writes the plan as CSV (customer_id,household_id,action_id,channel,send_at,"
        + "expected_value,reason) and its summary as JSON (per offer, channel, team and segment; the optimality "
        + "gap) to standard error or --summary.",
    footer = {"", "Example:", "  crm campaign --rules rules.json --settings campaign.json \\",
        "      --contexts contexts.jsonl --at 2026-11-23T07:00:00Z --out plan.csv"})
final class CampaignCommand implements Callable<Integer> {
  private static final int PROGRESS_EVERY = 100_000;

  @Spec CommandSpec spec;

  @Option(names = "--rules", required = true, paramLabel = "FILE", description = "The rule set (JSON).")
  Path rules;

  @Option(names = "--settings", required = true, paramLabel = "FILE",
      description = "The campaign settings (JSON): budgets, team capacity, households, send window.")
  Path settings;

  @Option(names = "--contexts", required = true, paramLabel = "FILE",
      description = "The customers' decision contexts, one JSON document per line.")
  Path contexts;

  @Option(names = "--at", required = true, paramLabel = "INSTANT",
      description = "The run's instant and the start of the send window, e.g. 2026-11-23T07:00:00Z.")
  Instant at;

  @Option(names = "--out", paramLabel = "FILE", description = "Write the plan (CSV) here instead of standard output.")
  Path out;

  @Option(names = "--summary", paramLabel = "FILE",
      description = "Write the summary (JSON) here instead of standard error.")
  Path summary;

  @Option(names = "--seed", paramLabel = "S", description = "The seed of the order that breaks ties (default 0).")
  long seed;

  @picocli.CommandLine.Mixin ThreadsOption threads;

  @Override
  public Integer call() throws IOException {
    RuleSet ruleSet = DecideCommand.read(rules, RuleSet.class);
    CampaignSettings campaign = DecideCommand.read(settings, CampaignSettings.class);
    try {
      campaign.checkAgainst(ruleSet);
    } catch (InvalidValueException e) {
      throw new CrmException(settings.getFileName() + ": " + e.getMessage(), e);
    }
    PrintWriter err = spec.commandLine().getErr();
    CampaignPlanner planner = CampaignPlans.planner(ruleSet, campaign, at, seed);
    long start = System.nanoTime();
    int[] reported = {0};
    try {
      planner.addJsonLines(contexts, threads.count, done -> {
        if (done / PROGRESS_EVERY > reported[0]) {
          reported[0] = done / PROGRESS_EVERY;
          err.printf(Locale.ROOT, "crm campaign: %,d customers decided in %.1f s%n", done,
              (System.nanoTime() - start) / 1e9);
          err.flush();
        }
      });
    } catch (InvalidValueException e) {
      throw new CrmException(contexts.getFileName() + ": " + e.getMessage(), e);
    } catch (UncheckedIOException e) {
      throw new CrmException("cannot read " + contexts + ": " + e.getCause().getMessage(), e);
    }
    CampaignPlan plan = planner.plan();
    if (planner.customers() >= PROGRESS_EVERY) {
      err.printf(Locale.ROOT, "crm campaign: plan of %,d customers made in %.1f s%n", planner.customers(),
          (System.nanoTime() - start) / 1e9);
    }
    if (out == null) {
      PlanCsv.write(plan, spec.commandLine().getOut());
    } else {
      try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
        PlanCsv.write(plan, w);
      }
    }
    String json = CrmJson.writePretty(plan.summary());
    if (summary == null) {
      err.println(json);
    } else {
      Files.writeString(summary, json + "\n", StandardCharsets.UTF_8);
    }
    err.flush();
    return 0;
  }
}
