package org.completecrm.rules.explain;

import org.completecrm.core.channel.Channel;
import org.completecrm.core.Checks;

/**
 * The firm cannot start a contact on the channel: the customer has to come to it.
 *
 * @param channel the channel
 */
public record NotAnOutboundChannel(Channel channel) implements Reason {
  /** Validates the parts. */
  public NotAnOutboundChannel {
    Checks.present(channel, "NotAnOutboundChannel.channel");
  }

  @Override
  public Stage stage() {
    return Stage.CONTACT_POLICY;
  }

  @Override
  public String by() {
    return "policy:channel";
  }

  @Override
  public String text() {
    return Words.of(channel) + " cannot start a contact: the customer has to come to it.";
  }
}
