package org.completecrm.examples.spark;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Compact byte encoding of what the resolution ships between its steps: a partition's records,
 * their standardised values, a record with the pairs it belongs to. Spark then moves a few large
 * byte arrays per task instead of millions of small rows, whatever serializer the session uses.
 *
 * <p>A string is its length in one byte (0 to 253; 254 for {@code null}; 255 followed by four
 * bytes for a longer one) and its UTF-8 bytes; integers are four bytes, big-endian.
 */
final class Codec {
  private static final int NULL = 254;
  private static final int LONG = 255;

  private Codec() {}

  /** A growing byte array to write to. */
  static final class Out {
    private byte[] buf;
    private int size;

    Out(int capacity) {
      buf = new byte[Math.max(16, capacity)];
    }

    int size() {
      return size;
    }

    /**
     * A string of Spark's rows as {@link #string} writes it, copied from its UTF-8 bytes (no
     * {@code String} made); {@code null} when absent.
     */
    void utf8(org.apache.spark.unsafe.types.UTF8String s) {
      if (s == null) {
        room(1);
        buf[size++] = (byte) NULL;
        return;
      }
      int n = s.numBytes();
      header(n);
      s.writeToMemory(buf, org.apache.spark.unsafe.Platform.BYTE_ARRAY_OFFSET + size);
      size += n;
    }

    void string(String s) {
      if (s == null) {
        room(1);
        buf[size++] = (byte) NULL;
        return;
      }
      int n = s.length();
      if (n < NULL) {
        // ASCII (nearly every value) is its own UTF-8: written as it is read, without a byte array per string
        room(1 + n);
        int at = size + 1;
        int k = 0;
        while (k < n) {
          char c = s.charAt(k);
          if (c >= 0x80) {
            break;
          }
          buf[at + k++] = (byte) c;
        }
        if (k == n) {
          buf[size] = (byte) n;
          size = at + n;
          return;
        }
      }
      byte[] b = s.getBytes(StandardCharsets.UTF_8);
      header(b.length);
      System.arraycopy(b, 0, buf, size, b.length);
      size += b.length;
    }

    /** The length of a string of {@code n} UTF-8 bytes (one byte when short), with room for the bytes after it. */
    private void header(int n) {
      if (n < NULL) {
        room(1 + n);
        buf[size++] = (byte) n;
      } else {
        room(5 + n);
        buf[size++] = (byte) LONG;
        writeInt(n);
      }
    }

    void integer(int v) {
      room(4);
      writeInt(v);
    }

    void longValue(long v) {
      integer((int) (v >>> 32));
      integer((int) v);
    }

    void bool(boolean v) {
      room(1);
      buf[size++] = (byte) (v ? 1 : 0);
    }

    void bytes(byte[] b, int from, int to) {
      room(to - from);
      System.arraycopy(b, from, buf, size, to - from);
      size += to - from;
    }

    byte[] toArray() {
      return Arrays.copyOf(buf, size);
    }

    private void writeInt(int v) {
      buf[size++] = (byte) (v >>> 24);
      buf[size++] = (byte) (v >>> 16);
      buf[size++] = (byte) (v >>> 8);
      buf[size++] = (byte) v;
    }

    private void room(int n) {
      if (size + n > buf.length) {
        buf = Arrays.copyOf(buf, Math.max(size + n, buf.length + (buf.length >> 1)));
      }
    }
  }

  /** Reads what an {@link Out} wrote. */
  static final class In {
    private final byte[] buf;
    private int pos;

    In(byte[] buf) {
      this.buf = buf;
    }

    boolean more() {
      return pos < buf.length;
    }

    int position() {
      return pos;
    }

    void seek(int position) {
      pos = position;
    }

    String string() {
      int n = buf[pos++] & 0xff;
      if (n == NULL) {
        return null;
      }
      if (n == 0) {
        return "";
      }
      if (n == LONG) {
        n = integer();
      }
      String s = new String(buf, pos, n, StandardCharsets.UTF_8);
      pos += n;
      return s;
    }

    /** A string as {@link #string()} reads it, an ASCII value taken from {@code pool} when an equal one is there ({@link StringPool}). */
    String string(StringPool pool) {
      int n = buf[pos] & 0xff;
      if (n == NULL || n == LONG || n == 0) {
        return string();
      }
      String s = pool.of(buf, pos + 1, n);
      pos += 1 + n;
      return s;
    }

    /** Skips a string; whether it was one ({@code false} for {@code null}). */
    boolean skipString() {
      int n = buf[pos++] & 0xff;
      if (n == NULL) {
        return false;
      }
      pos += n == LONG ? integer() : n;
      return true;
    }

    int integer() {
      int v = (buf[pos] & 0xff) << 24 | (buf[pos + 1] & 0xff) << 16 | (buf[pos + 2] & 0xff) << 8 | buf[pos + 3] & 0xff;
      pos += 4;
      return v;
    }

    long longValue() {
      long hi = integer();
      return hi << 32 | (integer() & 0xffffffffL);
    }

    boolean bool() {
      return buf[pos++] != 0;
    }

    byte[] array() {
      return buf;
    }
  }
}
