package org.completecrm.rules.campaign;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.completecrm.core.channel.Channel;
import org.completecrm.core.channel.Purpose;
import org.completecrm.core.channel.QuietHours;
import org.completecrm.core.view.CustomerView;
import org.completecrm.rules.DecisionContext;
import org.completecrm.rules.ruleset.RuleSet;
import org.junit.jupiter.api.Test;

/**
 * The arithmetic test of a slot against quiet hours (fixed offset) agrees with the test on instants,
 * and a customer's masks memoised per channel and purpose equal those computed for each action.
 */
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

  @Test
  void aCustomersMasksComputedOnceEqualTheMasksComputedEachTime() {
    RuleSet rules = CampaignInstances.rules(6, 21);
    qt().withExamples(40).forAll(longs().between(0, 1_000_000), integers().between(1, 80)).checkAssert((seed, hours) -> {
      for (DecisionContext c : CampaignInstances.contexts(5, 6, seed)) {
        CustomerView view = c.viewAt(CampaignInstances.AT);
        QuietSlots.ForCustomer memo = new QuietSlots.ForCustomer(view, rules.policies(), CampaignInstances.AT, hours);
        int words = QuietSlots.words(hours);
        for (int twice = 0; twice < 2; twice++) {
          for (Channel ch : Channel.values()) {
            for (Purpose p : Purpose.values()) {
              long[] each = new long[words + 1];
              long[] once = new long[words + 1];
              boolean anyEach = QuietSlots.mask(view, rules.policies(), ch, p, CampaignInstances.AT, hours, each, 1);
              assertEquals(anyEach, memo.writeInto(ch, p, once, 1));
              assertArrayEquals(each, once, () -> ch + " " + p);
            }
          }
        }
      }
    });
  }
}
