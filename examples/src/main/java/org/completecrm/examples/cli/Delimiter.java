package org.completecrm.examples.cli;

import java.io.IOException;
import java.io.Reader;
import java.util.Locale;

/**
 * How the cells of a CSV input are separated ({@code --delimiter}): a comma, a tab, a semicolon,
 * or runs of spaces and tabs, as in the CDNOW master file (leading and trailing spaces of a line
 * ignored; a quoted cell may hold spaces).
 */
enum Delimiter {
  COMMA(','),
  TAB('\t'),
  SEMICOLON(';'),
  WHITESPACE('\t');

  /** The names the option takes. */
  static final String NAMES = "comma, tab, semicolon, whitespace";

  private final char separator;

  Delimiter(char separator) {
    this.separator = separator;
  }

  /** The character a parser splits cells at, once {@link #open} has read the input. */
  char separator() {
    return separator;
  }

  /** Parses an option value: comma, tab, semicolon or whitespace (any case). */
  static Delimiter parse(String text) {
    for (Delimiter d : values()) {
      if (d.name().toLowerCase(Locale.ROOT).equals(text.trim().toLowerCase(Locale.ROOT))) {
        return d;
      }
    }
    throw new IllegalArgumentException("expected one of [" + NAMES + "], got '" + text + "'");
  }

  /** The input as cells separated by {@link #separator()}: runs of blanks become one tab for whitespace. */
  Reader open(Reader in) {
    return this == WHITESPACE ? new Blanks(in) : in;
  }

  @Override
  public String toString() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * Whitespace-separated text as tab-separated text: each run of spaces and tabs between cells
   * becomes one tab, blanks at the start and end of a line are dropped, and blanks inside quotes
   * are kept. Line breaks pass through, so line numbers stay those of the file.
   */
  private static final class Blanks extends Reader {
    private final Reader in;
    private final char[] buffer = new char[8192];
    private int position;
    private int limit;
    private boolean endOfInput;
    private boolean quoted;
    private boolean lineStart = true;
    private boolean pendingTab;
    private int held = -2;

    Blanks(Reader in) {
      this.in = in;
    }

    @Override
    public int read(char[] out, int offset, int length) throws IOException {
      int n = 0;
      while (n < length) {
        int c = next();
        if (c < 0) {
          return n == 0 ? -1 : n;
        }
        out[offset + n++] = (char) c;
      }
      return n;
    }

    private int raw() throws IOException {
      while (position == limit) {
        if (endOfInput) {
          return -1;
        }
        int n = in.read(buffer, 0, buffer.length);
        endOfInput = n < 0;
        position = 0;
        limit = Math.max(n, 0);
      }
      return buffer[position++];
    }

    private int next() throws IOException {
      while (true) {
        int c = held != -2 ? held : raw();
        held = -2;
        if (c < 0) {
          return c;
        }
        if (quoted) {
          quoted = c != '"';
          return c;
        }
        if (c == ' ' || c == '\t') {
          pendingTab = !lineStart;
          continue;
        }
        if (c == '\n' || c == '\r') {
          pendingTab = false;
          lineStart = true;
          return c;
        }
        if (pendingTab) {
          pendingTab = false;
          held = c;
          return '\t';
        }
        lineStart = false;
        quoted = c == '"';
        return c;
      }
    }

    @Override
    public void close() throws IOException {
      in.close();
    }
  }
}
