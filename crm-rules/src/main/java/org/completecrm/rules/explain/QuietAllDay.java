package org.completecrm.rules.explain;

import org.completecrm.core.channel.Channel;
import org.completecrm.core.Checks;

/**
 * The quiet hours of the channel cover the whole day: no hour is allowed.
 *
 * @param channel the channel
 */
public record QuietAllDay(Channel channel) implements ByQuietHours {
  /** Validates the parts. */
  public QuietAllDay {
    Checks.present(channel, "QuietAllDay.channel");
  }

  @Override
  public String text() {
    return "No allowed hour on " + Words.of(channel) + ": the quiet hours cover the whole day.";
  }
}
