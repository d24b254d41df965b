package org.completecrm.examples.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.completecrm.analytics.summary.Purchase;
import org.completecrm.core.CustomerId;
import org.completecrm.core.InvalidValueException;

/** Reads a transactions CSV for {@code summary}, {@code tour} and {@code report}, finding unnamed columns by their usual names. */
final class TransactionsFile {
  private static final List<String> CUSTOMER_COLUMNS = List.of("customer_id", "masterid", "customer", "id", "ID");
  private static final List<String> DATE_COLUMNS = List.of("date", "order_date", "purchase_date");
  private static final List<String> AMOUNT_COLUMNS = List.of("amount", "sales", "dollar_value", "revenue", "value");

  private TransactionsFile() {}

  /** The purchases of {@code file}, in memory. */
  static List<Purchase> read(Path file, TransactionColumns columns) {
    List<Purchase> purchases = new ArrayList<>();
    forEach(file, columns, purchases::add);
    if (purchases.isEmpty()) {
      throw new InvalidValueException(file.getFileName().toString(), "no rows", "a header and at least one transaction");
    }
    return purchases;
  }

  /** Streams the purchases of {@code file} to {@code action}, one row at a time. */
  static void forEach(Path file, TransactionColumns columns, Consumer<Purchase> action) {
    String[] names = new String[3];
    ValueCsv.forEach(file, columns.delimiter.delimiter, header -> {
      names[0] = columns.customer != null ? columns.customer : pick(file, header, CUSTOMER_COLUMNS, "--customer-column");
      names[1] = columns.date != null ? columns.date : pick(file, header, DATE_COLUMNS, "--date-column");
      names[2] = columns.amount != null ? columns.amount : pick(file, header, AMOUNT_COLUMNS, "--amount-column");
    }, r -> {
      Purchase p;
      try {
        p = new Purchase(CustomerId.of(r.text(names[0])), r.date(names[1]), r.number(names[2]));
      } catch (InvalidValueException e) {
        if (e.field().startsWith(file.getFileName().toString())) {
          throw e;
        }
        String column = e.field().endsWith(".amount") ? names[2] : e.field().endsWith(".date") ? names[1] : names[0];
        throw new InvalidValueException(r.where(column), e.rejectedValue(), e.expected());
      }
      action.accept(p);
    });
  }

  private static String pick(Path file, List<String> header, List<String> candidates, String option) {
    for (String name : candidates) {
      if (header.contains(name)) {
        return name;
      }
    }
    throw new InvalidValueException(file.getFileName() + " line 1 (the header)", String.join(",", header),
        "a column named one of " + candidates + ", or name it with " + option);
  }
}
