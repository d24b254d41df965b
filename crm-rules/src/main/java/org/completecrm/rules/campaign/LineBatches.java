package org.completecrm.rules.campaign;

import java.io.IOException;
import java.io.Reader;
import java.util.Arrays;

/**
 * The lines of a {@link Reader} in batches, each batch one array of characters with the bounds of
 * its lines: the lines {@link java.io.BufferedReader#readLine()} gives (ended by a line feed, a
 * carriage return or both, the last one without an ending too), without a string per line.
 *
 * <p>Design note: the campaign planner reads a million lines of 3.3 KB on one thread while the
 * others decide. {@code readLine} copies each line twice, into a string (compressed to Latin-1),
 * which the JSON parser copies again into characters (inflated to UTF-16), and the reading thread
 * competes with the deciding threads for the same two cores. Here the reading thread copies each
 * line once, from the reader's block into the batch's array, and the parser reads the batch's array
 * where the line lies ({@code StreamingContextReader.read(char[], int, int)}); a string is made only
 * of an irregular line, for the databind reader. {@code LineBatchesProperties} checks the lines
 * against {@code readLine} on random text with every kind of line ending at every block boundary.
 */
final class LineBatches {
  private final Reader in;
  private final char[] block;
  private int pos;
  private int lim;
  private boolean eof;
  /** The last line ended with a carriage return: a line feed right after it belongs to that ending. */
  private boolean skipLineFeed;

  LineBatches(Reader in, int blockSize) {
    this.in = in;
    this.block = new char[blockSize];
  }

  /** One batch: line {@code i} is {@code text[start(i), end(i))}. */
  static final class Batch {
    char[] text;
    int[] bounds;
    int lines;

    Batch(int capacity, int maxLines) {
      text = new char[capacity];
      bounds = new int[2 * maxLines];
    }

    int start(int i) {
      return bounds[2 * i];
    }

    int end(int i) {
      return bounds[2 * i + 1];
    }

    /** Whether line {@code i} is blank as {@link String#isBlank()} tells. */
    boolean blank(int i) {
      for (int k = start(i); k < end(i); k++) {
        // A surrogate is never white space, as no supplementary code point is: char by char is the same test.
        if (!Character.isWhitespace(text[k])) {
          return false;
        }
      }
      return true;
    }
  }

  /**
   * The next lines, up to {@code maxLines} of them and no more once they hold {@code maxChars}
   * characters (a batch's array stays below the size the collector allocates apart, unless one line
   * is longer); a batch of no lines at the end of the input.
   */
  Batch next(int maxLines, int maxChars) throws IOException {
    Batch b = new Batch(maxChars, maxLines);
    int used = 0;
    while (b.lines < maxLines && used < maxChars) {
      int start = used;
      boolean ended = false;
      boolean any = false;
      while (!ended) {
        if (pos == lim && !fill()) {
          break;
        }
        if (skipLineFeed) {
          skipLineFeed = false;
          if (block[pos] == '\n') {
            pos++;
            continue;
          }
        }
        any = true;
        int k = pos;
        while (k < lim && block[k] != '\n' && block[k] != '\r') {
          k++;
        }
        int n = k - pos;
        if (used + n > b.text.length) {
          b.text = Arrays.copyOf(b.text, Math.max(2 * b.text.length, used + n));
        }
        System.arraycopy(block, pos, b.text, used, n);
        used += n;
        pos = k;
        if (k < lim) {
          skipLineFeed = block[k] == '\r';
          pos++;
          ended = true;
        }
      }
      if (!any) {
        break;
      }
      b.bounds[2 * b.lines] = start;
      b.bounds[2 * b.lines + 1] = used;
      b.lines++;
      if (!ended) {
        break;
      }
    }
    return b;
  }

  private boolean fill() throws IOException {
    if (eof) {
      return false;
    }
    int n = in.read(block, 0, block.length);
    while (n == 0) {
      n = in.read(block, 0, block.length);
    }
    if (n < 0) {
      eof = true;
      return false;
    }
    pos = 0;
    lim = n;
    return true;
  }
}
