package org.completecrm.rules.explain;

import org.completecrm.core.channel.Channel;
import org.completecrm.core.Checks;

/**
 * The decision already has its most outbound contacts on the channel.
 *
 * @param channel the channel
 * @param planned the contacts on it already planned in this decision
 * @param max the rule set's {@code maxPerChannel}
 */
public record ChannelVolumeReached(Channel channel, int planned, int max) implements Reason {
  /** Validates the parts. */
  public ChannelVolumeReached {
    Checks.present(channel, "ChannelVolumeReached.channel");
  }

  @Override
  public Stage stage() {
    return Stage.VOLUME;
  }

  @Override
  public String by() {
    return "policy:volume.per-channel";
  }

  @Override
  public String text() {
    return "This decision already has " + planned + " " + Words.of(channel) + " contact" + (planned == 1 ? "" : "s")
        + " (limit " + max + ").";
  }
}
