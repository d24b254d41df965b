package org.completecrm.core.channel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import org.completecrm.core.InvalidValueException;
import org.junit.jupiter.api.Test;

/** Quiet hours in the customer's own zone: across midnight and across daylight-saving changes. */
class QuietHoursTest {
  private static final ZoneId LONDON = ZoneId.of("Europe/London");
  private static final QuietHours NIGHT = QuietHours.of(LocalTime.of(21, 0), LocalTime.of(8, 0), LONDON);

  @Test
  void quietHoursWrapPastMidnight() {
    assertTrue(NIGHT.contains(Instant.parse("2024-01-15T21:00:00Z")));
    assertTrue(NIGHT.contains(Instant.parse("2024-01-15T23:59:00Z")));
    assertTrue(NIGHT.contains(Instant.parse("2024-01-16T07:59:59Z")));
    assertFalse(NIGHT.contains(Instant.parse("2024-01-16T08:00:00Z")));
    assertFalse(NIGHT.contains(Instant.parse("2024-01-15T20:59:59Z")));
  }

  @Test
  void theCustomersZoneDecidesNotUtc() {
    // 07:30 UTC in July is 08:30 in London (BST): allowed.
    assertFalse(NIGHT.contains(Instant.parse("2024-07-15T07:30:00Z")));
    // 20:30 UTC in July is 21:30 in London: quiet.
    assertTrue(NIGHT.contains(Instant.parse("2024-07-15T20:30:00Z")));
  }

  @Test
  void nextAllowedIsTheEndOfTheQuietHoursNextMorning() {
    assertEquals(Instant.parse("2024-01-16T08:00:00Z"), NIGHT.nextAllowed(Instant.parse("2024-01-15T22:00:00Z")));
    assertEquals(Instant.parse("2024-01-16T08:00:00Z"), NIGHT.nextAllowed(Instant.parse("2024-01-16T03:00:00Z")));
    Instant allowed = Instant.parse("2024-01-16T12:00:00Z");
    assertEquals(allowed, NIGHT.nextAllowed(allowed));
  }

  @Test
  void nextAllowedAcrossTheSpringForwardNight() {
    // London springs forward on 2024-03-31 at 01:00 UTC (01:00 GMT -> 02:00 BST); 08:00 BST is 07:00 UTC.
    assertEquals(Instant.parse("2024-03-31T07:00:00Z"), NIGHT.nextAllowed(Instant.parse("2024-03-30T22:00:00Z")));
  }

  @Test
  void nextAllowedAcrossTheFallBackNight() {
    // London falls back on 2024-10-27 at 01:00 UTC (02:00 BST -> 01:00 GMT); 08:00 GMT is 08:00 UTC.
    assertEquals(Instant.parse("2024-10-27T08:00:00Z"), NIGHT.nextAllowed(Instant.parse("2024-10-26T21:30:00Z")));
  }

  @Test
  void quietHoursEndingInsideASpringForwardGapEndAtTheGap() {
    // 00:30-01:30 local; on 2024-03-31 London has no 01:00-02:00, so the quiet hours end at 01:00 UTC (02:00 BST).
    QuietHours q = QuietHours.of(LocalTime.of(0, 30), LocalTime.of(1, 30), LONDON);
    Instant at = Instant.parse("2024-03-31T00:45:00Z");
    assertTrue(q.contains(at));
    assertEquals(Instant.parse("2024-03-31T01:00:00Z"), q.nextAllowed(at));
    assertFalse(q.contains(q.nextAllowed(at)));
  }

  @Test
  void quietHoursEndingInsideAFallBackOverlapEndAtTheNextOccurrence() {
    // 00:00-01:30 local; on 2024-10-27 London shows 01:00-02:00 twice. At 01:15 GMT (the second time)
    // the quiet hours end at 01:30 GMT = 01:30 UTC, not at 01:30 BST, which has already passed.
    QuietHours q = QuietHours.of(LocalTime.of(0, 0), LocalTime.of(1, 30), LONDON);
    Instant secondPass = Instant.parse("2024-10-27T01:15:00Z");
    assertTrue(q.contains(secondPass));
    assertEquals(Instant.parse("2024-10-27T01:30:00Z"), q.nextAllowed(secondPass));
    Instant firstPass = Instant.parse("2024-10-27T00:15:00Z");
    assertEquals(Instant.parse("2024-10-27T00:30:00Z"), q.nextAllowed(firstPass));
  }

  @Test
  void startEqualToEndIsRejected() {
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> QuietHours.of(LocalTime.NOON, LocalTime.NOON, LONDON));
    assertEquals("QuietHours.end", e.field());
  }

  @Test
  void preferencesRequireQuietHoursInTheirOwnZone() {
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> ChannelPreferences.builder()
        .zone(ZoneId.of("Europe/Berlin")).quietHours(NIGHT).build());
    assertEquals("ChannelPreferences.quietHours.zone", e.field());
  }

  @Test
  void preferencesRankChannelsAndRejectDuplicatesAndBadLanguages() {
    ChannelPreferences p = ChannelPreferences.builder().zone(LONDON).addRankedChannels(Channel.EMAIL, Channel.SMS)
        .language("en-GB").build();
    assertEquals(0, p.rankOf(Channel.EMAIL));
    assertEquals(2, p.rankOf(Channel.POST));
    assertThrows(InvalidValueException.class,
        () -> ChannelPreferences.builder().zone(LONDON).addRankedChannels(Channel.EMAIL, Channel.EMAIL).build());
    org.quicktheories.QuickTheory.qt().forAll(org.completecrm.core.testing.InvalidGen.invalidLanguageTags())
        .checkAssert(tag -> assertEquals("ChannelPreferences.language", assertThrows(InvalidValueException.class,
            () -> ChannelPreferences.builder().zone(LONDON).language(tag).build()).field()));
  }
}
