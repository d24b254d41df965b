package org.completecrm.examples.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.completecrm.analytics.summary.Purchase;
import org.completecrm.core.CustomerId;
import org.completecrm.core.InvalidValueException;

/** Reads a transactions CSV for {@code tour} and {@code report}, finding its columns by their usual names. */
final class TransactionsFile {
  private static final List<String> CUSTOMER_COLUMNS = List.of("customer_id", "masterid", "customer", "id", "ID");
  private static final List<String> DATE_COLUMNS = List.of("date", "order_date", "purchase_date");
  private static final List<String> AMOUNT_COLUMNS = List.of("amount", "sales", "dollar_value", "revenue", "value");

  private TransactionsFile() {}

  /** The purchases of {@code file}, read row by row; a null column name means: find it among the usual names. */
  static List<Purchase> read(Path file, String customerColumn, String dateColumn, String amountColumn) {
    List<Purchase> purchases = new ArrayList<>();
    String[] columns = new String[3];
    ValueCsv.forEach(file, r -> {
      if (columns[0] == null) {
        columns[0] = customerColumn != null ? customerColumn : pick(file, r, CUSTOMER_COLUMNS, "--customer-column");
        columns[1] = dateColumn != null ? dateColumn : pick(file, r, DATE_COLUMNS, "--date-column");
        columns[2] = amountColumn != null ? amountColumn : pick(file, r, AMOUNT_COLUMNS, "--amount-column");
      }
      purchases.add(new Purchase(CustomerId.of(r.text(columns[0])), r.date(columns[1]), r.number(columns[2])));
    });
    if (purchases.isEmpty()) {
      throw new InvalidValueException(file.getFileName().toString(), "no rows", "a header and at least one transaction");
    }
    return purchases;
  }

  private static String pick(Path file, ValueCsv.Row first, List<String> candidates, String option) {
    for (String name : candidates) {
      if (first.cells().containsKey(name)) {
        return name;
      }
    }
    throw new InvalidValueException(file.getFileName() + " columns", first.cells().keySet(),
        "one of " + candidates + ", or name the column with " + option);
  }
}
