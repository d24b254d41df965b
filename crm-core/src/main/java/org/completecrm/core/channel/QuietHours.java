package org.completecrm.core.channel;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.zone.ZoneOffsetTransition;
import org.completecrm.core.InvalidValueException;
import org.completecrm.core.Checks;
import org.immutables.value.Value;

/**
 * Hours of the day, in the customer's own time zone, in which the customer must not be contacted:
 * from {@code start} (inclusive) to {@code end} (exclusive), wrapping past midnight when start is
 * after end ({@code 21:00-08:00}).
 */
@Value.Immutable
@JsonSerialize(as = ImmutableQuietHours.class)
@JsonDeserialize(as = ImmutableQuietHours.class)
public abstract class QuietHours {
  QuietHours() {}

  /** Quiet from {@code start} to {@code end} in {@code zone}. */
  public static QuietHours of(LocalTime start, LocalTime end, ZoneId zone) {
    return ImmutableQuietHours.builder().start(start).end(end).zone(zone).build();
  }

  /** Local time the quiet period starts (inclusive). */
  public abstract LocalTime start();

  /** Local time the quiet period ends (exclusive). */
  public abstract LocalTime end();

  /** The customer's time zone. */
  public abstract ZoneId zone();

  /** Whether {@code at} falls inside the quiet hours. */
  public boolean contains(Instant at) {
    Checks.present(at, "QuietHours.contains.at");
    return containsLocal(at.atZone(zone()).toLocalTime());
  }

  /** Whether the local time {@code t}, on the clock of {@link #zone()}, falls inside the quiet hours. */
  public boolean containsLocal(LocalTime t) {
    Checks.present(t, "QuietHours.containsLocal.t");
    if (start().isBefore(end())) {
      return !t.isBefore(start()) && t.isBefore(end());
    }
    return !t.isBefore(start()) || t.isBefore(end());
  }

  /**
   * The earliest instant at or after {@code at} outside the quiet hours: {@code at} itself when it
   * is allowed, else the instant the local clock reaches {@code end}. Across daylight-saving
   * changes: if a spring-forward gap swallows {@code end}, the quiet hours end at the gap (the
   * first local time after it is already past {@code end}); if a fall-back repeats {@code end},
   * the first occurrence after {@code at} counts.
   */
  public Instant nextAllowed(Instant at) {
    Checks.present(at, "QuietHours.nextAllowed.at");
    if (!contains(at)) {
      return at;
    }
    ZonedDateTime local = at.atZone(zone());
    LocalDate day = local.toLocalDate();
    if (!start().isBefore(end()) && !local.toLocalTime().isBefore(start())) {
      day = day.plusDays(1);
    }
    LocalDateTime endLocal = LocalDateTime.of(day, end());
    ZoneOffsetTransition transition = zone().getRules().getTransition(endLocal);
    if (transition != null && transition.isGap()) {
      return transition.getInstant().isAfter(at) ? transition.getInstant() : at;
    }
    for (ZoneOffset offset : zone().getRules().getValidOffsets(endLocal)) {
      Instant candidate = endLocal.toInstant(offset);
      if (candidate.isAfter(at)) {
        return candidate;
      }
    }
    // Unreachable for a valid zone: the end on the following day is always after at.
    return ZonedDateTime.of(endLocal.plusDays(1), zone()).toInstant();
  }

  @Value.Check
  void check() {
    Checks.present(start(), "QuietHours.start");
    Checks.present(end(), "QuietHours.end");
    Checks.present(zone(), "QuietHours.zone");
    if (start().equals(end())) {
      throw new InvalidValueException("QuietHours.end", end(), "a time different from start " + start());
    }
  }
}
