package org.completecrm.rules.policy;

import java.time.Instant;
import java.util.List;
import org.completecrm.core.channel.QuietHours;

/**
 * When a contact on one channel can be sent: the decision instant, or the first instant after
 * the quiet hours that cover it, and why it was deferred.
 *
 * @param sendAt the send instant; null when quiet hours cover the whole day
 * @param quietReason why it was deferred; null when it was not
 */
record Deferral(Instant sendAt, String quietReason) {
  /** Quiet hours that chain into one another are followed at most this many times. */
  static final int MAX_DEFERRALS = 16;

  /** The deferral of a contact at {@code at} past {@code quiet}, the quiet hours that apply to its channel. */
  static Deferral of(Instant at, List<QuietHours> quiet, boolean quietNow) {
    if (!quietNow) {
      return new Deferral(at, null);
    }
    Instant t = at;
    String quietReason = null;
    for (int i = 0; i <= MAX_DEFERRALS; i++) {
      QuietHours inside = null;
      for (QuietHours q : quiet) {
        if (q.contains(t)) {
          inside = q;
          break;
        }
      }
      if (inside == null) {
        return new Deferral(t, quietReason);
      }
      if (i == MAX_DEFERRALS) {
        break;
      }
      if (quietReason == null) {
        quietReason = at.atZone(inside.zone()).toLocalTime() + " is inside the quiet hours " + inside.start() + "-"
            + inside.end() + " (" + inside.zone() + ")";
      }
      t = inside.nextAllowed(t);
    }
    return new Deferral(null, null);
  }
}
