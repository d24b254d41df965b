package org.completecrm.rules.campaign;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.completecrm.core.channel.QuietHours;
import org.junit.jupiter.api.Test;

/** The arithmetic test of a slot against quiet hours (fixed offset) agrees with the test on instants. */
class QuietSlotsProperties {
  private static final List<ZoneId> ZONES = List.of(ZoneId.of("Europe/London"), ZoneId.of("Asia/Kolkata"),
      ZoneId.of("America/St_Johns"), ZoneId.of("Pacific/Chatham"), ZoneId.of("UTC"));

  @Test
  void arithmeticAndInstantTestsAgree() {
    qt().withExamples(3000).forAll(longs().between(0, 400L * 24 * 4), integers().between(0, 4 * 24 - 1),
        integers().between(0, 4 * 24 - 1), integers().between(0, ZONES.size() - 1))
        .checkAssert((quarter, a, b, z) -> {
          if (a.equals(b)) {
            return;
          }
          ZoneId zone = ZONES.get(z);
          Instant at = Instant.parse("2026-01-01T00:00:00Z").plus(Duration.ofMinutes(15 * quarter));
          List<QuietHours> quiet = List.of(QuietHours.of(LocalTime.ofSecondOfDay(a * 900L),
              LocalTime.ofSecondOfDay(b * 900L), zone));
          int offset = QuietSlots.fixedOffset(zone, at, 1);
          if (offset == Integer.MIN_VALUE) {
            return;
          }
          assertEquals(QuietSlots.freeOfQuiet(quiet, zone, at, at.plusSeconds(3600)),
              QuietSlots.freeOfQuiet(quiet, Math.floorMod(at.getEpochSecond() + offset, 86_400)),
              () -> at + " " + quiet);
        });
  }
}
