package org.completecrm.rules.policy.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.completecrm.core.channel.QuietHours;
import org.junit.jupiter.api.Test;

/**
 * The thread's remembered deferrals and local times ({@link KnownDeferrals}) are what {@link
 * Deferral#of} and {@code atZone} give, however questions repeat, collide and evict each other:
 * a few instants (around daylight-saving changes too), zones and quiet hours asked in a random
 * order, each answer compared with a fresh computation.
 */
class KnownDeferralsTest {
  private static final List<ZoneId> ZONES = List.of(ZoneId.of("Europe/London"), ZoneId.of("America/New_York"),
      ZoneId.of("Australia/Lord_Howe"), ZoneId.of("Asia/Kolkata"), ZoneId.of("UTC"));
  private static final List<Instant> INSTANTS = List.of(Instant.parse("2026-11-23T07:00:00Z"),
      Instant.parse("2026-03-29T00:30:00Z"), Instant.parse("2026-10-25T00:59:59Z"),
      Instant.parse("2026-11-01T05:30:00Z"), Instant.parse("2026-06-21T20:15:00Z"));

  @Test
  void rememberedAnswersAreTheFunctionsAnswers() {
    qt().withExamples(300).forAll(longs().all()).checkAssert(seed -> {
      Random random = new Random(seed);
      for (int ask = 0; ask < 200; ask++) {
        Instant at = INSTANTS.get(random.nextInt(INSTANTS.size())).plusSeconds(3600L * random.nextInt(3));
        ZoneId zone = ZONES.get(random.nextInt(ZONES.size()));
        List<QuietHours> quiet = new ArrayList<>();
        for (int i = random.nextInt(3); i >= 0; i--) {
          LocalTime start = LocalTime.of(random.nextInt(24), 30 * random.nextInt(2));
          LocalTime end = LocalTime.of(random.nextInt(24), 0);
          if (!start.equals(end)) {
            quiet.add(QuietHours.of(start, end, random.nextInt(4) == 0 ? ZONES.get(random.nextInt(ZONES.size())) : zone));
          }
        }
        boolean quietNow = false;
        for (QuietHours q : quiet) {
          quietNow |= q.contains(at);
        }
        assertEquals(Deferral.of(at, quiet, quietNow), KnownDeferrals.of(at, quiet, quietNow));
        assertEquals(at.atZone(zone).toLocalTime(), KnownDeferrals.localTime(at, zone));
      }
    });
  }
}
