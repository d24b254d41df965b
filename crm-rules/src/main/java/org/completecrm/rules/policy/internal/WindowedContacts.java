package org.completecrm.rules.policy.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.completecrm.core.channel.Channel;
import org.completecrm.core.channel.Purpose;
import org.completecrm.core.timeline.Direction;
import org.completecrm.core.view.Contact;
import org.completecrm.rules.condition.internal.Facts;

/**
 * The outbound contacts that count against one limit (the customer's frequency or a cap) near a
 * send instant, and the most of them in any window that contains it.
 *
 * @param around the send instant
 * @param window the limit's window
 * @param channel the limit's channel, if it counts one channel only
 * @param purpose the limit's purpose, if it counts one purpose only
 * @param instants the matching timeline contacts, past and planned, in {@code (around - window, around + window)}, in order
 */
record WindowedContacts(Instant around, Duration window, Optional<Channel> channel, Optional<Purpose> purpose,
    List<Instant> instants) {
  /** The matching outbound contacts of the customer (and of the household when {@code household}) near {@code t}. */
  static WindowedContacts of(Facts facts, Instant t, Duration window, Optional<Channel> channel,
      Optional<Purpose> purpose, boolean household) {
    Instant from = t.minus(window);
    Instant to = t.plus(window);
    List<Instant> out = new ArrayList<>();
    collect(facts.ownContacts(), from, to, channel, purpose, out);
    // Sends already planned (a contact deferred out of quiet hours and recorded at its send
    // instant) count from the moment they are planned: all later than the view's own contacts.
    collect(facts.plannedContacts(), from, to, channel, purpose, out);
    if (household) {
      collect(facts.householdContacts(), from, to, channel, purpose, out);
      collect(facts.plannedHouseholdContacts(), from, to, channel, purpose, out);
      Collections.sort(out);
    }
    return new WindowedContacts(t, window, channel, purpose, List.copyOf(out));
  }

  private static void collect(List<Contact> sorted, Instant from, Instant to, Optional<Channel> channel,
      Optional<Purpose> purpose, List<Instant> out) {
    for (int i = firstAfter(sorted, from); i < sorted.size(); i++) {
      Contact c = sorted.get(i);
      if (!c.at().isBefore(to)) {
        break;
      }
      if (c.direction() == Direction.OUTBOUND && Facts.matches(c, channel, purpose)) {
        out.add(c.at());
      }
    }
  }

  /** The position of the first contact strictly after {@code t} in {@code sorted} (by instant), by bisection. */
  private static int firstAfter(List<Contact> sorted, Instant t) {
    int lo = 0;
    int hi = sorted.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (sorted.get(mid).at().isAfter(t)) {
        hi = mid;
      } else {
        lo = mid + 1;
      }
    }
    return lo;
  }

  /**
   * The most matching contacts, these and the {@code planned} ones, in any window of the limit's
   * length that contains the send instant, not counting a contact at that instant itself: windows
   * {@code (e - w, e]} for every end {@code e} from the send instant to before it plus {@code w}.
   * The maximum is reached at a window ending at the send instant or at a contact.
   */
  int worstWith(List<Contact> planned) {
    Instant from = around.minus(window);
    Instant to = around.plus(window);
    List<Instant> times = instants;
    for (Contact c : planned) {
      if (c.direction() == Direction.OUTBOUND && c.at().isAfter(from) && c.at().isBefore(to)
          && Facts.matches(c, channel, purpose)) {
        if (times == instants) {
          times = new ArrayList<>(instants);
        }
        times.add(c.at());
      }
    }
    if (times != instants) {
      Collections.sort(times);
    }
    // Windows (e - w, e] for e = the send instant and every contact instant after it; a sliding
    // start index over the sorted instants counts each in one pass.
    int worst = 0;
    int start = 0;
    int end = 0;
    int first = firstAtOrAfter(times, around);
    for (int k = first - 1; k < times.size(); k++) {
      Instant e = k < first ? around : times.get(k);
      Instant windowStart = e.minus(window);
      while (end < times.size() && !times.get(end).isAfter(e)) {
        end++;
      }
      while (start < end && !times.get(start).isAfter(windowStart)) {
        start++;
      }
      worst = Math.max(worst, end - start);
    }
    return worst;
  }

  private static int firstAtOrAfter(List<Instant> sorted, Instant t) {
    int i = Collections.binarySearch(sorted, t);
    if (i < 0) {
      return -i - 1;
    }
    while (i > 0 && sorted.get(i - 1).equals(t)) {
      i--;
    }
    return i;
  }
}
