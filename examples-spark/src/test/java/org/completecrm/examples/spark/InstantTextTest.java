package org.completecrm.examples.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link InstantText#parse} reads every text as {@link Instant#parse} does: the same instant, or the same error. */
class InstantTextTest {
  @Test
  void wholeSecondsReadAsInstantParseReadsThem() {
    Random rnd = new Random(20261207L);
    for (int k = 0; k < 20_000; k++) {
      // from year 0 to 9999, the years a four-digit text holds
      long second = -62_167_219_200L + (long) (rnd.nextDouble() * 315_537_897_600L);
      String text = Instant.ofEpochSecond(second).toString();
      assertEquals(Instant.parse(text), InstantText.parse(text), text);
    }
  }

  @Test
  void otherShapesAndFieldsOutOfRangeReadAsInstantParseReadsThem() {
    for (String text : List.of("2026-12-31T24:00:00Z", "2016-12-31T23:59:60Z", "2026-12-06t10:15:30z",
        "2026-12-06T10:15:30.5Z", "2026-12-06T10:15:30.123456789Z", "+12026-12-06T10:15:30Z", "0000-01-01T00:00:00Z",
        "9999-12-31T23:59:59Z", "2024-02-29T00:00:00Z")) {
      assertEquals(Instant.parse(text), InstantText.parse(text), text);
    }
  }

  @Test
  void invalidTextsFailAsInstantParseFails() {
    for (String text : List.of("2026-02-30T00:00:00Z", "2026-13-06T00:00:00Z", "2026-12-06T25:00:00Z",
        "2026-12-06T10:60:00Z", "2026-12-06T10:15:61Z", "2026-1a-06T00:00:00Z", "2026-12-06 10:15:30Z",
        "2026-12-06T10:15:30", "", "20261206T101530Z", "2023-02-29T00:00:00Z", "2026-12-06T24:00:01Z")) {
      Exception expected = assertThrows(RuntimeException.class, () -> Instant.parse(text), text);
      Exception actual = assertThrows(RuntimeException.class, () -> InstantText.parse(text), text);
      assertEquals(expected.getClass(), actual.getClass(), text);
      assertEquals(expected.getMessage(), actual.getMessage(), text);
    }
  }
}
