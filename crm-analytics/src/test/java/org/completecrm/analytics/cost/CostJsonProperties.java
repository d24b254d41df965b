package org.completecrm.analytics.cost;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;
import org.completecrm.analytics.segment.ValueTierRules;
import org.completecrm.analytics.testing.Fixtures;
import org.completecrm.core.InvalidValueException;
import org.completecrm.core.Money;
import org.completecrm.core.channel.Channel;
import org.completecrm.core.json.CrmJson;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** The configuration values a host persists (rates, pools, time equations, tier rules) round-trip through JSON exactly. */
class CostJsonProperties {
  private static Gen<ActivityRate> rates() {
    return integers().between(0, 3).zip(integers().between(-1, Channel.values().length - 1), longs().between(0, 99_999_999),
        longs().between(0, 2_000_000_000L), booleans().all(), (a, c, r, from, open) -> {
          ActivityRate rate = ActivityRate.of(new String[] {"inbound-call", "email-handled", "branch-visit", "delivery"}[a],
              a == 0 ? "minute" : "occurrence", Money.of(BigDecimal.valueOf(r, 4), Fixtures.EUR));
          rate = c < 0 ? rate : rate.on(Channel.values()[c]);
          Instant start = Instant.ofEpochSecond(from);
          return open ? rate.startingAt(start) : rate.during(start, start.plusSeconds(86_400));
        });
  }

  @Test
  void activityRatesRoundTrip() {
    qt().withExamples(200).forAll(rates()).checkAssert(r -> assertEquals(r, CrmJson.read(CrmJson.write(r), ActivityRate.class)));
  }

  @Test
  void poolsTimeEquationsAndTierRulesRoundTrip() {
    ResourcePool pool = new ResourcePool("contact-centre", Fixtures.eur("567000"), new BigDecimal("700000"));
    assertEquals(pool, CrmJson.read(CrmJson.write(pool), ResourcePool.class));
    ActivityTime time = ActivityTime.of("inbound-call", "minute", "contact-centre", new BigDecimal("1.15")).on(Channel.CHAT);
    assertEquals(time, CrmJson.read(CrmJson.write(time), ActivityTime.class));
    assertEquals(ValueTierRules.DEFAULT, CrmJson.read(CrmJson.write(ValueTierRules.DEFAULT), ValueTierRules.class));
  }

  @Test
  void anEveryChannelOpenRateReadsWithoutItsOptionalFieldsAndBadJsonNamesTheField() {
    ActivityRate r = CrmJson.read("{\"activity\":\"delivery\",\"unit\":\"occurrence\","
        + "\"perUnit\":{\"amount\":\"4.20\",\"currency\":\"EUR\"},\"from\":\"2024-01-01T00:00:00Z\"}", ActivityRate.class);
    assertEquals(Optional.empty(), r.channel());
    assertEquals(Optional.empty(), r.until());
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> CrmJson.read("{\"activity\":\"delivery\",\"unit\":\"occurrence\","
        + "\"perUnit\":{\"amount\":\"-1\",\"currency\":\"EUR\"},\"from\":\"2024-01-01T00:00:00Z\"}", ActivityRate.class));
    assertEquals("ActivityRate.perUnit", e.field());
  }
}
