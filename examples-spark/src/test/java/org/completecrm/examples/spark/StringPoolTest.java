package org.completecrm.examples.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link StringPool} gives the string of the bytes, the same object for equal ASCII values, and new strings otherwise. */
class StringPoolTest {
  @Test
  void equalAsciiValuesAreOneObjectAndEveryValueReadsBack() {
    StringPool pool = new StringPool();
    Map<String, String> first = new HashMap<>();
    Random rnd = new Random(3L);
    // enough distinct values to grow the table several times, each seen a few times at other offsets
    for (int k = 0; k < 60_000; k++) {
      String v = "v" + rnd.nextInt(20_000);
      byte[] padded = ("##" + v + "#").getBytes(StandardCharsets.UTF_8);
      String s = pool.of(padded, 2, v.length());
      assertEquals(v, s);
      String seen = first.putIfAbsent(v, s);
      if (seen != null) {
        assertSame(seen, s, v);
      }
    }
    assertEquals(first.size(), pool.size());
  }

  @Test
  void otherValuesAreDecodedAndNotPooled() {
    StringPool pool = new StringPool();
    for (String v : List.of("Zoë", "Łódź", "東京", "\u007f\u0080", "Ã©")) {
      byte[] b = v.getBytes(StandardCharsets.UTF_8);
      String a = pool.of(b, 0, b.length);
      assertEquals(v, a);
      assertNotSame(a, pool.of(b, 0, b.length), v);
    }
    assertEquals(0, pool.size());
    // the bytes of "é" against an ASCII value of the same length and chars never match
    byte[] e = "é".getBytes(StandardCharsets.UTF_8);
    assertEquals("é", pool.of(e, 0, e.length));
  }

  @Test
  void codecReadsPooledStringsAsItReadsOthers() {
    Codec.Out out = new Codec.Out(16);
    List<String> texts = List.of("", "smith", "smith", "Zoë", "x".repeat(300), "jones", "smith");
    for (String t : texts) {
      out.string(t);
    }
    out.string(null);
    Codec.In in = new Codec.In(out.toArray());
    StringPool pool = new StringPool();
    String firstSmith = null;
    for (String t : texts) {
      String s = in.string(pool);
      assertEquals(t, s);
      if (t.equals("smith")) {
        firstSmith = firstSmith == null ? s : firstSmith;
        assertSame(firstSmith, s);
      }
    }
    assertEquals(null, in.string(pool));
  }
}
