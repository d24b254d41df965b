package org.completecrm.rules.explain.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.SourceDSL;

/** The explanation texts' instants read exactly as {@link Instant#toString()}. */
class InstantsProperties {

  @Test
  void isoIsTheSameTextAsInstantToString() {
    qt().withExamples(20_000)
        .forAll(SourceDSL.longs().between(Instant.MIN.getEpochSecond(), Instant.MAX.getEpochSecond()),
            SourceDSL.integers().between(0, 999_999_999), SourceDSL.integers().between(0, 3))
        .checkAssert((seconds, nanos, shape) -> {
          // Whole seconds, milliseconds, microseconds and nanoseconds each get their own text.
          int nano = shape == 0 ? 0 : shape == 1 ? nanos / 1_000_000 * 1_000_000 : shape == 2 ? nanos / 1000 * 1000 : nanos;
          Instant t = Instant.ofEpochSecond(seconds, nano);
          assertEquals(t.toString(), Instants.iso(t));
        });
  }

  @Test
  void isoIsTheSameTextAsInstantToStringInTheYearsExplanationsUse() {
    long from = Instant.parse("1900-01-01T00:00:00Z").getEpochSecond();
    long to = Instant.parse("2200-01-01T00:00:00Z").getEpochSecond();
    qt().withExamples(20_000)
        .forAll(SourceDSL.longs().between(from, to), SourceDSL.integers().between(0, 3))
        .checkAssert((seconds, shape) -> {
          Instant t = Instant.ofEpochSecond(seconds, shape == 0 ? 0 : shape == 1 ? 120_000_000 : shape == 2 ? 120_450_000 : 7);
          assertEquals(t.toString(), Instants.iso(t));
        });
    for (String s : new String[] {"0000-01-01T00:00:00Z", "9999-12-31T23:59:59.999999999Z", "1970-01-01T00:00:00Z",
        "1969-12-31T23:59:59.500Z", "2024-02-29T12:00:00.000001Z"}) {
      assertEquals(s, Instants.iso(Instant.parse(s)));
    }
  }
}
