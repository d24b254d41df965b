package org.completecrm.examples.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.io.FilterWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.completecrm.analytics.clv.CustomerValues;
import org.completecrm.analytics.summary.DiscreteSummary;
import org.completecrm.analytics.summary.SummaryUnit;
import org.completecrm.analytics.value.BgBbModel;
import org.completecrm.analytics.value.BgNbdModel;
import org.completecrm.analytics.value.GammaGammaModel;
import org.completecrm.analytics.value.MbgNbdModel;
import org.completecrm.analytics.value.ParetoNbdModel;
import org.completecrm.analytics.value.TransactionModel;
import org.completecrm.core.CustomerId;
import org.completecrm.core.InvalidValueException;
import org.completecrm.core.json.CrmJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code crm score}: scores every customer of a summary CSV with a fitted model, writing {@code
 * customer_id,p_alive,expected_purchases} (and {@code expected_spend,clv} with a spend fit), one
 * row per customer in the natural order of the ids ({@link IdOrder}). The summary is held as primitive columns (about
 * 50 bytes a customer, ids included) and scored on {@code --threads} threads.
 * Horizon and discount rate are in the time unit the summary and the fit record (days where
 * neither does), or carry their own unit ({@code 52w}, {@code 0.0018/week}) and are converted; a
 * horizon without a unit is said on standard error in the unit it was taken in.
 */
@Command(
    name = "score",
    mixinStandardHelpOptions = true,
    description = "Score customers: probability alive, expected purchases, expected spend and CLV.")
