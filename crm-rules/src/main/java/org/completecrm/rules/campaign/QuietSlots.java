package org.completecrm.rules.campaign;

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
  private QuietSlots() {}

  /** The number of 64-bit words a mask of {@code hours} slots takes. */
  static int words(int hours) {
    return (hours + 63) / 64;
  }

  /** Writes the mask of free slots into {@code out} from {@code offset}; returns whether any slot is free. */
  static boolean mask(CustomerView view, PolicySettings policies, Channel channel, Purpose purpose, Instant at,
      int hours, long[] out, int offset) {
    return mask(view, policies, channel, purpose, at, hours, out, offset,
        fixedOffset(view.preferences().zone(), at, hours));
  }

  /**
   * {@link #mask(CustomerView, PolicySettings, Channel, Purpose, Instant, int, long[], int)} with the
   * zone's {@link #fixedOffset} over the window already worked out (it depends on the zone only).
   */
  private static boolean mask(CustomerView view, PolicySettings policies, Channel channel, Purpose purpose,
      Instant at, int hours, long[] out, int offset, int zoneOffset) {
    ZoneId zone = view.preferences().zone();
    List<QuietHours> quiet = new ArrayList<>(2);
    view.preferences().quietHours().ifPresent(quiet::add);
    for (QuietHoursPolicy q : policies.quietHours()) {
      if (q.channels().isEmpty() || q.channels().contains(channel)) {
        quiet.add(QuietHours.of(q.start(), q.end(), zone));
      }
    }
    boolean consentSettled = consentSettled(view, channel, purpose, at, at.plusSeconds(3600L * hours));
    int fixedOffset = wholeSeconds(quiet) ? zoneOffset : NOT_FIXED;
    int[] bounds = fixedOffset == NOT_FIXED ? null : seconds(quiet);
    boolean any = false;
    if (bounds != null && consentSettled) {
      // The slots' local seconds by arithmetic, no instants: the same test as below.
      long local = at.getEpochSecond() + fixedOffset;
      for (int h = 0; h < hours; h++) {
        if (freeOfQuiet(bounds, (int) Math.floorMod(local + 3600L * h, (long) DAY))) {
          out[offset + (h >>> 6)] |= 1L << (h & 63);
          any = true;
        }
      }
      return any;
    }
    for (int h = 0; h < hours; h++) {
      Instant start = at.plusSeconds(3600L * h);
      Instant end = start.plusSeconds(3600L);
      boolean free = (fixedOffset == NOT_FIXED ? freeOfQuiet(quiet, zone, start, end)
          : freeOfQuiet(bounds, Math.floorMod(start.getEpochSecond() + fixedOffset, DAY)))
          && (consentSettled || consentHolds(view, channel, purpose, start, end));
      if (free) {
        out[offset + (h >>> 6)] |= 1L << (h & 63);
        any = true;
      }
    }
    return any;
  }

  private static final int NOT_FIXED = Integer.MIN_VALUE;
  /** Not yet worked out (an offset is at most 18 hours). */
  private static final int UNKNOWN = Integer.MAX_VALUE;
  private static final int DAY = 86_400;

  /**
   * The zone's offset in seconds when it is the same throughout the window and the run's instant
   * is a whole second (then a slot's local times follow by arithmetic); else {@link #NOT_FIXED}.
   */
  private static boolean wholeSeconds(List<QuietHours> quiet) {
    for (QuietHours q : quiet) {
      if (q.start().getNano() != 0 || q.end().getNano() != 0) {
        return false;
      }
    }
    return true;
  }

  static int fixedOffset(ZoneId zone, Instant at, int hours) {
    if (at.getNano() != 0) {
      return NOT_FIXED;
    }
    java.time.zone.ZoneRules rules = zone.getRules();
    java.time.zone.ZoneOffsetTransition next = rules.nextTransition(at);
    if (next != null && next.getInstant().isBefore(at.plusSeconds(3600L * (hours + 1L)))) {
      return NOT_FIXED;
    }
    return rules.getOffset(at).getTotalSeconds();
  }

  /**
   * The same test as {@link #freeOfQuiet(List, ZoneId, Instant, Instant)} in seconds of the local
   * day: the slot {@code [s, s + 3600)} meets no quiet interval {@code [start, end)} (each
   * wrapping past midnight where it does).
   */
  static boolean freeOfQuiet(List<QuietHours> quiet, int s) {
    return freeOfQuiet(seconds(quiet), s);
  }

  /** The quiet intervals as seconds of the local day: start and end of each in turn. */
  private static int[] seconds(List<QuietHours> quiet) {
    int[] bounds = new int[2 * quiet.size()];
    for (int i = 0; i < quiet.size(); i++) {
      bounds[2 * i] = quiet.get(i).start().toSecondOfDay();
      bounds[2 * i + 1] = quiet.get(i).end().toSecondOfDay();
    }
    return bounds;
  }

  private static boolean freeOfQuiet(int[] bounds, int s) {
    for (int i = 0; i < bounds.length; i += 2) {
      int qs = bounds[i];
      int qe = bounds[i + 1];
      if (qs < qe ? meets(s, qs, qe) : meets(s, qs, DAY) || meets(s, 0, qe)) {
        return false;
      }
    }
    return true;
  }

  /** Whether the hour from second {@code s} of the day (wrapping past midnight) meets {@code [a, b)}. */
  private static boolean meets(int s, int a, int b) {
    int e = s + 3600;
    if (e <= DAY) {
      return s < b && a < e;
    }
    return s < b && a < DAY || 0 < b && a < e - DAY;
  }

  /** Whether bit {@code h} of the mask at {@code offset} is set. */
  static boolean free(long[] masks, int offset, int h) {
    return (masks[offset + (h >>> 6)] & (1L << (h & 63))) != 0;
  }

  /** No quiet hours contain {@code start}, and none begins within {@code (start, end)}. */
  static boolean freeOfQuiet(List<QuietHours> quiet, ZoneId zone, Instant start, Instant end) {
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
   * Consent at the window's end, with no ledger entry taking effect after the run's instant
   * (recorded later, or recorded earlier with a later start): then it holds throughout, since the
   * decision found it at the run's instant and expiry only ends it.
   */
  private static boolean consentSettled(CustomerView view, Channel channel, Purpose purpose, Instant at, Instant end) {
    for (ConsentEntry e : view.consent().entries()) {
      if (e.effectiveFrom().isAfter(at)) {
        return false;
      }
    }
    return view.consent().allows(channel, purpose, end.minusNanos(1));
  }

  private static boolean consentHolds(CustomerView view, Channel channel, Purpose purpose, Instant start, Instant end) {
    return view.consent().allows(channel, purpose, start) && view.consent().allows(channel, purpose, end.minusNanos(1));
  }

  /**
   * One customer's masks, each computed once per channel and purpose: a decision proposes many
   * actions on a few channels, and a mask depends on the channel and purpose only (computing it
   * per action was two thirds of deciding a campaign customer).
   */
  static final class ForCustomer {
    private static final int PURPOSES = Purpose.values().length;
    private final CustomerView view;
    private final PolicySettings policies;
    private final Instant at;
    private final int hours;
    private final long[][] masks = new long[Channel.values().length * PURPOSES][];
    private int zoneOffset = UNKNOWN;
    private final boolean[] anyFree = new boolean[masks.length];

    ForCustomer(CustomerView view, PolicySettings policies, Instant at, int hours) {
      this.view = view;
      this.policies = policies;
      this.at = at;
      this.hours = hours;
    }

    /** Does what {@link QuietSlots#mask} does, into a mask that was all clear. */
    boolean writeInto(Channel channel, Purpose purpose, long[] out, int offset) {
      int key = channel.ordinal() * PURPOSES + purpose.ordinal();
      long[] m = masks[key];
      if (m == null) {
        m = new long[words(hours)];
        if (zoneOffset == UNKNOWN) {
          zoneOffset = fixedOffset(view.preferences().zone(), at, hours);
        }
        anyFree[key] = mask(view, policies, channel, purpose, at, hours, m, 0, zoneOffset);
        masks[key] = m;
      }
      System.arraycopy(m, 0, out, offset, m.length);
      return anyFree[key];
    }
  }
}
