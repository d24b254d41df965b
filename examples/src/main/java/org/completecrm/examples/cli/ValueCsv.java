package org.completecrm.examples.cli;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.completecrm.analytics.summary.DiscreteSummary;
import org.completecrm.core.CustomerId;
import org.completecrm.core.InvalidValueException;

/** Reading and writing the CSV files of the value commands (header rows, lifetimes' column names). */
final class ValueCsv {
  /** Longest number accepted in a cell, in characters. */
  static final int MAX_NUMBER_LENGTH = 100;
  private static final java.util.regex.Pattern DECIMAL =
      java.util.regex.Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d{1,4})?");

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
        throw new InvalidValueException(file.getFileName() + " line 1 (the header)", String.join(",", cells.keySet()),
            "a column named '" + column + "'");
      }
      if (v.isBlank()) {
        throw new InvalidValueException(where(column), "", "a value");
      }
      return v.trim();
    }

    /** A finite decimal number such as {@code 12}, {@code -0.5} or {@code 1.2e3}; not hexadecimal, suffixed ({@code 8f}), NaN or infinite. */
    double number(String column) {
      String v = text(column);
      if (v.length() > MAX_NUMBER_LENGTH || !DECIMAL.matcher(v).matches()) {
        throw new InvalidValueException(where(column), v, "a decimal number such as 12.50");
      }
      double d = Double.parseDouble(v);
      if (!Double.isFinite(d)) {
        throw new InvalidValueException(where(column), v, "a finite number");
      }
      return d;
    }

    int integer(String column) {
      double v = number(column);
      if (v != Math.rint(v) || Math.abs(v) > Integer.MAX_VALUE) {
        throw new InvalidValueException(where(column), v, "a whole number");
      }
      return (int) v;
    }

    /**
     * A date as {@code YYYY-MM-DD} or {@code YYYYMMDD}, or the date of a date and time such as
     * {@code 2024-05-01T10:15:00} or {@code 2024-05-01 10:15:00}; trailing text and impossible
     * times are refused.
     */
    LocalDate date(String column) {
      String v = text(column);
      try {
        if (v.length() == 8 && v.chars().allMatch(Character::isDigit)) {
          return LocalDate.parse(v, DateTimeFormatter.BASIC_ISO_DATE);
        }
        if (v.length() > 10 && (v.charAt(10) == 'T' || v.charAt(10) == ' ')) {
          LocalDate date = LocalDate.parse(v.substring(0, 10));
          String time = v.substring(11);
          if (time.endsWith("Z") || time.indexOf('+') > 0 || time.lastIndexOf('-') > 0) {
            java.time.OffsetTime.parse(time.endsWith("Z") ? time.substring(0, time.length() - 1) + "+00:00" : time);
          } else {
            java.time.LocalTime.parse(time);
          }
          return date;
        }
        return LocalDate.parse(v);
      } catch (DateTimeParseException e) {
        throw new InvalidValueException(where(column), v,
            "a date as YYYY-MM-DD or YYYYMMDD, or a date and time such as 2024-05-01T10:15:00");
      }
    }

    String where(String column) {
      return file.getFileName() + " line " + line + " column " + column;
    }
  }

  /**
   * Streams the rows of {@code file} to {@code action} one at a time, so that a file larger than
   * memory can be processed: only the current row is held.
   */
  static void forEach(Path file, Delimiter delimiter, Consumer<Row> action) {
    forEach(file, delimiter, header -> { }, action);
  }

  /**
   * Streams the rows of {@code file} as {@link #forEach(Path, Delimiter, Consumer)}, first handing
   * the header's column names to {@code header}. Every command reads CSV this one strict way: UTF-8
   * (a byte order mark skipped; other bytes named with their line), cells separated by {@code
   * delimiter}, a header of distinct names, no row wider than the header, quotes balanced, blank
   * lines skipped; errors name the file, line and column.
   */
  static void forEach(Path file, Delimiter delimiter, Consumer<List<String>> header, Consumer<Row> action) {
    CsvMapper mapper = new CsvMapper();
    mapper.enable(CsvParser.Feature.TRIM_SPACES);
    mapper.enable(CsvParser.Feature.SKIP_EMPTY_LINES);
    CsvSchema schema = CsvSchema.emptySchema().withHeader().withColumnSeparator(delimiter.separator());
    try (Reader reader = delimiter.open(Utf8Reader.open(file))) {
      MappingIterator<Map<String, String>> it = mapper.readerForMapOf(String.class).with(schema).readValues(reader);
      boolean first = true;
      while (it.hasNextValue()) {
        if (first) {
          header.accept(columns(file, (CsvSchema) it.getParser().getSchema()));
          first = false;
        }
        Map<String, String> cells = it.nextValue();
        action.accept(new Row(it.getParser().currentTokenLocation().getLineNr(),
            cells, file));
      }
      if (first && it.getParser().getSchema() instanceof CsvSchema read && read.size() > 0) {
        header.accept(columns(file, read));
      }
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      var where = e.getLocation();
      var wide = java.util.regex.Pattern.compile("Too many entries: expected at most (\\d+) \\(value #(\\d+) .*\"(.*)\"\\)")
          .matcher(firstLine(e.getOriginalMessage()));
      if (where != null && wide.find()) {
        throw new InvalidValueException(file.getFileName() + " line " + where.getLineNr() + " column "
            + (Integer.parseInt(wide.group(2)) + 1), wide.group(3),
            "at most " + wide.group(1) + " cells in a row, as many as the header names");
      }
      throw new InvalidValueException(
          file.getFileName() + (where == null ? "" : " line " + where.getLineNr() + " column " + where.getColumnNr()),
          firstLine(e.getOriginalMessage()), "well-formed CSV: a header row, each row at most as wide, quotes closed");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The header's column names; fails if a name is given twice (which column would a row's value come from?). */
  private static List<String> columns(Path file, CsvSchema schema) {
    List<String> names = new ArrayList<>();
    java.util.Set<String> seen = new java.util.HashSet<>();
    for (CsvSchema.Column c : schema) {
      if (!seen.add(c.getName())) {
        throw new InvalidValueException(file.getFileName() + " line 1 column " + (c.getIndex() + 1), c.getName(),
            "distinct column names in the header");
      }
      names.add(c.getName());
    }
    return names;
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "";
    }
    int nl = message.indexOf('\n');
    return nl < 0 ? message : message.substring(0, nl);
  }

  /**
   * {@code e} placed at row {@code r} of {@code file}, unless it already names its place (a header
   * problem, a cell): the file is named once, and a summary's attribute by its column.
   */
  static InvalidValueException located(Path file, Row r, InvalidValueException e) {
    if (e.field().startsWith(file.getFileName().toString())) {
      return e;
    }
    String attribute = e.field().substring(e.field().lastIndexOf('.') + 1);
    String column = switch (attribute) {
      case "age" -> "T";
      case "monetaryValue" -> "monetary_value";
      case "customerId" -> "customer_id";
      case "frequency", "recency", "periods", "weight" -> attribute.equals("weight") ? "weights" : attribute;
      default -> null;
    };
    return new InvalidValueException(column == null ? file.getFileName() + " line " + r.line() + ": " + e.field()
        : r.where(column), e.rejectedValue(), e.expected());
  }

  /** A BG/BB summary file's rows and its time unit. */
  record Discrete(List<DiscreteSummary> rows, UnitColumn unit) {}

  /** The rows of a BG/BB summary file ({@code frequency,recency,periods}, optional {@code customer_id,weights,unit}). */
  static Discrete discrete(Path file, Delimiter delimiter) {
    List<DiscreteSummary> out = new ArrayList<>();
    UnitColumn unit = new UnitColumn();
    forEach(file, delimiter, r -> {
      long weight = r.has("weights") ? r.integer("weights") : 1;
      CustomerId id = r.has("customer_id") ? CustomerId.of(r.text("customer_id"))
          : CustomerId.of("row-" + (r.line() - 1));
      try {
        out.add(new DiscreteSummary(id, r.integer("frequency"), r.integer("recency"),
            r.integer("periods"), weight));
      } catch (InvalidValueException e) {
        throw located(file, r, e);
      }
      if (r.has(UnitColumn.NAME)) {
        unit.accept(r.text(UnitColumn.NAME), r.where(UnitColumn.NAME));
      }
    });
    return new Discrete(out, unit);
  }

  /** A number as plain decimal text (no exponent), e.g. {@code 38.857142857142854}. */
  static String number(double v) {
    if (v == Math.rint(v) && Math.abs(v) < 1e15) {
      return Long.toString((long) v);
    }
    // BigDecimal.valueOf reads Double.toString; without an exponent its plain text is that text
    String s = Double.toString(v);
    return s.indexOf('E') < 0 ? s : BigDecimal.valueOf(v).toPlainString();
  }

  /** Quotes a CSV cell when needed. */
  static String cell(String s) {
    if (s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r")) {
      return "\"" + s.replace("\"", "\"\"") + "\"";
    }
    return s;
  }
}
