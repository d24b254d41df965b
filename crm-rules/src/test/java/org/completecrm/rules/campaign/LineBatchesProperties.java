package org.completecrm.rules.campaign;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The lines of {@link LineBatches} are those of {@link BufferedReader#readLine()}, and a line is
 * blank for it exactly when {@link String#isBlank()} says so, on random text of every kind of line
 * ending (line feed, carriage return, both, none at the end), empty and white-space lines, text
 * outside Latin-1 and supplementary characters, read in blocks of 1 to 40 characters (so that an
 * ending falls across every block boundary) and in batches of 1 to 7 lines.
 */
class LineBatchesProperties {
  private static final String[] PIECES = {"a", "{\"x\":1}", " ", "\t", "\u2003", "\u00e9", "\ud83d\ude00", "\ud83d",
      "\u3000", "\u00a0", "\n", "\r", "\r\n", "\n\r", "\u001c", "xyz"};

  private static String text(long seed) {
    Random r = new Random(seed);
    StringBuilder sb = new StringBuilder();
    for (int i = r.nextInt(60); i > 0; i--) {
      sb.append(PIECES[r.nextInt(PIECES.length)]);
    }
    return sb.toString();
  }

  private static List<String> readLines(String text) {
    List<String> out = new ArrayList<>();
    try (BufferedReader in = new BufferedReader(new StringReader(text))) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        out.add(line);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  @Test
  void theLinesAndBlankLinesAreThoseOfReadLine() {
    qt().withExamples(3000).forAll(longs().all(), integers().between(1, 40), integers().between(1, 7))
        .checkAssert((seed, blockSize, batch) -> {
          String text = text(seed);
          List<String> lines = new ArrayList<>();
          List<Boolean> blank = new ArrayList<>();
          LineBatches in = new LineBatches(new StringReader(text), blockSize);
          try {
            for (LineBatches.Batch b = in.next(batch, 4); b.lines > 0; b = in.next(batch, 4)) {
              for (int i = 0; i < b.lines; i++) {
                lines.add(new String(b.text, b.start(i), b.end(i) - b.start(i)));
                blank.add(b.blank(i));
              }
            }
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
          List<String> expected = readLines(text);
          assertEquals(expected, lines, () -> "text " + text.replace("\r", "\\r").replace("\n", "\\n"));
          assertEquals(expected.stream().map(String::isBlank).toList(), blank);
        });
  }
}
