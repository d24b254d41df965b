package org.completecrm.rules.loop;

import java.util.List;
import org.completecrm.core.CustomerId;
import org.completecrm.core.InvalidValueException;

/**
 * A customer involved in a change who will not be told, and why (no consent on any channel, no
 * contact details known).
 *
 * @param customer the customer
 * @param subject what it was about
 * @param reasons why the customer is not told, in plain words
 */
public record SuppressedNotification(CustomerId customer, String subject, List<String> reasons) {
  /** Validates the parts and copies the reasons. */
  public SuppressedNotification {
    if (customer == null || subject == null || reasons == null || reasons.isEmpty()) {
      throw new InvalidValueException("SuppressedNotification", customer, "a customer, a subject and at least one reason");
    }
    reasons = List.copyOf(reasons);
  }
}
