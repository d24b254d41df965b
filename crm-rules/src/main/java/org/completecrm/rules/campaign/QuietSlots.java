package org.completecrm.rules.campaign;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.completecrm.core.channel.Channel;
import org.completecrm.core.channel.Purpose;
import org.completecrm.core.channel.QuietHours;
import org.completecrm.core.consent.ConsentEntry;
import org.completecrm.core.view.CustomerView;
import org.completecrm.rules.ruleset.PolicySettings;
import org.completecrm.rules.ruleset.QuietHoursPolicy;

/**
 * The hourly slots of a send window in which one customer may be sent to on one channel: slot
 * {@code h} is {@code [at + h hours, at + h + 1 hours)}; it is free when no quiet hours that
 * apply to the channel (the customer's own, then the rule set's, in the customer's zone, as the
 * decision applies them) contain any instant of it, and consent for the purpose holds at its
 * start and end. Bit {@code h % 64} of word {@code h / 64} is set for a free slot.
 */
final class QuietSlots {
  private static final Duration HOUR = Duration.ofHours(1);

  private QuietSlots() {}

  /** The number of 64-bit words a mask of {@code hours} slots takes. */
  static int words(int hours) {
    return (hours + 63) / 64;
  }

  /** Writes the mask of free slots into {@code out} from {@code offset}; returns whether any slot is free. */
  static boolean mask(CustomerView view, PolicySettings policies, Channel channel, Purpose purpose, Instant at,
      int hours, long[] out, int offset) {
    ZoneId zone = view.preferences().zone();
    List<QuietHours> quiet = new ArrayList<>(2);
    view.preferences().quietHours().ifPresent(quiet::add);
    for (QuietHoursPolicy q : policies.quietHours()) {
      if (q.channels().isEmpty() || q.channels().contains(channel)) {
        quiet.add(QuietHours.of(q.start(), q.end(), zone));
      }
    }
    boolean consentSettled = consentSettled(view, channel, purpose, at, at.plus(HOUR.multipliedBy(hours)));
    boolean any = false;
    for (int h = 0; h < hours; h++) {
      Instant start = at.plus(HOUR.multipliedBy(h));
      Instant end = start.plus(HOUR);
      boolean free = freeOfQuiet(quiet, zone, start, end)
          && (consentSettled || consentHolds(view, channel, purpose, start, end));
      if (free) {
        out[offset + (h >>> 6)] |= 1L << (h & 63);
        any = true;
      }
    }
    return any;
  }

  /** Whether bit {@code h} of the mask at {@code offset} is set. */
  static boolean free(long[] masks, int offset, int h) {
    return (masks[offset + (h >>> 6)] & (1L << (h & 63))) != 0;
  }

  /** No quiet hours contain {@code start}, and none begins within {@code (start, end)}. */
  private static boolean freeOfQuiet(List<QuietHours> quiet, ZoneId zone, Instant start, Instant end) {
    if (quiet.isEmpty()) {
      return true;
    }
    LocalDateTime from = LocalDateTime.ofInstant(start, zone);
    LocalDateTime to = LocalDateTime.ofInstant(end, zone);
    for (QuietHours q : quiet) {
      if (q.contains(start)) {
        return false;
      }
      for (LocalDateTime day = from.toLocalDate().atStartOfDay(); !day.isAfter(to); day = day.plusDays(1)) {
        LocalDateTime begins = day.toLocalDate().atTime(q.start());
        if (begins.isAfter(from) && begins.isBefore(to)) {
          return false;
        }
      }
    }
    return true;
  }

  /**
   * Consent at the window's end, with no ledger entry recorded after the run's instant: then it
   * holds throughout, since the decision found it at the run's instant and expiry only ends it.
   */
  private static boolean consentSettled(CustomerView view, Channel channel, Purpose purpose, Instant at, Instant end) {
    for (ConsentEntry e : view.consent().entries()) {
      if (e.recordedAt().isAfter(at)) {
        return false;
      }
    }
    return view.consent().allows(channel, purpose, end.minusNanos(1));
  }

  private static boolean consentHolds(CustomerView view, Channel channel, Purpose purpose, Instant start, Instant end) {
    return view.consent().allows(channel, purpose, start) && view.consent().allows(channel, purpose, end.minusNanos(1));
  }
}
