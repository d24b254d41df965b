package org.completecrm.rules.explain;

import org.completecrm.core.channel.ContactFrequency;
import org.completecrm.core.Checks;
import org.completecrm.rules.response.Durations;

/**
 * The customer's stated contact frequency is reached.
 *
 * @param asked the frequency the customer asked for: at most so many contacts in any window
 * @param count the contacts that already fall in such a window
 */
public record CustomerFrequencyReached(ContactFrequency asked, int count) implements Reason {
  /** Validates the parts. */
  public CustomerFrequencyReached {
    Checks.present(asked, "CustomerFrequencyReached.asked");
  }

  @Override
  public Stage stage() {
    return Stage.CONTACT_POLICY;
  }

  @Override
  public String by() {
    return "policy:customer-frequency";
  }

  @Override
  public String text() {
    return "The customer asked for at most " + asked.maxContacts() + " contacts in any "
        + Durations.words(asked.window()) + "; " + count + " already fall in such a window.";
  }
}
