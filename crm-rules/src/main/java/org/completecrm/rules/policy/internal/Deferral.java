package org.completecrm.rules.policy.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.completecrm.core.channel.QuietHours;
import org.jspecify.annotations.Nullable;

/**
 * When a contact on one channel can be sent: the decision instant, or the first instant after
 * the quiet hours that cover it, and why it was deferred.
 *
 * @param sendAt the send instant; null when quiet hours cover the whole day
 * @param quietHours the quiet hours that cover the decision instant (the first that does); null when not deferred
 */
record Deferral(@Nullable Instant sendAt, @Nullable QuietHours quietHours) {
  /** Quiet from the decision until this much later means quiet at every local time of day (two days and a DST hour). */
  static final Duration UNTIL_PROVEN = Duration.ofHours(50);

  /**
   * The deferral of a contact at {@code at} past {@code quiet}, the quiet hours that apply to its
   * channel. Each step moves the candidate to the end of a quiet window that contains it, so every
   * instant from {@code at} to the candidate is quiet. The candidate only grows, and within {@link
   * #UNTIL_PROVEN} each window has at most three ends (one a day, a repeated one in a fall-back), so
   * the steps are bounded whatever the number of windows; quiet past {@link #UNTIL_PROVEN} means
   * every local time of day is quiet and no instant is free.
   */
  static Deferral of(Instant at, List<QuietHours> quiet, boolean quietNow) {
    if (!quietNow) {
      return new Deferral(at, null);
    }
    Instant t = at;
    Instant proven = at.plus(UNTIL_PROVEN);
    QuietHours first = null;
    for (int step = 0; step <= 3 * quiet.size() + 3; step++) {
      QuietHours inside = null;
      for (QuietHours q : quiet) {
        if (q.contains(t)) {
          inside = q;
          break;
        }
      }
      if (inside == null) {
        return new Deferral(t, first);
      }
      if (first == null) {
        first = inside;
      }
      Instant next = inside.nextAllowed(t);
      if (!next.isAfter(t) || next.isAfter(proven)) {
        break;
      }
      t = next;
    }
    return new Deferral(null, null);
  }
}
