package org.completecrm.rules.policy.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.completecrm.core.channel.Channel;
import org.completecrm.core.channel.Purpose;
import org.completecrm.core.timeline.Direction;
import org.completecrm.core.view.Contact;
import org.completecrm.rules.condition.internal.Facts;
import org.jspecify.annotations.Nullable;

/**
 * The outbound contacts that count against one limit (the customer's frequency or a cap) near a
 * send instant, and the most of them in any window that contains it.
 *
 * <p>Design note: a decision asks {@link #worstWith} for every channel tried of every candidate,
 * each time with the contacts planned so far in the decision, a list that only grows. The matching
 * planned instants are therefore merged into a sorted copy of the timeline's instants as they
 * appear (an insertion each), and the count is kept until the list grows again, instead of copying
 * and sorting the instants on every call (which was a tenth of deciding a campaign customer). A
 * planned contact at the send instant itself (as most of a campaign run's are, on the channels not
 * deferred) adds one to every window counted, so the most is kept up to date without a recount. The
 * list is recognised by identity, element by element: any other list (or one changed otherwise
 * than by appending) starts the merge again from the timeline's instants, so the count is always
 * that of the instants and the given list. {@code WindowedContactsTest} compares it with the count
 * of a fresh copy, sorted, on growing and changed lists.
 */
final class WindowedContacts {
  private final Instant around;
  private final Duration window;
  private final Optional<Channel> channel;
  private final Optional<Purpose> purpose;
  private final List<Instant> instants;
  private final Instant from;
  private final Instant to;
  /** The planned contacts already looked at, by identity, and the list they came from. */
  private @Nullable List<Contact> seenList;
  private Contact[] seen = new Contact[0];
  private int seenCount;
  /** The timeline's instants and the matching planned ones among the seen, in order. */
  private Instant[] merged;
  private int mergedSize;
  /** {@link #worstWith} of the seen contacts, or -1 when not yet counted. */
  private int worst = -1;

  /**
   * @param around the send instant
   * @param window the limit's window
   * @param channel the limit's channel, if it counts one channel only
   * @param purpose the limit's purpose, if it counts one purpose only
   * @param instants the matching timeline contacts, past and planned, in {@code (around - window, around + window)}, in order
   */
  WindowedContacts(Instant around, Duration window, Optional<Channel> channel, Optional<Purpose> purpose,
      List<Instant> instants) {
    this.around = around;
    this.window = window;
    this.channel = channel;
    this.purpose = purpose;
    this.instants = List.copyOf(instants);
    this.from = around.minus(window);
    this.to = around.plus(window);
    this.merged = this.instants.toArray(new Instant[0]);
    this.mergedSize = merged.length;
  }

  /** The send instant. */
  Instant around() {
    return around;
  }

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
    return new WindowedContacts(t, window, channel, purpose, out);
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
    if (!extends_(planned)) {
      seenList = planned;
      seenCount = 0;
      merged = instants.toArray(new Instant[0]);
      mergedSize = merged.length;
      worst = -1;
    }
    int n = planned.size();
    if (n > seen.length) {
      seen = Arrays.copyOf(seen, Math.max(n, 2 * seen.length));
    }
    for (int i = seenCount; i < n; i++) {
      Contact c = planned.get(i);
      seen[i] = c;
      if (c.direction() == Direction.OUTBOUND && c.at().isAfter(from) && c.at().isBefore(to)
          && Facts.matches(c, channel, purpose)) {
        insert(c.at());
        // A contact at the send instant is in every window counted (each ends at or after it and
        // less than the window after it), so each count, and the most, grows by one: no recount.
        worst = worst >= 0 && c.at().equals(around) ? worst + 1 : -1;
      }
    }
    seenCount = n;
    if (worst < 0) {
      worst = count(merged, mergedSize, around, window);
    }
    return worst;
  }

  /** Whether {@code planned} is the list seen so far, with every contact seen still in its place. */
  private boolean extends_(List<Contact> planned) {
    if (planned != seenList || planned.size() < seenCount) {
      return false;
    }
    for (int i = 0; i < seenCount; i++) {
      if (planned.get(i) != seen[i]) {
        return false;
      }
    }
    return true;
  }

  /** Puts {@code t} into the merged instants after any equal to it. */
  private void insert(Instant t) {
    if (mergedSize == merged.length) {
      merged = Arrays.copyOf(merged, Math.max(8, 2 * mergedSize));
    }
    int at = mergedSize;
    while (at > 0 && merged[at - 1].isAfter(t)) {
      merged[at] = merged[at - 1];
      at--;
    }
    merged[at] = t;
    mergedSize++;
  }

  /** The most of the first {@code size} of {@code times} (in order) in any window (e - w, e] with e from {@code around}. */
  private static int count(Instant[] times, int size, Instant around, Duration window) {
    // Windows (e - w, e] for e = the send instant and every contact instant after it; a sliding
    // start index over the sorted instants counts each in one pass.
    int worst = 0;
    int start = 0;
    int end = 0;
    int first = firstAtOrAfter(times, size, around);
    for (int k = first - 1; k < size; k++) {
      Instant e = k < first ? around : times[k];
      Instant windowStart = e.minus(window);
      while (end < size && !times[end].isAfter(e)) {
        end++;
      }
      while (start < end && !times[start].isAfter(windowStart)) {
        start++;
      }
      worst = Math.max(worst, end - start);
    }
    return worst;
  }

  /** The position of the first of the first {@code size} of {@code sorted} at or after {@code t}. */
  private static int firstAtOrAfter(Instant[] sorted, int size, Instant t) {
    int lo = 0;
    int hi = size;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (sorted[mid].isBefore(t)) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }
}
