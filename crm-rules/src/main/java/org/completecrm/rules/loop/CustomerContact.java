package org.completecrm.rules.loop;

import org.completecrm.core.CustomerId;
import org.completecrm.core.InvalidValueException;
import org.completecrm.core.channel.ChannelPreferences;
import org.completecrm.core.consent.ConsentLedger;

/**
 * What the loop needs to reach a customer: their consent ledger and channel preferences.
 *
 * @param customer the customer
 * @param consent the customer's consent ledger
 * @param preferences the customer's channel ranking, quiet hours and time zone
 */
public record CustomerContact(CustomerId customer, ConsentLedger consent, ChannelPreferences preferences) {
  /** Validates the parts: all present, the ledger the customer's own. */
  public CustomerContact {
    if (customer == null || consent == null || preferences == null) {
      throw new InvalidValueException("CustomerContact", customer, "a customer, a consent ledger and channel preferences");
    }
    if (!consent.customer().equals(customer)) {
      throw new InvalidValueException("CustomerContact.consent.customer", consent.customer(), "the ledger of " + customer);
    }
  }
}
