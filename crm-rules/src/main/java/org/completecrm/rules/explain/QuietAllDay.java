package org.completecrm.rules.explain;

import org.completecrm.core.channel.Channel;
import org.completecrm.core.Checks;

/**
 * The quiet hours of the channel cover the whole day: no hour is allowed.
 *
 * @param channel the channel
 */
public record QuietAllDay(Channel channel) implements Reason {
  /** Validates the parts. */
  public QuietAllDay {
    Checks.present(channel, "QuietAllDay.channel");
  }

  @Override
  public Stage stage() {
    return Stage.CONTACT_POLICY;
  }

  @Override
  public String by() {
    return "policy:quiet-hours";
  }

  @Override
  public String text() {
    return "No allowed hour on " + Words.of(channel) + ": the quiet hours cover the whole day.";
  }
}
