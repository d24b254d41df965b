package org.completecrm.core.channel;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.time.Duration;
import java.time.Instant;
import org.completecrm.core.testing.CoreGen;
import org.junit.jupiter.api.Test;

/** {@link QuietHours#nextAllowed} gives the first instant outside the quiet hours, in any zone, across DST changes. */
class QuietHoursProperties {

  @Test
  void nextAllowedIsOutsideTheQuietHoursAndNotEarlier() {
    qt().withExamples(2000).forAll(CoreGen.quietHours(), CoreGen.instants()).checkAssert((q, at) -> {
      Instant next = q.nextAllowed(at);
      assertFalse(q.contains(next), () -> q + " " + at + " -> " + next);
      assertFalse(next.isBefore(at));
      assertTrue(Duration.between(at, next).compareTo(Duration.ofHours(25)) <= 0);
    });
  }

  @Test
  void nextAllowedIsTheFirstAllowedInstant() {
    qt().withExamples(300).forAll(CoreGen.quietHours(), CoreGen.instants()).checkAssert((q, at) -> {
      Instant next = q.nextAllowed(at);
      for (Instant t = at; t.isBefore(next); t = t.plus(Duration.ofMinutes(1))) {
        Instant probe = t;
        assertTrue(q.contains(probe), () -> q + " allows " + probe + " before " + next);
      }
    });
  }
}