final class ScoreCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--summary", required = true, paramLabel = "FILE",
      description = "Summary CSV written by 'crm summary' (its unit column says the time unit).")
  Path summary;

  @Option(names = "--fit", required = true, paramLabel = "FILE",
      description = "JSON written by 'crm fit' for bg-nbd, mbg-nbd, pareto-nbd or bg-bb.")
  Path fit;

  @Option(names = "--spend-fit", paramLabel = "FILE",
      description = "JSON written by 'crm fit --model gamma-gamma'; adds expected_spend and clv.")
  Path spendFit;

  @Option(names = "--horizon", required = true, paramLabel = "H", converter = InUnits.Horizon.class,
      description = "Horizon in the summary's time unit, or with its unit: 52w, 365d "
          + "(converted). Whole opportunities for bg-bb.")
  InUnits horizon;

  @Option(names = "--discount-rate", paramLabel = "D", defaultValue = "0", converter = InUnits.Rate.class,
      description = "Discount rate per period of the summary's time unit, or per unit: "
          + "0.0018/week (converted) (default: ${DEFAULT-VALUE}).")
  InUnits discountRate;

  @picocli.CommandLine.Mixin DelimiterOption delimiter;

  /** What a horizon without a unit was taken as, said on standard error once the scores are written. */
  private String note;

  @Option(names = "--out", paramLabel = "FILE", description = "Write the CSV here instead of standard output.")
  Path out;

  @picocli.CommandLine.Mixin ThreadsOption threads;

  @Override
  public Integer call() {
    score();
    if (note != null) {
      spec.commandLine().getErr().println(note);
      spec.commandLine().getErr().flush();
    }
    return 0;
  }

  private void score() {
    JsonNode model = readJson(fit);
    Optional<GammaGammaModel> spend = Optional.empty();
    if (spendFit != null) {
      JsonNode s = readJson(spendFit);
      requireModel(s, spendFit, GammaGammaModel.NAME);
      spend = Optional.of(new GammaGammaModel(param(spendFit, s, "p"), param(spendFit, s, "q"), param(spendFit, s, "gamma")));
    }
    String name = model.path("model").asText("");
    UnitColumn fitUnit = fitUnit(model);
    StringBuilder sb = new StringBuilder();
    sb.append("customer_id,p_alive,expected_purchases");
    if (spend.isPresent()) {
      sb.append(",expected_spend,clv");
    }
    sb.append('\n');
    if (name.equals(BgBbModel.NAME)) {
      if (spend.isPresent()) {
        throw UsageErrors.invalid(spec.commandLine(), "--spend-fit", spendFit,
            "no spend fit with bg-bb (its summaries carry no spend)");
      }
      ValueCsv.Discrete discrete = ValueCsv.discrete(summary, delimiter.delimiter);
      SummaryUnit unit = unit(discrete.unit(), fitUnit);
      double periods = horizon.periodsIn(unit);
      if (periods != Math.rint(periods) || periods < 0) {
        throw UsageErrors.invalid(spec.commandLine(), "--horizon", horizon.text(),
            "a whole number of opportunities (" + unit.name() + ") for bg-bb");
      }
      BgBbModel m = new BgBbModel(param(fit, model, "alpha"), param(fit, model, "beta"), param(fit, model, "gamma"),
          param(fit, model, "delta"));
      List<DiscreteSummary> rows = discrete.rows().stream()
          .sorted((x, y) -> IdOrder.NATURAL.compare(x.customerId().value(), y.customerId().value())).toList();
      CustomerId previous = null;
      for (DiscreteSummary d : rows) {
        if (d.customerId().equals(previous)) {
          throw new InvalidValueException(summary.getFileName() + " column customer_id", d.customerId(), "one row per customer id");
        }
        previous = d.customerId();
        sb.append(ValueCsv.cell(d.customerId().value())).append(',')
            .append(ValueCsv.number(m.probabilityAlive(d))).append(',')
            .append(ValueCsv.number(m.expectedPurchases(d, (int) periods))).append('\n');
      }
    } else {
      // Columnar: the summary is read into primitive columns (about 50 bytes a customer), scored
      // on the chosen threads into arrays, and written from them in blocks formatted in parallel.
      TransactionModel m = transactionModel(model, name);
      SummaryCsv.Table table = SummaryCsv.read(summary, delimiter.delimiter);
      SummaryUnit unit = unit(table.unit(), fitUnit);
      double periods = horizon.periodsIn(unit);
      double rate = discountRate.ratePer(unit);
      try {
        CustomerValues.score(m, spend, List.of(), periods, rate);
      } catch (InvalidValueException e) {
        boolean isRate = e.field().equals("discountRate");
        throw UsageErrors.invalid(spec.commandLine(), isRate ? "--discount-rate" : "--horizon",
            isRate ? discountRate.text() : horizon.text(), e.expected());
      }
      int duplicate = table.ids().firstDuplicate();
      if (duplicate >= 0) {
        throw new InvalidValueException(summary.getFileName() + " column customer_id", table.ids().get(duplicate),
            "one row per customer id");
      }
      int n = table.columns().size();
      double[] alive = new double[n];
      double[] expected = new double[n];
      double[] spendPerPurchase = spend.isPresent() ? new double[n] : null;
      double[] clv = spend.isPresent() ? new double[n] : null;
      CustomerValues.scoreColumns(m, spend, table.columns(), periods, rate, threads.count,
          alive, expected, spendPerPurchase, clv);
      try (Writer w = writer()) {
        w.write(sb.toString());
        ScoreCsv.write(w, table.ids(), table.ids().naturalOrder(), threads.count, alive, expected, spendPerPurchase, clv);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return;
    }
    SummaryCommand.write(spec, out, sb.toString());
  }

  /**
   * The time unit of the scores: the one the summary records, else the fit's, else {@link
   * UnitColumn#ASSUMED}; a summary and a fit in different units are refused. A horizon written
   * without a unit is said on standard error in the unit it is taken in.
   */
  private SummaryUnit unit(UnitColumn summaryUnit, UnitColumn fitUnit) {
    if (summaryUnit.recorded() && fitUnit.recorded() && !summaryUnit.unit().equals(fitUnit.unit())) {
      throw new InvalidValueException(summary.getFileName() + " column " + UnitColumn.NAME, summaryUnit.unit().name(),
          fitUnit.unit().name() + ", the unit of the fit " + fit.getFileName() + " (summarise and fit in one unit)");
    }
    SummaryUnit unit = summaryUnit.recorded() ? summaryUnit.unit() : fitUnit.unit();
    if (horizon.unit().isEmpty()) {
      String source = summaryUnit.recorded() ? "the unit of " + summary.getFileName()
          : fitUnit.recorded() ? "the unit of " + fit.getFileName()
          : "assumed: " + summary.getFileName() + " and " + fit.getFileName() + " record no unit";
      note = spec.qualifiedName() + ": --horizon " + horizon.text() + " is " + horizon.assumed(unit)
          + " (" + source + "; write 52w or 365d to say the unit)";
    }
    return unit;
  }

  /** The unit the fit JSON records in {@code "unit"}, if any. */
  private UnitColumn fitUnit(JsonNode json) {
    UnitColumn unit = new UnitColumn();
    JsonNode u = json.path(UnitColumn.NAME);
    if (!u.isMissingNode()) {
      unit.accept(u.isTextual() ? u.asText() : u.toString(), fit.getFileName() + " $." + UnitColumn.NAME);
    }
    return unit;
  }

  /** The output: the file given with --out, or standard output (flushed, not closed). */
  private Writer writer() throws IOException {
    if (out != null) {
      return Files.newBufferedWriter(out, StandardCharsets.UTF_8);
    }
    PrintWriter stdout = spec.commandLine().getOut();
    return new FilterWriter(stdout) {
      @Override
      public void close() {
        stdout.flush();
      }
    };
  }

  private TransactionModel transactionModel(JsonNode json, String name) {
    switch (name) {
      case BgNbdModel.NAME:
        return new BgNbdModel(param(fit, json, "r"), param(fit, json, "alpha"), param(fit, json, "a"), param(fit, json, "b"));
      case MbgNbdModel.NAME:
        return new MbgNbdModel(param(fit, json, "r"), param(fit, json, "alpha"), param(fit, json, "a"), param(fit, json, "b"));
      case ParetoNbdModel.NAME:
        return new ParetoNbdModel(param(fit, json, "r"), param(fit, json, "alpha"), param(fit, json, "s"),
            param(fit, json, "beta"));
      default:
        throw new InvalidValueException(fit.getFileName() + " model", name,
            "one of [bg-nbd, mbg-nbd, pareto-nbd, bg-bb]");
    }
  }

  private static void requireModel(JsonNode json, Path file, String name) {
    if (!name.equals(json.path("model").asText())) {
      throw new InvalidValueException(file.getFileName() + " model", json.path("model").asText(),
          "'" + name + "'");
    }
  }

  private static double param(Path file, JsonNode json, String name) {
    JsonNode v = json.path("parameters").path(name);
    if (!v.isNumber()) {
      throw new InvalidValueException(file.getFileName() + " $.parameters." + name, v.isMissingNode() ? "missing" : v.toString(),
          "a number in the fit JSON");
    }
    return v.asDouble();
  }

  private static JsonNode readJson(Path file) {
    try {
      return CrmJson.mapper().readTree(Files.readAllBytes(file)); // bytes: a byte order mark and bad UTF-8 are found
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      var where = e.getLocation();
      String problem = e.getOriginalMessage().split(": was expecting|\n", 2)[0];
      throw new InvalidValueException(file.getFileName()
          + (where == null ? "" : " line " + where.getLineNr() + " column " + where.getColumnNr()), problem,
          "a JSON document written by 'crm fit'");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
