package org.completecrm.examples.cli;

import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The columns of a transactions file, the same options and defaults in {@code summary}, {@code
 * tour} and {@code report}: a column left unnamed is the first of its usual names in the header.
 */
final class TransactionColumns {
  @Option(names = "--customer-column", paramLabel = "C",
      description = "Customer id column (default: the first of customer_id, masterid, customer, id, ID).")
  String customer;

  @Option(names = "--date-column", paramLabel = "D",
      description = "Date column: YYYY-MM-DD, YYYYMMDD or a date and time "
          + "(default: the first of date, order_date, purchase_date).")
  String date;

  @Option(names = "--amount-column", paramLabel = "A",
      description = "Amount column (default: the first of amount, sales, dollar_value, revenue, value).")
  String amount;

  @Mixin DelimiterOption delimiter;
}
