package org.completecrm.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.completecrm.analytics.summary.CalibrationHoldout;
import org.completecrm.analytics.summary.CustomerSummary;
import org.completecrm.analytics.summary.DiscreteSummary;
import org.completecrm.analytics.summary.Purchase;
import org.completecrm.analytics.summary.Summaries;
import org.completecrm.analytics.summary.SummaryUnit;
import org.completecrm.core.CustomerId;
import org.completecrm.core.InvalidValueException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code crm summary}: folds a transactions CSV into the per-customer summary CSV ({@code
 * customer_id,frequency,recency,T,monetary_value}, plus {@code
 * frequency_holdout,monetary_value_holdout,duration_holdout} with an observation end, then
 * {@code unit}), or with {@code --form bg-bb} into the BG/BB form ({@code
 * customer_id,frequency,recency,periods,unit}). Rows are in the natural order of the ids
 * ({@link IdOrder}); the amounts of a customer's day are summed exactly, so the output does not
 * depend on the order of the transactions.
 */
@Command(
    name = "summary",
    mixinStandardHelpOptions = true,
    description = "Summarise transactions per customer (frequency, recency, T, mean repeat spend).")
final class SummaryCommand implements Callable<Integer> {
  /** The forms {@code --form} takes. */
  static final String FORMS = "standard, bg-bb";

  @Spec CommandSpec spec;

  @Option(names = "--transactions", required = true, paramLabel = "FILE",
      description = "Transactions CSV with a header row.")
  Path transactions;

  @Mixin TransactionColumns columns;

  @Option(names = "--calibration-end", required = true, paramLabel = "DATE",
      description = "Last day of the calibration period (inclusive).")
  LocalDate calibrationEnd;

  @Option(names = "--observation-end", paramLabel = "DATE",
      description = "Last day of the holdout period (inclusive); adds holdout columns.")
  LocalDate observationEnd;

  @Option(names = "--unit", paramLabel = "UNIT", defaultValue = "days",
      description = "Time unit of recency and T, written in the unit column: days or weeks "
          + "(default: ${DEFAULT-VALUE}).")
  String unit;

  @Option(names = "--form", paramLabel = "FORM", defaultValue = "standard",
      description = "standard (frequency,recency,T,monetary_value) or bg-bb "
          + "(frequency,recency,periods: one opportunity per unit) (default: ${DEFAULT-VALUE}).")
  String form;

  @Option(names = "--out", paramLabel = "FILE", description = "Write the CSV here instead of standard output.")
  Path out;

  @Override
  public Integer call() throws IOException {
    SummaryUnit u = unit(spec, unit);
    endsInOrder(spec, calibrationEnd, observationEnd);
    boolean bgBb = switch (form) {
      case "standard" -> false;
      case "bg-bb" -> true;
      default -> throw UsageErrors.invalid(spec.commandLine(), "--form", form, "one of [" + FORMS + "]");
    };
    if (bgBb && observationEnd != null) {
      throw UsageErrors.invalid(spec.commandLine(), "--observation-end", observationEnd,
          "no holdout with --form bg-bb (its summaries have no holdout columns)");
    }
    List<Purchase> purchases = purchasesByDay();
    String unitCell = "," + u.name() + "\n";
    StringBuilder sb = new StringBuilder(purchases.size() * 48);
    if (bgBb) {
      sb.append("customer_id,frequency,recency,periods,").append(UnitColumn.NAME).append('\n');
      List<DiscreteSummary> rows = new ArrayList<>(Summaries.discrete(purchases, calibrationEnd, u));
      rows.sort(Comparator.comparing(d -> d.customerId().value(), IdOrder.NATURAL));
      for (DiscreteSummary d : rows) {
        sb.append(ValueCsv.cell(d.customerId().value())).append(',').append(d.frequency()).append(',')
            .append(d.recency()).append(',').append(d.periods()).append(unitCell);
      }
      write(spec, out, sb.toString());
      return 0;
    }
    LocalDate end = observationEnd == null ? calibrationEnd : observationEnd;
    List<CalibrationHoldout> rows = new ArrayList<>(Summaries.withHoldout(purchases, calibrationEnd, end, u));
    rows.sort(Comparator.comparing(r -> r.calibration().customerId().value(), IdOrder.NATURAL));
    boolean holdout = observationEnd != null;
    sb.append("customer_id,frequency,recency,T,monetary_value");
    if (holdout) {
      sb.append(",frequency_holdout,monetary_value_holdout,duration_holdout");
    }
    sb.append(',').append(UnitColumn.NAME).append('\n');
    for (CalibrationHoldout row : rows) {
      CustomerSummary s = row.calibration();
      sb.append(ValueCsv.cell(s.customerId().value())).append(',').append(s.frequency()).append(',')
          .append(ValueCsv.number(s.recency())).append(',').append(ValueCsv.number(s.age()))
          .append(',').append(ValueCsv.number(s.monetaryValue()));
      if (holdout) {
        sb.append(',').append(row.holdoutFrequency()).append(',')
            .append(ValueCsv.number(row.holdoutMonetaryValue())).append(',')
            .append(ValueCsv.number(row.holdoutDuration()));
      }
      sb.append(unitCell);
    }
    write(spec, out, sb.toString());
    return 0;
  }

  /**
   * The purchases of the transactions file, one per customer and day: streamed, only one row held
   * at a time, and a customer's purchases of one day merged as they arrive (the summaries count
   * them as one anyway), summed exactly so that their order does not matter. Memory grows with
   * the distinct customer-days, not with the file.
   */
  private List<Purchase> purchasesByDay() {
    Map<CustomerId, Map<LocalDate, BigDecimal>> days = new HashMap<>();
    TransactionsFile.forEach(transactions, columns, p ->
        days.computeIfAbsent(p.customerId(), k -> new HashMap<>())
            .merge(p.date(), new BigDecimal(p.amount()), BigDecimal::add));
    List<Purchase> purchases = new ArrayList<>();
    days.forEach((customer, amounts) -> amounts.forEach((day, amount) ->
        purchases.add(new Purchase(customer, day, amount.doubleValue()))));
    return purchases;
  }

  /** The --unit option's value as a unit, or a usage error. */
  static SummaryUnit unit(CommandSpec spec, String text) {
    try {
      return SummaryUnit.parse(text);
    } catch (InvalidValueException e) {
      throw UsageErrors.invalid(spec.commandLine(), "--unit", text, e.expected());
    }
  }

  /** A usage error unless the observation end (if given) is on or after the calibration end. */
  static void endsInOrder(CommandSpec spec, LocalDate calibrationEnd, LocalDate observationEnd) {
    if (calibrationEnd != null && observationEnd != null && observationEnd.isBefore(calibrationEnd)) {
      throw UsageErrors.invalid(spec.commandLine(), "--observation-end", observationEnd,
          "a date on or after --calibration-end " + calibrationEnd);
    }
  }

  static void write(CommandSpec spec, Path out, String text) {
    if (out == null) {
      PrintWriter w = spec.commandLine().getOut();
      w.print(text);
      w.flush();
      return;
    }
    try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      w.write(text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
