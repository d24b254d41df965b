package org.completecrm.examples.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link Codec} writes each string as its length and UTF-8 bytes (ASCII without a detour) and reads it back. */
class CodecTest {
  private static final List<String> TEXTS = List.of("", "a", "Smith", "o'brien-jones", "Zoë", "Łódź", "東京",
      "x".repeat(253), "y".repeat(254), "é".repeat(200), "ascii then é", "\u007f\u0080", "emoji \uD83D\uDE00");

  @Test
  void stringsAreTheirLengthAndUtf8Bytes() {
    for (String s : TEXTS) {
      Codec.Out out = new Codec.Out(16);
      out.string(s);
      byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
      byte[] written = out.toArray();
      int header = utf8.length < 254 ? 1 : 5;
      assertEquals(header + utf8.length, written.length, s);
      assertEquals(utf8.length < 254 ? utf8.length : 255, written[0] & 0xff, "length byte of " + s);
      assertArrayEquals(utf8, Arrays.copyOfRange(written, header, written.length), s);
    }
  }

  /** A string of Spark's rows ({@code UTF8String}) is written from its bytes exactly as the Java string is. */
  @Test
  void sparkStringsAreWrittenAsJavaStrings() {
    for (String s : TEXTS) {
      Codec.Out fromJava = new Codec.Out(16);
      fromJava.string(s);
      Codec.Out fromSpark = new Codec.Out(16);
      fromSpark.utf8(org.apache.spark.unsafe.types.UTF8String.fromString(s));
      assertArrayEquals(fromJava.toArray(), fromSpark.toArray(), s);
    }
    Codec.Out absent = new Codec.Out(16);
    absent.utf8(null);
    assertEquals(null, new Codec.In(absent.toArray()).string());
  }

  @Test
  void whatIsWrittenReadsBack() {
    Codec.Out out = new Codec.Out(16);
    for (String s : TEXTS) {
      out.string(s);
      out.integer(s.length());
    }
    out.string(null);
    Codec.In in = new Codec.In(out.toArray());
    for (String s : TEXTS) {
      assertEquals(s, in.string());
      assertEquals(s.length(), in.integer());
    }
    assertEquals(null, in.string());
    assertFalse(in.more(), "all read");
  }
}
