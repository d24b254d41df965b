package org.completecrm.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.completecrm.core.InvalidValueException;

/**
 * The text of a file in UTF-8, read the one way every command reads its input: a byte order mark
 * at the start is skipped, and bytes that are not UTF-8 (a file saved as Latin-1, say) fail with
 * an {@link InvalidValueException} naming the file and the line, instead of a bare
 * {@code MalformedInputException} or replacement characters.
 */
final class Utf8Reader extends Reader {
  private static final char BOM = '\uFEFF';

  private final Path file;
  private final InputStream in;
  private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
      .onMalformedInput(CodingErrorAction.REPORT)
      .onUnmappableCharacter(CodingErrorAction.REPORT);
  private final ByteBuffer bytes = ByteBuffer.allocate(8192).flip();
  private final CharBuffer chars = CharBuffer.allocate(8192).flip();
  private long line = 1;
  private boolean endOfInput;
  private boolean flushed;
  private boolean atStart = true;

  private Utf8Reader(Path file, InputStream in) {
    this.file = file;
    this.in = in;
  }

  /** Opens {@code file} for reading. */
  static Utf8Reader open(Path file) throws IOException {
    return new Utf8Reader(file, Files.newInputStream(file));
  }

  @Override
  public int read(char[] buffer, int offset, int length) throws IOException {
    if (length == 0) {
      return 0;
    }
    if (!chars.hasRemaining() && !fill()) {
      return -1;
    }
    int n = Math.min(length, chars.remaining());
    chars.get(buffer, offset, n);
    for (int i = offset; i < offset + n; i++) {
      if (buffer[i] == '\n') {
        line++;
      }
    }
    return n;
  }

  /** Decodes the next characters; false at the end of the file. */
  private boolean fill() throws IOException {
    if (flushed) {
      return false;  // read again after the end: the decoder is done
    }
    chars.clear();
    while (true) {
      CoderResult result = decoder.decode(bytes, chars, endOfInput);
      if (result.isError()) {
        throw notUtf8(result.length());
      }
      if (chars.position() > 0) {
        break;
      }
      if (endOfInput) {
        decoder.flush(chars);
        flushed = true;
        break;
      }
      bytes.compact();
      int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
      if (n < 0) {
        endOfInput = true;
      } else {
        bytes.position(bytes.position() + n);
      }
      bytes.flip();
    }
    chars.flip();
    if (atStart) {
      atStart = false;
      if (chars.hasRemaining() && chars.get(chars.position()) == BOM) {
        chars.get();
      }
    }
    return chars.hasRemaining();
  }

  private InvalidValueException notUtf8(int badLength) {
    long at = line;
    for (int i = 0; i < chars.position(); i++) {
      if (chars.get(i) == '\n') {
        at++;
      }
    }
    StringBuilder hex = new StringBuilder();
    for (int i = 0; i < badLength && bytes.position() + i < bytes.limit(); i++) {
      hex.append(String.format(Locale.ROOT, "%s0x%02X", i == 0 ? "" : " ", bytes.get(bytes.position() + i) & 0xFF));
    }
    return new InvalidValueException(file.getFileName() + " line " + at, "bytes " + hex,
        "UTF-8 text (the file looks saved as Latin-1 or Windows-1252: save it as UTF-8)");
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
