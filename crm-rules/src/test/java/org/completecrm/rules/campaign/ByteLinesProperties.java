package org.completecrm.rules.campaign;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link ByteLines} splits bytes into the lines, numbers and blank lines a {@code BufferedReader}
 * of the decoded text gives, whatever the size of its batches and of the stream's reads.
 */
class ByteLinesProperties {
  private static final String[] PIECES = {"a", "{\"x\":1}", " ", "\t", "\n", "\r", "\r\n", "\n\r", "é", "€",
      "\u2003", "😀", "\u000B"};

  /** Each line as "number:text:ascii:blank", as {@code BufferedReader.readLine} numbers them. */
  private static List<String> expected(String text) throws IOException {
    List<String> out = new ArrayList<>();
    BufferedReader in = new BufferedReader(new java.io.StringReader(text));
    int n = 0;
    String line;
    while ((line = in.readLine()) != null) {
      n++;
      out.add(n + ":" + line + ":" + line.chars().allMatch(c -> c < 128) + ":" + line.isBlank());
    }
    return out;
  }

  private static List<String> split(byte[] bytes, int capacity, int readSize) {
    List<String> out = new ArrayList<>();
    ByteLines lines = new ByteLines(new Trickle(new ByteArrayInputStream(bytes), readSize));
    ByteLines.Batch b = new ByteLines.Batch(capacity);
    int expectedFirst = 1;
    while (lines.next(b)) {
      assertTrue(b.lines > 0, "a batch has at least one line");
      assertEquals(expectedFirst, b.firstLine, "batches number their lines one after the other");
      for (int i = 0; i < b.lines; i++) {
        out.add((b.firstLine + i) + ":" + b.text(i) + ":" + b.ascii[i] + ":" + b.blank(i));
      }
      expectedFirst += b.lines;
    }
    assertEquals(0, b.lines);
    assertTrue(!lines.next(b), "no more lines after the end");
    return out;
  }

  @Test
  void linesAreThoseOfABufferedReader() {
    qt().withExamples(3000)
        .forAll(lists().of(integers().between(0, PIECES.length - 1)).ofSizeBetween(0, 60),
            integers().between(1, 40), integers().between(1, 50))
        .checkAssert((pieces, capacity, readSize) -> {
          StringBuilder sb = new StringBuilder();
          for (int p : pieces) {
            sb.append(PIECES[p]);
          }
          String text = sb.toString();
          try {
            assertEquals(expected(text), split(text.getBytes(StandardCharsets.UTF_8), capacity, readSize), text);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
  }

  @Test
  void theWordTestMissesNoTerminator() {
    qt().withExamples(5000).forAll(longs().all(), integers().between(0, 7), integers().between(0, 2))
        .checkAssert((w, at, put) -> {
          long word = put == 0 ? w : (w & ~(0xFFL << (8 * at))) | ((put == 1 ? 0x0AL : 0x0DL) << (8 * at));
          boolean any = false;
          for (int k = 0; k < 8; k++) {
            long c = (word >>> (8 * k)) & 0xFF;
            any |= c == '\n' || c == '\r';
          }
          if (any) {
            assertTrue(ByteLines.mayEndLine(word), Long.toHexString(word));
          }
        });
  }

  @Test
  void malformedUtf8IsRefusedAsADecodingReaderRefusesIt() throws IOException {
    byte[] bytes = {'{', '}', '\n', 'a', (byte) 0xC3, '(', '\n'};
    ByteLines lines = new ByteLines(new ByteArrayInputStream(bytes));
    ByteLines.Batch b = new ByteLines.Batch(64);
    assertTrue(lines.next(b));
    assertEquals(2, b.lines);
    assertEquals("{}", b.text(0));
    UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> b.text(1));
    assertTrue(e.getCause() instanceof CharacterCodingException);
    BufferedReader reader = new BufferedReader(new InputStreamReader(new ByteArrayInputStream(bytes),
        StandardCharsets.UTF_8.newDecoder()));
    // The reader decodes ahead, so it refuses the bytes already at the first line; ByteLines at the line itself.
    assertThrows(CharacterCodingException.class, () -> {
      while (reader.readLine() != null) {
        continue;
      }
    });
  }

  /** A stream that gives at most {@code size} bytes a read, as a slow pipe would. */
  private static final class Trickle extends FilterInputStream {
    private final int size;

    Trickle(InputStream in, int size) {
      super(in);
      this.size = size;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      return super.read(b, off, Math.min(len, size));
    }
  }
}
