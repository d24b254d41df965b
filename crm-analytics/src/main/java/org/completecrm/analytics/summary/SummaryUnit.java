package org.completecrm.analytics.summary;

import java.util.Locale;
import org.completecrm.core.InvalidValueException;

/**
 * The time unit of a summary: every recency, age, horizon and discount rate derived from it is
 * in this unit, and a fitted model is only valid in the unit of its summaries.
 *
 * @param name the unit's name, e.g. {@code weeks}
 * @param days the length of one unit in days
 */
public record SummaryUnit(String name, double days) {
  /** One day. */
  public static final SummaryUnit DAYS = new SummaryUnit("days", 1);

  /** Seven days (the CDNOW literature's unit). */
  public static final SummaryUnit WEEKS = new SummaryUnit("weeks", 7);

  /** Validates: a non-blank name and a finite positive length. */
  public SummaryUnit {
    if (name == null || name.isBlank()) {
      throw new InvalidValueException("SummaryUnit.name", name, "a non-blank unit name");
    }
    if (!Double.isFinite(days) || days <= 0) {
      throw new InvalidValueException("SummaryUnit.days", days, "a finite length in days > 0");
    }
  }

  /** Parses {@code days} or {@code weeks} (any case). */
  public static SummaryUnit parse(String text) {
    String t = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
    switch (t) {
      case "days":
      case "day":
        return DAYS;
      case "weeks":
      case "week":
        return WEEKS;
      default:
        throw new InvalidValueException("SummaryUnit", text, "one of [days, weeks]");
    }
  }

  /** A number of days expressed in this unit. */
  public double fromDays(long dayCount) {
    return dayCount / days;
  }
}
