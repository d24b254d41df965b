package org.completecrm.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.completecrm.analytics.summary.CalibrationHoldout;
import org.completecrm.analytics.summary.CustomerSummary;
import org.completecrm.analytics.summary.Purchase;
import org.completecrm.analytics.summary.Summaries;
import org.completecrm.analytics.summary.SummaryUnit;
import org.completecrm.core.CustomerId;
import org.completecrm.core.InvalidValueException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code crm summary}: folds a transactions CSV into the per-customer summary CSV ({@code
 * customer_id,frequency,recency,T,monetary_value}, plus {@code
 * frequency_holdout,monetary_value_holdout,duration_holdout} with an observation end).
 */
@Command(
    name = "summary",
    mixinStandardHelpOptions = true,
    description = "Summarise transactions per customer (frequency, recency, T, mean repeat spend).")
final class SummaryCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--transactions", required = true, paramLabel = "FILE",
      description = "Transactions CSV with a header row.")
  Path transactions;

  @Option(names = "--customer-column", required = true, paramLabel = "C",
      description = "Column holding the customer id.")
  String customerColumn;

  @Option(names = "--date-column", required = true, paramLabel = "D",
      description = "Column holding the date (YYYY-MM-DD, YYYYMMDD or an ISO timestamp's date).")
  String dateColumn;

  @Option(names = "--amount-column", required = true, paramLabel = "A",
      description = "Column holding the amount spent.")
  String amountColumn;

  @Option(names = "--calibration-end", required = true, paramLabel = "DATE",
      description = "Last day of the calibration period (inclusive).")
  LocalDate calibrationEnd;

  @Option(names = "--observation-end", paramLabel = "DATE",
      description = "Last day of the holdout period (inclusive); adds holdout columns.")
  LocalDate observationEnd;

  @Option(names = "--unit", paramLabel = "UNIT", defaultValue = "days",
      description = "Time unit of recency and T: days or weeks (default: ${DEFAULT-VALUE}).")
  String unit;

  @Option(names = "--out", paramLabel = "FILE", description = "Write the CSV here instead of standard output.")
  Path out;

  @Override
  public Integer call() throws IOException {
    SummaryUnit u = unit(spec, unit);
    endsInOrder(spec, calibrationEnd, observationEnd);
    // Streamed: only one row is held at a time, and purchases of a customer on one day are
    // merged as they arrive (the summaries count them as one anyway), so memory grows with the
    // distinct customer-days, not with the file.
    Map<CustomerId, Map<LocalDate, Double>> days = new HashMap<>();
    ValueCsv.forEach(transactions, r -> {
      try {
        Purchase p = new Purchase(CustomerId.of(r.text(customerColumn)), r.date(dateColumn), r.number(amountColumn));
        days.computeIfAbsent(p.customerId(), k -> new HashMap<>()).merge(p.date(), p.amount(), Double::sum);
      } catch (InvalidValueException e) {
        if (e.field().startsWith(transactions.getFileName().toString())) {
          throw e;
        }
        String column = e.field().endsWith(".amount") ? amountColumn
            : e.field().endsWith(".date") ? dateColumn : customerColumn;
        throw new InvalidValueException(r.where(column), e.rejectedValue(), e.expected());
      }
    });
    List<Purchase> purchases = new ArrayList<>();
    days.forEach((customer, amounts) -> amounts.forEach((day, amount) -> purchases.add(new Purchase(customer, day, amount))));
    LocalDate end = observationEnd == null ? calibrationEnd : observationEnd;
    List<CalibrationHoldout> rows = Summaries.withHoldout(purchases, calibrationEnd, end, u);
    boolean holdout = observationEnd != null;
    StringBuilder sb = new StringBuilder(rows.size() * 48);
    sb.append("customer_id,frequency,recency,T,monetary_value");
    if (holdout) {
      sb.append(",frequency_holdout,monetary_value_holdout,duration_holdout");
    }
    sb.append('\n');
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
      sb.append('\n');
    }
    write(spec, out, sb.toString());
    return 0;
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
