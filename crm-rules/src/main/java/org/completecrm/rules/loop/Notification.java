package org.completecrm.rules.loop;

import java.time.Instant;
import java.util.List;
import org.completecrm.core.CustomerId;
import org.completecrm.core.InvalidValueException;
import org.completecrm.core.channel.Channel;
import org.completecrm.core.channel.Purpose;

/**
 * A message to send a customer to close the loop, with the channel, when, and why.
 *
 * @param customer the recipient
 * @param subject what it is about: {@code "idea i-1"} or {@code "market m-1"}
 * @param channel the channel to use (consented, preferred)
 * @param purpose the purpose consent was checked for
 * @param sendAt when to send it (after quiet hours)
 * @param message the text, in plain words
 * @param reasons why this customer, this channel and this time
 */
public record Notification(
    CustomerId customer, String subject, Channel channel, Purpose purpose, Instant sendAt, String message,
    List<String> reasons) {
  /** Validates the parts and copies the reasons. */
  public Notification {
    if (customer == null || subject == null || channel == null || purpose == null || sendAt == null || message == null
        || reasons == null) {
      throw new InvalidValueException("Notification", customer, "every part present");
    }
    reasons = List.copyOf(reasons);
  }
}
