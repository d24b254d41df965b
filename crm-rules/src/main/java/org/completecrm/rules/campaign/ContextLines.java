package org.completecrm.rules.campaign;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.NoSuchElementException;
import org.completecrm.core.InvalidValueException;
import org.completecrm.core.Checks;
import org.completecrm.core.json.CrmJson;
import org.completecrm.rules.DecisionContext;

/**
 * Decision contexts as JSON Lines: one {@link DecisionContext} per line, read strictly one at a
 * time (blank lines are skipped). An invalid line is an {@link InvalidValueException} whose field
 * starts with {@code contexts line N}.
 */
public final class ContextLines {
  private ContextLines() {}

  /** The contexts of {@code reader}, read as they are iterated over; the caller closes the reader. */
  public static Iterator<DecisionContext> read(Reader reader) {
    Checks.present(reader, "ContextLines.read.reader");
    BufferedReader in = reader instanceof BufferedReader b ? b : new BufferedReader(reader, 1 << 16);
    return new Iterator<>() {
      private int line;
      private String next;

      @Override
      public boolean hasNext() {
        while (next == null) {
          try {
            next = in.readLine();
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
          if (next == null) {
            return false;
          }
          line++;
          if (next.isBlank()) {
            next = null;
          }
        }
        return true;
      }

      @Override
      public DecisionContext next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        String text = next;
        next = null;
        try {
          return StreamingContextReader.read(text);
        } catch (InvalidValueException e) {
          InvalidValueException at = new InvalidValueException("contexts line " + line + ": " + e.field(),
              e.rejectedValue(), e.expected());
          return throwWithPath(at, e);
        }
      }
    };
  }

  /**
   * The contexts of UTF-8 {@code in}, read as they are iterated over: the same contexts, line
   * numbers and errors as {@link #read(Reader)} of {@code Files.newBufferedReader} of the same bytes
   * (malformed UTF-8 an {@link UncheckedIOException}), without decoding each line into a {@code
   * String}; the caller closes the stream.
   */
  public static Iterator<DecisionContext> read(InputStream in) {
    Checks.present(in, "ContextLines.read.in");
    ByteLines lines = new ByteLines(in);
    ByteLines.Batch batch = new ByteLines.Batch(ParallelLines.BATCH_BYTES);
    return new Iterator<>() {
      private int at;
      private boolean more = true;

      @Override
      public boolean hasNext() {
        while (more) {
          if (at == batch.lines) {
            at = 0;
            more = lines.next(batch);
            continue;
          }
          if (!batch.blank(at)) {
            return true;
          }
          at++;
        }
        return false;
      }

      @Override
      public DecisionContext next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        int x = at++;
        try {
          return batch.ascii[x]
              ? StreamingContextReader.readAscii(batch.bytes, batch.from[x], batch.to[x] - batch.from[x])
              : StreamingContextReader.read(batch.text(x));
        } catch (InvalidValueException e) {
          InvalidValueException where = new InvalidValueException("contexts line " + (batch.firstLine + x) + ": "
              + e.field(), e.rejectedValue(), e.expected());
          return throwWithPath(where, e);
        }
      }
    };
  }

  /**
   * One context from one line of JSON, read as {@link #read(Reader)} reads each line (for a host
   * that splits the lines itself, such as a Spark partition).
   *
   * @throws InvalidValueException for an invalid line: the field, value, expectation and JSON path
   *     of what is wrong, without a line number
   */
  public static DecisionContext parse(String line) {
    Checks.present(line, "ContextLines.parse.line");
    int n = line.length();
    for (int i = 0; i < n; i++) {
      if (line.charAt(i) >= 0x80) {
        return StreamingContextReader.read(line);
      }
    }
    // an ASCII line (nearly every one) is read as bytes, by the reader `read(InputStream)` uses:
    // the same context or the same error, at a fraction of the cost of parsing characters
    byte[] ascii = line.getBytes(StandardCharsets.US_ASCII);
    return StreamingContextReader.readAscii(ascii, 0, ascii.length);
  }

  private static DecisionContext throwWithPath(InvalidValueException at, InvalidValueException cause) {
    if (cause.jsonPath().isPresent()) {
      throw at.atJsonPath(cause.jsonPath().get());
    }
    at.initCause(cause);
    throw at;
  }

  /** One context as a line of JSON (no line breaks inside). */
  public static String write(DecisionContext context) {
    return CrmJson.write(context);
  }
}
