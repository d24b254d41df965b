package org.completecrm.examples.cli;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.completecrm.analytics.summary.SummaryColumns;
import org.completecrm.core.CustomerId;
import org.completecrm.core.InvalidValueException;

/**
 * A summary CSV read straight into columns: a streaming parser over the file's characters that
 * puts each row's numbers into {@link SummaryColumns} and its id into {@link CustomerIds},
 * without a string or an object per cell. It reads by the rules of {@link ValueCsv}: UTF-8 (a
 * byte order mark skipped), a header of distinct names, rows at most as wide as the header,
 * quotes closed, blank lines skipped, cells trimmed, decimal finite numbers; errors name the
 * file, the line and the column. Columns by name: {@code frequency}, {@code recency}, {@code
 * T} (required), {@code customer_id}, {@code monetary_value}, {@code weights}, {@code unit}
 * (optional; a row without an id is {@code row-N}; see {@link UnitColumn}).
 */
final class SummaryCsv {
  private static final int FREQUENCY = 0;
  private static final int RECENCY = 1;
  private static final int AGE = 2;
  private static final int ID = 3;
  private static final int MONETARY = 4;
  private static final int WEIGHTS = 5;
  private static final int UNIT = 6;
  private static final String[] NAMES =
      {"frequency", "recency", "T", "customer_id", "monetary_value", "weights", UnitColumn.NAME};
  /** The CustomerSummary attribute read from each of NAMES, to name a rejected value by its column. */
  private static final String[] ATTRIBUTES = {"frequency", "recency", "age", "customerId", "monetaryValue", "weight"};
  private static final double[] POWERS = new double[23];

  static {
    POWERS[0] = 1;
    for (int i = 1; i < POWERS.length; i++) {
      POWERS[i] = POWERS[i - 1] * 10;
    }
  }

  private final Path file;
  private final char delimiter;
  private final Reader in;
  private final char[] buffer = new char[1 << 16];
  private int position;
  private int limit;
  private long line = 1;
  private boolean endOfFile;
  /** The current row: its cells' characters, starts and ends. */
  private char[] cells = new char[256];
  private int[] starts = new int[16];
  private int[] ends = new int[16];
  private int width;
  private long rowLine;

  /** A summary file's columns and ids, row by row in the file's order, and its time unit. */
  record Table(SummaryColumns columns, CustomerIds ids, UnitColumn unit) {}

  private SummaryCsv(Path file, char delimiter, Reader in) {
    this.file = file;
    this.delimiter = delimiter;
    this.in = in;
  }

