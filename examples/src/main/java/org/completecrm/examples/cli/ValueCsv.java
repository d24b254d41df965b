package org.completecrm.examples.cli;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.completecrm.analytics.summary.CustomerSummary;
import org.completecrm.analytics.summary.DiscreteSummary;
import org.completecrm.core.CustomerId;
import org.completecrm.core.InvalidValueException;

/** Reading and writing the CSV files of the value commands (header rows, lifetimes' column names). */
final class ValueCsv {
  private ValueCsv() {}

  /** One CSV row by column name, with its line number for error messages. */
  record Row(int line, Map<String, String> cells, Path file) {
    boolean has(String column) {
      String v = cells.get(column);
      return v != null && !v.isBlank();
    }

    String text(String column) {
      String v = cells.get(column);
      if (v == null) {
        throw new InvalidValueException(file.getFileName() + " column " + column, "missing",
            "a column named '" + column + "' (columns: " + cells.keySet() + ")");
      }
      if (v.isBlank()) {
        throw new InvalidValueException(where(column), "", "a value");
      }
      return v.trim();
    }

    double number(String column) {
      String v = text(column);
      try {
        return Double.parseDouble(v);
      } catch (NumberFormatException e) {
        throw new InvalidValueException(where(column), v, "a number");
      }
    }

    int integer(String column) {
      double v = number(column);
      if (v != Math.rint(v) || Math.abs(v) > Integer.MAX_VALUE) {
        throw new InvalidValueException(where(column), v, "a whole number");
      }
      return (int) v;
    }

    LocalDate date(String column) {
      String v = text(column);
      try {
        return v.length() == 8 && v.chars().allMatch(Character::isDigit)
            ? LocalDate.parse(v, DateTimeFormatter.BASIC_ISO_DATE)
            : LocalDate.parse(v.length() > 10 ? v.substring(0, 10) : v);
      } catch (DateTimeParseException e) {
        throw new InvalidValueException(where(column), v, "a date as YYYY-MM-DD or YYYYMMDD");
      }
    }

    String where(String column) {
      return file.getFileName() + " line " + line + " column " + column;
    }
  }

  /** Every row of {@code file}, in memory; prefer {@link #forEach} for files of any size. */
  static List<Row> read(Path file) {
    List<Row> rows = new ArrayList<>();
    forEach(file, rows::add);
    return rows;
  }

  /**
   * Streams the rows of {@code file} to {@code action} one at a time, so that a file larger than
   * memory can be processed: only the current row is held.
   */
  static void forEach(Path file, Consumer<Row> action) {
    CsvMapper mapper = new CsvMapper();
    mapper.enable(CsvParser.Feature.TRIM_SPACES);
    CsvSchema schema = CsvSchema.emptySchema().withHeader();
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        MappingIterator<Map<String, String>> it =
            mapper.readerForMapOf(String.class).with(schema).readValues(reader)) {
      int line = 1;
      while (it.hasNext()) {
        line++;
        action.accept(new Row(line, it.next(), file));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (RuntimeException e) {
      if (e.getCause() instanceof IOException io) {
        throw new InvalidValueException(file.getFileName().toString(), io.getMessage(),
            "a CSV file with a header row");
      }
      throw e;
    }
  }

  /** Streams the summaries of a summary CSV (lifetimes' columns) to {@code action}. */
  static void forEachSummary(Path file, Consumer<CustomerSummary> action) {
    forEach(file, r -> action.accept(summary(file, r)));
  }

  static List<CustomerSummary> summaries(Path file) {
    List<CustomerSummary> out = new ArrayList<>();
    forEachSummary(file, out::add);
    return out;
  }

  private static CustomerSummary summary(Path file, Row r) {
    long weight = r.has("weights") ? r.integer("weights") : 1;
    CustomerId id = r.has("customer_id") ? CustomerId.of(r.text("customer_id"))
        : CustomerId.of("row-" + (r.line() - 1));
    try {
      return new CustomerSummary(id, r.integer("frequency"), r.number("recency"),
          r.number("T"), r.has("monetary_value") ? r.number("monetary_value") : 0, weight);
    } catch (InvalidValueException e) {
      throw new InvalidValueException(file.getFileName() + " line " + r.line() + ": " + e.field(),
          e.rejectedValue(), e.expected());
    }
  }

  static List<DiscreteSummary> discrete(Path file) {
    List<DiscreteSummary> out = new ArrayList<>();
    for (Row r : read(file)) {
      long weight = r.has("weights") ? r.integer("weights") : 1;
      CustomerId id = r.has("customer_id") ? CustomerId.of(r.text("customer_id"))
          : CustomerId.of("row-" + (r.line() - 1));
      try {
        out.add(new DiscreteSummary(id, r.integer("frequency"), r.integer("recency"),
            r.integer("periods"), weight));
      } catch (InvalidValueException e) {
        throw new InvalidValueException(file.getFileName() + " line " + r.line() + ": " + e.field(),
            e.rejectedValue(), e.expected());
      }
    }
    return out;
  }

  /** A number as plain decimal text (no exponent), e.g. {@code 38.857142857142854}. */
  static String number(double v) {
    if (v == Math.rint(v) && Math.abs(v) < 1e15) {
      return Long.toString((long) v);
    }
    return BigDecimal.valueOf(v).toPlainString();
  }

  /** Quotes a CSV cell when needed. */
  static String cell(String s) {
    if (s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r")) {
      return "\"" + s.replace("\"", "\"\"") + "\"";
    }
    return s;
  }
}
