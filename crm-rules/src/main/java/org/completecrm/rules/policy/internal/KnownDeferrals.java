package org.completecrm.rules.policy.internal;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.completecrm.core.channel.QuietHours;
import org.jspecify.annotations.Nullable;

/**
 * Deferrals out of quiet hours, and the local time of day at an instant in a zone, remembered by
 * the thread across decisions.
 *
 * <p><b>Why this exists.</b> A campaign run decides a million customers at one instant, and their
 * quiet hours are a handful of values (the rule set's, in the few zones the customers live in, and
 * some of the customers' own): {@link Deferral#of} walked the same quiet windows through {@code
 * ZonedDateTime} and the zone's transitions for every customer and channel, about a fifteenth of
 * deciding a campaign customer. Both are pure functions of values with equality (an instant, a
 * zone, quiet hours), so a table with one entry per slot (a later key evicts an earlier one)
 * answers a repeated question with what the function gave for an equal one ({@code
 * KnownDeferralsTest}).
 *
 * <p>One per thread: the answers are immutable, the tables are not shared.
 */
final class KnownDeferrals {
  private static final int SLOTS = 64; // a power of two
  private static final ThreadLocal<KnownDeferrals> OF_THREAD = ThreadLocal.withInitial(KnownDeferrals::new);

  private final @Nullable Instant[] deferredAt = new Instant[SLOTS];
  private final @Nullable List<QuietHours>[] deferredPast = newLists();
  private final @Nullable Deferral[] deferrals = new Deferral[SLOTS];
  private final @Nullable Instant[] localAt = new Instant[SLOTS];
  private final @Nullable ZoneId[] localZone = new ZoneId[SLOTS];
  private final @Nullable LocalTime[] localTime = new LocalTime[SLOTS];

  private KnownDeferrals() {}

  @SuppressWarnings("unchecked")
  private static @Nullable List<QuietHours>[] newLists() {
    return (List<QuietHours>[]) new List<?>[SLOTS];
  }

  /** {@link Deferral#of}{@code (at, quiet, quietNow)}, from the thread's table when an equal question was asked. */
  static Deferral of(Instant at, List<QuietHours> quiet, boolean quietNow) {
    if (!quietNow) {
      return Deferral.of(at, quiet, false); // at itself: nothing to remember
    }
    return OF_THREAD.get().deferral(at, quiet);
  }

  /** {@code at.atZone(zone).toLocalTime()}, from the thread's table when asked before. */
  static LocalTime localTime(Instant at, ZoneId zone) {
    return OF_THREAD.get().local(at, zone);
  }

  private Deferral deferral(Instant at, List<QuietHours> quiet) {
    int slot = (at.hashCode() * 31 + quiet.hashCode()) & (SLOTS - 1);
    Deferral known = deferrals[slot];
    if (known != null && at.equals(deferredAt[slot]) && quiet.equals(deferredPast[slot])) {
      return known;
    }
    Deferral d = Deferral.of(at, quiet, true);
    deferredAt[slot] = at;
    deferredPast[slot] = List.copyOf(quiet);
    deferrals[slot] = d;
    return d;
  }

  private LocalTime local(Instant at, ZoneId zone) {
    int slot = (at.hashCode() * 31 + zone.hashCode()) & (SLOTS - 1);
    LocalTime known = localTime[slot];
    if (known != null && at.equals(localAt[slot]) && zone.equals(localZone[slot])) {
      return known;
    }
    LocalTime t = at.atZone(zone).toLocalTime();
    localAt[slot] = at;
    localZone[slot] = zone;
    localTime[slot] = t;
    return t;
  }
}
