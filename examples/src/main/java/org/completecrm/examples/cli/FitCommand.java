package org.completecrm.examples.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.completecrm.analytics.summary.DiscreteSummary;
import org.completecrm.analytics.summary.SummaryColumns;
import org.completecrm.analytics.value.BgBbModel;
import org.completecrm.analytics.value.BgNbdModel;
import org.completecrm.analytics.value.GammaGammaModel;
import org.completecrm.analytics.value.MbgNbdModel;
import org.completecrm.analytics.value.ModelFit;
import org.completecrm.analytics.value.ParetoNbdModel;
import org.completecrm.core.InvalidValueException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code crm fit}: fits a value model on a summary CSV and prints {@code {"model", "unit",
 * "parameters", "logLikelihood", "standardErrors", "customers", "converged"}} (plus the
 * optimiser's {@code diagnostics} and plain-language {@code warnings}) as JSON. The unit is the
 * summary's ({@link UnitColumn}): the parameters are rates per period of it.
 */
@Command(
    name = "fit",
    mixinStandardHelpOptions = true,
    description = "Fit a customer-value model by maximum likelihood and print it as JSON.")
final class FitCommand implements Callable<Integer> {
  /** A plain mapper: keeps the fields and parameters in the papers' order. */
  private static final ObjectMapper JSON = new ObjectMapper();

  static final String MODELS = "bg-nbd, mbg-nbd, pareto-nbd, bg-bb, gamma-gamma";

  @Spec CommandSpec spec;

  @Option(names = "--model", required = true, paramLabel = "MODEL",
      description = "One of: " + MODELS + ".")
  String model;

  @Option(names = "--summary", required = true, paramLabel = "FILE",
      description = "Summary CSV (customer_id,frequency,recency,T,monetary_value; for bg-bb "
          + "frequency,recency,periods; optional weights and unit).")
  Path summary;

  @picocli.CommandLine.Mixin DelimiterOption delimiter;

  @Option(names = "--out", paramLabel = "FILE", description = "Write the JSON here instead of standard output.")
  Path out;

  @picocli.CommandLine.Mixin ThreadsOption threads;

  /** The summary's time unit, as its rows record it. */
  private UnitColumn unit = new UnitColumn();

  /** The summary read straight into columns (the ids are not needed to fit). */
  private SummaryColumns columns() {
    SummaryCsv.Table table = SummaryCsv.read(summary, delimiter.delimiter);
    unit = table.unit();
    return table.columns();
  }

  private List<DiscreteSummary> discrete() {
    ValueCsv.Discrete table = ValueCsv.discrete(summary, delimiter.delimiter);
    unit = table.unit();
    return table.rows();
  }

  @Override
  public Integer call() throws JsonProcessingException {
    ModelFit<?> fit = switch (model) {
      case BgNbdModel.NAME -> BgNbdModel.fit(columns(), threads.count);
      case MbgNbdModel.NAME -> MbgNbdModel.fit(columns(), threads.count);
      case ParetoNbdModel.NAME -> ParetoNbdModel.fit(columns(), threads.count);
      case GammaGammaModel.NAME -> GammaGammaModel.fit(columns(), threads.count);
      case BgBbModel.NAME -> BgBbModel.fit(discrete());
      default -> throw UsageErrors.invalid(spec.commandLine(), "--model", model, "one of [" + MODELS + "]");
    };
    List<String> warnings = new ArrayList<>(fit.warnings());
    if (!unit.recorded()) {
      warnings.add(summary.getFileName() + " records no unit column: " + unit.unit().name()
          + " assumed (write the summary with 'crm summary', which records it)");
    }
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("model", fit.model().name());
    json.put(UnitColumn.NAME, unit.unit().name());
    json.put("parameters", fit.model().parameters());
    json.put("logLikelihood", fit.logLikelihood());
    Map<String, Double> se = new LinkedHashMap<>();
    for (String name : fit.model().parameters().keySet()) {
      Double v = fit.standardErrors().get(name);
      if (v != null) {
        se.put(name, v);
      }
    }
    json.put("standardErrors", se);
    json.put("customers", fit.customers());
    json.put("converged", fit.converged());
    json.put("diagnostics", fit.diagnostics());
    json.put("warnings", warnings);
    SummaryCommand.write(spec, out,
        JSON.writerWithDefaultPrettyPrinter().writeValueAsString(json) + "\n");
    return 0;
  }
}
