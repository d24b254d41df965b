package org.completecrm.rules.loop;

import java.util.ArrayList;
import java.util.List;
import org.completecrm.core.InvalidValueException;

/**
 * Who is told and who is not: one entry per customer involved, each in exactly one of the lists,
 * in customer order.
 *
 * @param notifications the messages to send
 * @param suppressed the customers not told, with reasons
 */
public record LoopOutcome(List<Notification> notifications, List<SuppressedNotification> suppressed) {
  /** Validates and copies the lists. */
  public LoopOutcome {
    if (notifications == null || suppressed == null) {
      throw new InvalidValueException("LoopOutcome", "null", "two lists");
    }
    notifications = List.copyOf(notifications);
    suppressed = List.copyOf(suppressed);
  }

  /** Nobody to tell. */
  public static LoopOutcome empty() {
    return new LoopOutcome(List.of(), List.of());
  }

  /** This outcome followed by {@code other}'s entries. */
  public LoopOutcome plus(LoopOutcome other) {
    List<Notification> n = new ArrayList<>(notifications);
    n.addAll(other.notifications);
    List<SuppressedNotification> s = new ArrayList<>(suppressed);
    s.addAll(other.suppressed);
    return new LoopOutcome(n, s);
  }
}
