package org.completecrm.rules.response;

import java.time.Duration;

/** Durations in words a frontline employee reads: "2 days 3 hours", "45 minutes". */
public final class Durations {
  private Durations() {}

  /** The duration in days, hours and minutes (the two largest non-zero units). */
  public static String words(Duration d) {
    long minutes = Math.abs(d.toMinutes());
    long days = minutes / (24 * 60);
    long hours = minutes / 60 % 24;
    long mins = minutes % 60;
    StringBuilder sb = new StringBuilder();
    if (days > 0) {
      sb.append(days).append(days == 1 ? " day" : " days");
      if (hours > 0) {
        sb.append(' ').append(hours).append(hours == 1 ? " hour" : " hours");
      }
    } else if (hours > 0) {
      sb.append(hours).append(hours == 1 ? " hour" : " hours");
      if (mins > 0) {
        sb.append(' ').append(mins).append(mins == 1 ? " minute" : " minutes");
      }
    } else {
      sb.append(mins).append(mins == 1 ? " minute" : " minutes");
    }
    return sb.toString();
  }
}
