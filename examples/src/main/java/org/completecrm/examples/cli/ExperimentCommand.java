package org.completecrm.examples.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.completecrm.analytics.experiment.ExperimentAnalysis;
import org.completecrm.analytics.experiment.ExperimentReport;
import org.completecrm.analytics.experiment.UnitOutcome;
import org.completecrm.core.CustomerId;
import org.completecrm.core.InvalidValueException;
import org.completecrm.core.experiment.Assignment;
import org.completecrm.core.json.CrmJson;
import org.completecrm.core.propensity.AdaptiveModel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code crm experiment}: the per-arm analysis of experiments from decisions and outcomes. */
@Command(
    name = "experiment",
    mixinStandardHelpOptions = true,
    description = "Analyse experiments: per arm the response rate and value per customer, and the uplift of each "
        + "arm against the control group and of each challenger against the champion, with 95%% intervals. "
        + "Reads the decisions (JSON lines, each with \"customer\" and \"experiment\": {\"experiment\", \"arm\", "
        + "\"role\"}; decisions outside an experiment are skipped) and the outcomes (CSV as for crm learn, "
        + "with an optional value column; a customer responded when any row of theirs is accepted). Prints "
        + "JSON, or with --text the report in words.",
    footer = {"", "Example:", "  crm experiment --decisions decisions.jsonl --outcomes outcomes.csv --text"})
final class ExperimentCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--decisions", required = true, paramLabel = "FILE", description = "The decisions (JSON lines).")
  Path decisions;

  @Option(names = "--outcomes", required = true, paramLabel = "FILE", description = "The outcomes (CSV).")
  Path outcomes;

  @Option(names = "--text", description = "Print the report in words instead of JSON.")
  boolean text;

  @Mixin DelimiterOption delimiter;

  @Override
  public Integer call() {
    Map<String, Map<CustomerId, Assignment>> experiments = readDecisions();
    Map<CustomerId, double[]> results = new HashMap<>();
    OutcomesCsv.forEach(outcomes, delimiter.delimiter, AdaptiveModel.standardPredictors(), row -> {
      double[] r = results.computeIfAbsent(row.customer(), k -> new double[2]);
      r[0] = Math.max(r[0], row.response() == org.completecrm.core.timeline.OfferResponse.ACCEPTED ? 1 : 0);
      r[1] += row.value();
    });
    List<ExperimentReport> reports = new ArrayList<>();
    experiments.forEach((id, customers) -> {
      List<UnitOutcome> units = new ArrayList<>(customers.size());
      customers.forEach((customer, a) -> {
        double[] r = results.getOrDefault(customer, new double[2]);
        units.add(new UnitOutcome(a.arm(), a.role(), r[0] > 0, r[1]));
      });
      reports.add(ExperimentAnalysis.analyse(id, units));
    });
    if (text) {
      StringBuilder s = new StringBuilder();
      reports.forEach(r -> s.append(r.words()));
      SummaryCommand.write(spec, null, s.length() == 0 ? "no decisions in an experiment\n" : s.toString());
    } else {
      SummaryCommand.write(spec, null, CrmJson.writePretty(reports) + "\n");
    }
    return 0;
  }

  private Map<String, Map<CustomerId, Assignment>> readDecisions() {
    Map<String, Map<CustomerId, Assignment>> experiments = new TreeMap<>();
    try (BufferedReader in = new BufferedReader(Utf8Reader.open(decisions))) {
      String line;
      int number = 0;
      while ((line = in.readLine()) != null) {
        number++;
        if (line.isBlank()) {
          continue;
        }
        String where = decisions.getFileName() + " line " + number;
        JsonNode node;
        try {
          node = CrmJson.read(line, JsonNode.class);
        } catch (InvalidValueException e) {
          throw new InvalidValueException(where, e.rejectedValue(), e.expected());
        }
        if (!node.isObject()) {
          throw new InvalidValueException(where, line, "a JSON object (a decision) per line");
        }
        JsonNode experiment = node.get("experiment");
        if (experiment == null) {
          continue;
        }
        JsonNode customer = node.get("customer");
        if (customer == null || !customer.isTextual()) {
          throw new InvalidValueException(where + " customer", String.valueOf(customer), "the customer's id");
        }
        Assignment a;
        try {
          a = CrmJson.mapper().treeToValue(experiment, Assignment.class);
        } catch (IOException | IllegalArgumentException e) {
          throw new InvalidValueException(where + " experiment", experiment.toString(),
              "{\"experiment\": id, \"arm\": name, \"role\": CHAMPION, CHALLENGER or CONTROL}");
        }
        CustomerId id = CustomerId.of(customer.asText());
        Assignment before = experiments.computeIfAbsent(a.experiment(), k -> new HashMap<>()).putIfAbsent(id, a);
        if (before != null && !before.equals(a)) {
          throw new InvalidValueException(where + " experiment", a.arm(),
              "the arm " + before.arm() + " the customer was in before (assignment is deterministic)");
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return experiments;
  }
}
