package org.completecrm.rules.campaign;

import com.fasterxml.jackson.core.Base64Variant;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.ObjectCodec;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.core.base.ParserMinimalBase;
import com.fasterxml.jackson.core.io.NumberInput;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A strict tokenizer of one line of ASCII JSON for {@link StreamingContextReader}: the tokens of
 * Jackson's parser for the plain JSON a library writes, and a refusal (an unchecked exception) for
 * anything else, after which the reader parses the line again with Jackson.
 *
 * <p><b>Why this exists.</b> Of the CPU of parsing a campaign's context (3.3 KB, about 230 tokens,
 * 52 of them score names such as {@code propensity.action-17}), Jackson's byte parser spends a
 * quarter on finding each name in its symbol table (hashing it four bytes at a time) and much of
 * the rest on its general machinery (locations, contexts, text buffers, one parser and symbol table
 * per line). This tokenizer is reused by its thread line after line, reads strings eight bytes at a
 * time ({@link #plain}), reads names through a small table keyed by their bytes (interned, so that
 * the rules' score names find them by identity; enum constants and zones are read through it too,
 * {@link #textAsName}), and makes a {@code String} only of the texts the reader keeps. As the names
 * of a file come in the same order line after line, each name is first guessed as the one that
 * followed the previous name last time and compared in place ({@link #name}); the scores' short
 * decimals are read from the bytes ({@link ShortDecimals}).
 *
 * <p><b>Why it cannot change a result or an error.</b> It accepts a subset of what Jackson accepts
 * and gives the same tokens, names, texts and doubles for it: strings without escapes or control
 * characters, numbers of the JSON grammar up to 64 characters (doubles through Jackson's own
 * {@link NumberInput#parseDouble(char[], int, int, boolean)}, or, for a short plain decimal, by the
 * one division that gives the same double), {@code true}, {@code false}, {@code
 * null}, nesting up to 63 levels, white space of JSON's four characters. Anything else (an escape,
 * a malformed or long number, a missing comma, a trailing comma, a word after a literal, a line cut
 * short) throws, and the line goes to Jackson, and from there, if irregular, to databind, which
 * gives the error. Only the methods the reader calls are implemented; the others throw, which
 * also sends the line to Jackson. {@code ByteTokensProperties} compares the tokens with Jackson's
 * on arbitrary cuts and insertions of contexts.
 *
 * <p>Not thread-safe: one per thread.
 */
@SuppressWarnings("deprecation") // Jackson's older names of the methods it still declares abstract
final class ByteTokens extends ParserMinimalBase {
  /** The refusal: the line is left to Jackson. Never escapes the reader. */
  static final class Refused extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Refused() {
      super("not plain JSON", null, false, false);
    }
  }

  private static final Refused REFUSED = new Refused();
  private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final VarHandle INTS = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);
  private static final int TRUE = 't' | 'r' << 8 | 'u' << 16 | 'e' << 24;
  private static final int FALS = 'f' | 'a' << 8 | 'l' << 16 | 's' << 24;
  private static final int NULL = 'n' | 'u' << 8 | 'l' << 16 | 'l' << 24;
  private static final long ONES = 0x0101010101010101L;
  private static final long HIGH_BITS = 0x8080808080808080L;
  private static final int MAX_NUMBER = 64;
  private static final int NAMES = 1024; // a power of two, twice the names kept at most
  /** The low {@code n + 1} bytes of a word, for a name of {@code n} bytes and its closing quote. */
  private static final long[] QUOTED_MASKS = {0xFFL, 0xFFFFL, 0xFFFFFFL, 0xFFFFFFFFL, 0xFF_FFFFFFFFL, 0xFFFF_FFFFFFFFL,
    0xFFFFFF_FFFFFFFFL, -1L};
  private static final int LINE_START = NAMES; // the slot "before" a line's first name
  private static final int UNKNOWN = NAMES + 1; // the slot "of" a name the table did not keep

  private byte[] b = new byte[0];
  private int pos;
  private int end;
  private int depth;
  private long objects; // bit i: level i is an object
  private boolean needComma;
  private boolean afterName;
  private boolean rootDone;
  private String name;
  private int textStart;
  private int textLength;
  private char[] chars = new char[64];
  private final String[] names = new String[NAMES];
  private final byte[][] nameBytes = new byte[NAMES][];
  private final long[] firsts = new long[NAMES];
  private final long[] lasts = new long[NAMES];
  private final long[] quoted = new long[NAMES]; // a name under eight bytes and its closing quote, as a word
  private int nameCount;
  /** Per slot (and {@link #LINE_START}, {@link #UNKNOWN}): the slot of the name that followed it last, or -1. */
  private final int[] successors = new int[NAMES + 2];
  private int previous = LINE_START;

  ByteTokens() {
    super(0, StreamReadConstraints.defaults());
    Arrays.fill(successors, -1);
  }

  /** Starts on {@code length} bytes of {@code bytes} from {@code offset}. */
  ByteTokens reset(byte[] bytes, int offset, int length) {
    b = bytes;
    pos = offset;
    end = offset + length;
    depth = 0;
    objects = 0;
    needComma = false;
    afterName = false;
    rootDone = false;
    name = null;
    previous = LINE_START;
    _currToken = null;
    return this;
  }

  @Override
  public JsonToken nextToken() {
    return _currToken = token();
  }

  private JsonToken token() {
    if (afterName) {
      afterName = false;
      return value();
    }
    skipSpace();
    if (depth == 0) {
      if (pos == end) {
        return null;
      }
      if (rootDone) {
        throw REFUSED; // a second value at the root: Jackson reads it, the reader refuses it
      }
      return value();
    }
    if (pos == end) {
      throw REFUSED; // cut short
    }
    byte c = b[pos];
    if (((objects >>> (depth - 1)) & 1) != 0) {
      if (c == '}') {
        pos++;
        return pop(JsonToken.END_OBJECT);
      }
      if (needComma) {
        comma(c);
        c = b[pos];
      }
      if (c != '"') {
        throw REFUSED;
      }
      name = name();
      skipSpace();
      if (pos == end || b[pos] != ':') {
        throw REFUSED;
      }
      pos++;
      afterName = true;
      needComma = true;
      return JsonToken.FIELD_NAME;
    }
    if (c == ']') {
      pos++;
      return pop(JsonToken.END_ARRAY);
    }
    if (needComma) {
      comma(c);
    }
    needComma = true;
    return value();
  }

  private void comma(byte c) {
    if (c != ',') {
      throw REFUSED;
    }
    pos++;
    skipSpace();
    if (pos == end) {
      throw REFUSED;
    }
  }

  private JsonToken value() {
    skipSpace();
    if (pos == end) {
      throw REFUSED;
    }
    byte c = b[pos];
    switch (c) {
      case '{' -> {
        pos++;
        return push(true, JsonToken.START_OBJECT);
      }
      case '[' -> {
        pos++;
        return push(false, JsonToken.START_ARRAY);
      }
      case '"' -> {
        string();
        return scalar(JsonToken.VALUE_STRING);
      }
      case 't' -> {
        return literal(TRUE, 4, JsonToken.VALUE_TRUE);
      }
      case 'f' -> {
        return literal(FALS, 5, JsonToken.VALUE_FALSE);
      }
      case 'n' -> {
        return literal(NULL, 4, JsonToken.VALUE_NULL);
      }
      default -> {
        return number();
      }
    }
  }

  private JsonToken push(boolean object, JsonToken t) {
    if (depth == 63) {
      throw REFUSED;
    }
    objects = object ? objects | (1L << depth) : objects & ~(1L << depth);
    depth++;
    needComma = false;
    return t;
  }

  private JsonToken pop(JsonToken t) {
    depth--;
    needComma = true;
    if (depth == 0) {
      rootDone = true;
    }
    return t;
  }

  private JsonToken scalar(JsonToken t) {
    if (depth == 0) {
      rootDone = true;
    }
    return t;
  }

  /** The literal whose first four bytes are {@code word} (little-endian) and, if {@code n} is 5, an {@code e} after them. */
  private JsonToken literal(int word, int n, JsonToken t) {
    if (end - pos < n || (int) INTS.get(b, pos) != word || n == 5 && b[pos + 4] != 'e') {
      throw REFUSED;
    }
    pos += n;
    delimited();
    return scalar(t);
  }

  /** A number of JSON's grammar: {@code -? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?}. */
  private JsonToken number() {
    int start = pos;
    if (b[pos] == '-') {
      pos++;
    }
    if (pos == end) {
      throw REFUSED;
    }
    if (b[pos] == '0') {
      pos++;
    } else if (digits() == 0) {
      throw REFUSED;
    }
    boolean fraction = false;
    if (pos < end && b[pos] == '.') {
      pos++;
      fraction = true;
      if (digits() == 0) {
        throw REFUSED;
      }
    }
    if (pos < end && (b[pos] == 'e' || b[pos] == 'E')) {
      pos++;
      fraction = true;
      if (pos < end && (b[pos] == '+' || b[pos] == '-')) {
        pos++;
      }
      if (digits() == 0) {
        throw REFUSED;
      }
    }
    if (pos - start > MAX_NUMBER) {
      throw REFUSED;
    }
    textStart = start;
    textLength = pos - start;
    delimited();
    return scalar(fraction ? JsonToken.VALUE_NUMBER_FLOAT : JsonToken.VALUE_NUMBER_INT);
  }

  private int digits() {
    int start = pos;
    while (pos < end && b[pos] >= '0' && b[pos] <= '9') {
      pos++;
    }
    return pos - start;
  }

  /** After a number or a literal: the end, white space, a comma or a closing bracket. */
  private void delimited() {
    if (pos < end) {
      byte c = b[pos];
      if (c != ',' && c != '}' && c != ']' && c != ' ' && c != '\t' && c != '\n' && c != '\r') {
        throw REFUSED;
      }
    }
  }

  /**
   * The string at {@code pos} (its quote), without escapes or control characters; after it. Eight
   * bytes at a time: the first byte {@link #specials} flags is the first special one, which must be
   * the closing quote.
   */
  private void string() {
    int start = ++pos;
    while (end - pos >= 8) {
      long special = specials((long) LONGS.get(b, pos));
      if (special != 0) {
        pos += Long.numberOfTrailingZeros(special) >>> 3;
        if (b[pos] != '"') {
          throw REFUSED; // an escape, a control character, or not ASCII
        }
        textStart = start;
        textLength = pos - start;
        pos++;
        return;
      }
      pos += 8;
    }
    while (true) {
      if (pos == end) {
        throw REFUSED;
      }
      byte c = b[pos];
      if (c == '"') {
        break;
      }
      if (c == '\\' || c < 0x20) { // an escape, a control character, or not ASCII (negative)
        throw REFUSED;
      }
      pos++;
    }
    textStart = start;
    textLength = pos - start;
    pos++;
  }

  /**
   * Whether none of the eight bytes in {@code w} ends or escapes a string or is a control
   * character or not ASCII ({@link #specials}).
   */
  static boolean plain(long w) {
    return specials(w) == 0;
  }

  /**
   * The high bit of each of the eight bytes in {@code w} (little-endian) that may end or escape a
   * string or be a control character or not ASCII: the zero-byte test of {@code
   * ByteLines.mayEndLine} for {@code "} and {@code \}, its less-than form for the bytes under 0x20,
   * and the high bits. A false flag (from a borrow) only ever falls on a byte after a true one, so
   * the lowest flag is the first special byte.
   */
  static long specials(long w) {
    long quote = w ^ 0x2222222222222222L;
    long slash = w ^ 0x5C5C5C5C5C5C5C5CL;
    long special = ((quote - ONES) & ~quote) | ((slash - ONES) & ~slash) | ((w - 0x2020202020202020L) & ~w) | w;
    return special & HIGH_BITS;
  }

  /**
   * A name, from a table keyed by its bytes (at most half the table's size are kept): its first and
   * last eight bytes (which are all of a name up to 16 bytes), its length, and any bytes between.
   *
   * <p>First, though, the name that followed the last name read the last time it was read (in a
   * file of one shape, nearly always the next): if its bytes are here, followed by the closing
   * quote, it is that name, without scanning or hashing (a name under eight bytes and its quote are
   * compared as one word). Its bytes passed {@link #string}'s checks
   * when it was kept, so {@code string} would have stopped at the same quote and the table given
   * the same name: the guess changes neither what is accepted nor what is read.
   */
  private String name() {
    int guess = successors[previous];
    if (guess >= 0) {
      byte[] known = nameBytes[guess];
      int s = pos + 1;
      int n = known.length;
      if (n < 8
          ? end - s >= 8 && ((long) LONGS.get(b, s) & QUOTED_MASKS[n]) == quoted[guess]
          : end - s > n && b[s + n] == '"' && sameBytes(known, s, n)) {
        pos = s + n + 1;
        textStart = s;
        textLength = n;
        previous = guess;
        return names[guess];
      }
    }
    string();
    int slot = slot(textStart, textLength);
    successors[previous] = slot;
    previous = slot >= 0 ? slot : UNKNOWN;
    return slot >= 0 ? names[slot] : new String(b, textStart, textLength, StandardCharsets.ISO_8859_1);
  }

  /**
   * The current string value as a name from the same table ({@link #name}): for the few texts a
   * file repeats on every line (enum constants, zones), found without making a {@code String}.
   */
  String textAsName() {
    if (_currToken != JsonToken.VALUE_STRING) {
      throw REFUSED;
    }
    return known(textStart, textLength);
  }

  /** The text of the {@code n} bytes from {@code s}, from the table (kept there if there is room). */
  private String known(int s, int n) {
    int slot = slot(s, n);
    return slot >= 0 ? names[slot] : new String(b, s, n, StandardCharsets.ISO_8859_1);
  }

  /** The table's slot of the {@code n} bytes from {@code s} (kept there if there is room), or -1. */
  private int slot(int s, int n) {
    long first;
    long last;
    if (n >= 8) {
      first = (long) LONGS.get(b, s);
      last = (long) LONGS.get(b, s + n - 8);
    } else {
      first = n;
      for (int i = 0; i < n; i++) {
        first = first << 8 | b[s + i];
      }
      last = 0;
    }
    long mix = (first * 0x9E3779B97F4A7C15L ^ last) * 0xC2B2AE3D27D4EB4FL + n;
    int mask = NAMES - 1;
    // the top bits: every bit of the first and last eight bytes moves them (a name differing in its last byte too)
    for (int i = (int) (mix >>> 54) & mask, probes = 0; probes < 16; i = (i + 1) & mask, probes++) {
      if (names[i] == null) {
        if (nameCount == NAMES / 2) {
          return -1;
        }
        // the instance of the rules' names and of ScoreNames: compared by identity
        names[i] = new String(b, s, n, StandardCharsets.ISO_8859_1).intern();
        nameBytes[i] = Arrays.copyOfRange(b, s, s + n);
        firsts[i] = first;
        lasts[i] = last;
        if (n < 8) {
          long word = '"';
          for (int k = n - 1; k >= 0; k--) {
            word = word << 8 | b[s + k];
          }
          quoted[i] = word;
        }
        nameCount++;
        return i;
      }
      if (firsts[i] == first && lasts[i] == last && nameBytes[i].length == n && middleEquals(nameBytes[i], s, n)) {
        return i;
      }
    }
    return -1;
  }

  /**
   * Whether the {@code n} bytes from {@code s} are those of {@code known}, of length {@code n} of at
   * least eight (a shorter guess is compared as one word, {@link #name}): eight at a time.
   */
  private boolean sameBytes(byte[] known, int s, int n) {
    for (int i = 0; i < n - 8; i += 8) {
      if ((long) LONGS.get(known, i) != (long) LONGS.get(b, s + i)) {
        return false;
      }
    }
    return (long) LONGS.get(known, n - 8) == (long) LONGS.get(b, s + n - 8);
  }

  /** Whether the bytes between the first and last eight of a name longer than 16 are those of {@code known}. */
  private boolean middleEquals(byte[] known, int s, int n) {
    for (int i = 8; i < n - 8; i++) {
      if (known[i] != b[s + i]) {
        return false;
      }
    }
    return true;
  }

  private void skipSpace() {
    while (pos < end) {
      byte c = b[pos];
      if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
        return;
      }
      pos++;
    }
  }

  private char[] widen() {
    if (chars.length < textLength) {
      chars = new char[Math.max(textLength, chars.length * 2)];
    }
    for (int i = 0; i < textLength; i++) {
      chars[i] = (char) b[textStart + i];
    }
    return chars;
  }

  // --- what the reader calls ---

  @Override
  public String getCurrentName() {
    return name;
  }

  @Override
  public String currentName() {
    return name;
  }

  @Override
  public String getText() {
    if (_currToken == JsonToken.VALUE_STRING) {
      return new String(b, textStart, textLength, StandardCharsets.ISO_8859_1);
    }
    if (_currToken == JsonToken.FIELD_NAME) {
      return name;
    }
    throw REFUSED;
  }

  @Override
  public char[] getTextCharacters() {
    if (_currToken != JsonToken.VALUE_STRING) {
      throw REFUSED;
    }
    return widen();
  }

  @Override
  public int getTextLength() {
    if (_currToken != JsonToken.VALUE_STRING) {
      throw REFUSED;
    }
    return textLength;
  }

  @Override
  public int getTextOffset() {
    return 0;
  }

  @Override
  public boolean hasTextCharacters() {
    return false;
  }

  @Override
  public double getDoubleValue() {
    if (_currToken != JsonToken.VALUE_NUMBER_FLOAT) {
      throw REFUSED;
    }
    double value = ShortDecimals.parse(b, textStart, textLength);
    return !Double.isNaN(value) ? value : NumberInput.parseDouble(widen(), 0, textLength, true);
  }

  @Override
  public void close() {
    // nothing to release: the tokenizer is reused by its thread
  }

  @Override
  public boolean isClosed() {
    return false;
  }

  // --- not used by the reader: refused, so the line goes to Jackson ---

  @Override
  protected void _handleEOF() {
    throw REFUSED;
  }

  @Override
  public JsonStreamContext getParsingContext() {
    throw REFUSED;
  }

  @Override
  public void overrideCurrentName(String n) {
    throw REFUSED;
  }

  @Override
  public byte[] getBinaryValue(Base64Variant variant) {
    throw REFUSED;
  }

  @Override
  public ObjectCodec getCodec() {
    return null;
  }

  @Override
  public void setCodec(ObjectCodec codec) {
    throw REFUSED;
  }

  @Override
  public Version version() {
    return Version.unknownVersion();
  }

  @Override
  public JsonLocation getCurrentLocation() {
    return JsonLocation.NA;
  }

  @Override
  public JsonLocation getTokenLocation() {
    return JsonLocation.NA;
  }

  @Override
  public Number getNumberValue() {
    throw REFUSED;
  }

  @Override
  public NumberType getNumberType() {
    throw REFUSED;
  }

  @Override
  public int getIntValue() {
    throw REFUSED;
  }

  @Override
  public long getLongValue() {
    throw REFUSED;
  }

  @Override
  public BigInteger getBigIntegerValue() {
    throw REFUSED;
  }

  @Override
  public float getFloatValue() {
    throw REFUSED;
  }

  @Override
  public BigDecimal getDecimalValue() {
    throw REFUSED;
  }
}
