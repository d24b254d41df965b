package org.completecrm.analytics.summary;

import java.time.LocalDate;
import org.completecrm.core.CustomerId;
import org.completecrm.core.InvalidValueException;

/**
 * One purchase of a customer on a calendar day, the input of {@link Summaries}.
 *
 * @param customerId the buyer
 * @param date the day of the purchase (cut in the host's time zone)
 * @param amount the amount spent, finite and {@code >= 0}
 */
public record Purchase(CustomerId customerId, LocalDate date, double amount) {
  /** Validates the fields. */
  public Purchase {
    if (customerId == null) {
      throw new InvalidValueException("Purchase.customerId", "null", "a customer id");
    }
    if (date == null) {
      throw new InvalidValueException("Purchase.date", "null", "a date");
    }
    if (!Double.isFinite(amount) || amount < 0) {
      throw new InvalidValueException("Purchase.amount", amount, "a finite amount >= 0");
    }
  }
}