  /** Reads {@code file} (cells separated by {@code delimiter}). */
  static Table read(Path file, Delimiter delimiter) {
    try (Reader reader = delimiter.open(Utf8Reader.open(file))) {
      return new SummaryCsv(file, delimiter.separator(), reader).table();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Table table() throws IOException {
    if (!nextRow()) {
      return new Table(new SummaryColumns.Builder(0).build(), new CustomerIds(0), new UnitColumn());
    }
    List<String> header = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    int[] columnOf = new int[NAMES.length];
    Arrays.fill(columnOf, -1);
    for (int c = 0; c < width; c++) {
      String name = new String(cells, starts[c], ends[c] - starts[c]);
      if (!seen.add(name)) {
        throw new InvalidValueException(file.getFileName() + " line 1 column " + (c + 1), name,
            "distinct column names in the header");
      }
      header.add(name);
      for (int k = 0; k < NAMES.length; k++) {
        if (NAMES[k].equals(name)) {
          columnOf[k] = c;
        }
      }
    }
    int columns = width;
    SummaryColumns.Builder rows = new SummaryColumns.Builder(1 << 12);
    CustomerIds ids = new CustomerIds(1 << 12);
    UnitColumn unit = new UnitColumn();
    while (nextRow()) {
      if (width > columns) {
        throw new InvalidValueException(file.getFileName() + " line " + rowLine, "a row of "
            + width + " cells", "well-formed CSV: a header row, each row at most as wide, quotes closed");
      }
      for (int k = 0; k < 3; k++) {
        if (columnOf[k] < 0) {
          throw new InvalidValueException(file.getFileName() + " line 1 (the header)", String.join(",", header),
              "a column named '" + NAMES[k] + "'");
        }
      }
      int frequency = integer(columnOf[FREQUENCY], FREQUENCY);
      double recency = number(columnOf[RECENCY], RECENCY);
      double age = number(columnOf[AGE], AGE);
      double monetary = has(columnOf[MONETARY]) ? number(columnOf[MONETARY], MONETARY) : 0;
      long weight = has(columnOf[WEIGHTS]) ? integer(columnOf[WEIGHTS], WEIGHTS) : 1;
      try {
        rows.add(frequency, recency, age, monetary, weight);
      } catch (InvalidValueException e) {
        String attribute = e.field().substring(e.field().lastIndexOf('.') + 1);
        int named = java.util.Arrays.asList(ATTRIBUTES).indexOf(attribute);
        throw new InvalidValueException(named < 0 ? file.getFileName() + " line " + rowLine + ": " + e.field()
            : where(named), e.rejectedValue(), e.expected());
      }
      int c = columnOf[ID];
      if (has(c)) {
        checkId(cells, starts[c], ends[c]);
        ids.add(cells, starts[c], ends[c]);
      } else {
        ids.add("row-" + (rowLine - 1));
      }
      int u = columnOf[UNIT];
      if (has(u) && !unit.is(cells, starts[u], ends[u])) {
        unit.accept(text(u), where(UNIT));
      }
    }
    return new Table(rows.build(), ids, unit);
  }

  private boolean has(int column) {
    return column >= 0 && column < width && ends[column] > starts[column];
  }

  private String where(int name) {
    return file.getFileName() + " line " + rowLine + " column " + NAMES[name];
  }

  private String text(int column) {
    return new String(cells, starts[column], ends[column] - starts[column]);
  }

  private double number(int column, int name) {
    if (column >= width) {
      throw new InvalidValueException(file.getFileName() + " column " + NAMES[name], "missing",
          "a column named '" + NAMES[name] + "'");
    }
    int from = starts[column];
    int to = ends[column];
    if (from == to) {
      throw new InvalidValueException(where(name), "", "a value");
    }
    double v = Decimals.parse(cells, from, to);
    if (Double.isNaN(v)) {
      throw new InvalidValueException(where(name), text(column), "a decimal number such as 12.50");
    }
    if (!Double.isFinite(v)) {
      throw new InvalidValueException(where(name), text(column), "a finite number");
    }
    return v;
  }

  private int integer(int column, int name) {
    double v = number(column, name);
    if (v != Math.rint(v) || Math.abs(v) > Integer.MAX_VALUE) {
      throw new InvalidValueException(where(name), v, "a whole number");
    }
    return (int) v;
  }

  /** Reads the next non-blank row into the cells; false at the end of the file. */
  private boolean nextRow() throws IOException {
    while (true) {
      width = 0;
      rowLine = line;
      int length = 0;
      boolean any = false;
      while (true) {
        int start = length;
        boolean quoted = false;
        int ch = skipSpaces();
        if (ch == '"') {
          quoted = true;
          any = true;
          while (true) {
            ch = read();
            if (ch < 0) {
              throw new InvalidValueException(file.getFileName() + " line " + rowLine,
                  "a quote not closed", "well-formed CSV: a header row, each row at most as wide, quotes closed");
            }
            if (ch == '"') {
              int after = peek();
              if (after == '"') {
                read();
              } else {
                break;
              }
            }
            if (ch == '\n') {
              line++;
            }
            length = put(length, (char) ch);
          }
          ch = skipSpaces();
        }
        while (ch >= 0 && ch != delimiter && ch != '\n' && ch != '\r') {
          if (quoted) {
            throw new InvalidValueException(file.getFileName() + " line " + rowLine,
                "text after a closing quote", "well-formed CSV: a header row, each row at most as wide, quotes closed");
          }
          length = put(length, (char) ch);
          any = true;
          ch = read();
        }
        int end = length;
        while (!quoted && end > start && cells[end - 1] <= ' ') {
          end--;
        }
        addCell(start, end);
        if (ch == delimiter) {
          any = true;
          continue;
        }
        if (ch == '\r' && peek() == '\n') {
          read();
        }
        if (ch == '\n' || ch == '\r') {
          line++;
        }
        break;
      }
      if (any) {
        return true;
      }
      if (position >= limit && !fill()) {
        return false;
      }
    }
  }

  /** Skips blanks before a cell (not the delimiter itself, which may be a tab). */
  private int skipSpaces() throws IOException {
    int ch = read();
    while ((ch == ' ' || ch == '\t') && ch != delimiter) {
      ch = read();
    }
    return ch;
  }

  private void addCell(int start, int end) {
    if (width == starts.length) {
      starts = Arrays.copyOf(starts, width * 2);
      ends = Arrays.copyOf(ends, width * 2);
    }
    starts[width] = start;
    ends[width] = end;
    width++;
  }

  private int put(int length, char c) {
    if (length == cells.length) {
      cells = Arrays.copyOf(cells, length * 2);
    }
    cells[length] = c;
    return length + 1;
  }

  private int read() throws IOException {
    if (position >= limit && !fill()) {
      return -1;
    }
    return buffer[position++];
  }

  private int peek() throws IOException {
    if (position >= limit && !fill()) {
      return -1;
    }
    return buffer[position];
  }

  private boolean fill() throws IOException {
    if (endOfFile) {
      return false;
    }
    int n = in.read(buffer, 0, buffer.length);
    position = 0;
    limit = Math.max(0, n);
    endOfFile = n < 0;
    return n > 0;
  }

  /**
   * Strict decimal numbers, {@code [+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d{1,4})?} as {@link
   * ValueCsv} accepts them, parsed without a string: exactly (one correctly rounded division of
   * two exactly represented numbers, Clinger's fast path) when the digits, as an integer, are at
   * most 2^53 (every 15-digit and most 16-digit numbers: the shortest text of a double, as {@code
   * crm} writes them, mostly has 16) and there is no exponent, else by {@link
   * Double#parseDouble}.
   */
  static final class Decimals {
    /** The largest integer up to which every integer is a double. */
    private static final long EXACT = 1L << 53;

    private Decimals() {}

    /** The number, or NaN when the text is not such a decimal. */
    static double parse(char[] s, int from, int to) {
      if (to - from > ValueCsv.MAX_NUMBER_LENGTH) {
        return Double.NaN;
      }
      int i = from;
      boolean negative = false;
      if (i < to && (s[i] == '+' || s[i] == '-')) {
        negative = s[i] == '-';
        i++;
      }
      long mantissa = 0;
      int digits = 0;
      int intDigits = 0;
      while (i < to && s[i] >= '0' && s[i] <= '9') {
        if (mantissa != 0 || s[i] != '0') {
          digits++;
        }
        mantissa = digits <= 18 ? mantissa * 10 + (s[i] - '0') : mantissa;
        i++;
        intDigits++;
      }
      int fraction = 0;
      if (i < to && s[i] == '.') {
        i++;
        while (i < to && s[i] >= '0' && s[i] <= '9') {
          if (mantissa != 0 || s[i] != '0') {
            digits++;
          }
          mantissa = digits <= 18 ? mantissa * 10 + (s[i] - '0') : mantissa;
          i++;
          fraction++;
        }
      }
      if (intDigits + fraction == 0) {
        return Double.NaN;
      }
      boolean exponent = false;
      if (i < to && (s[i] == 'e' || s[i] == 'E')) {
        exponent = true;
        i++;
        if (i < to && (s[i] == '+' || s[i] == '-')) {
          i++;
        }
        int e = 0;
        while (i < to && s[i] >= '0' && s[i] <= '9' && e <= 4) {
          i++;
          e++;
        }
        if (e == 0 || e > 4) {
          return Double.NaN;
        }
      }
      if (i != to) {
        return Double.NaN;
      }
      if (!exponent && digits <= 16 && mantissa <= EXACT && fraction < POWERS.length) {
        double v = fraction == 0 ? mantissa : mantissa / POWERS[fraction];
        return negative ? -v : v;
      }
      return Double.parseDouble(new String(s, from, to - from));
    }
  }

  /** Validates an id as {@link CustomerId} does (the exception is its own). */
  static void checkId(char[] s, int from, int to) {
    boolean ok = to - from <= 200;
    boolean blank = true;
    for (int i = from; i < to && ok; i++) {
      ok = !Character.isISOControl(s[i]);
      blank &= s[i] <= ' ';
    }
    if (!ok || blank) {
      CustomerId.of(new String(s, from, to - from));
    }
  }
}
