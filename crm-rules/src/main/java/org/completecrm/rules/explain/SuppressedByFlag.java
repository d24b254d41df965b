package org.completecrm.rules.explain;

import org.completecrm.core.channel.Purpose;
import org.completecrm.core.Checks;

/**
 * No unsolicited contact while a suppressing flag is raised on the customer.
 *
 * @param purpose the purpose of the contact
 * @param flag the suppressing flag (the first in alphabetical order)
 */
public record SuppressedByFlag(Purpose purpose, String flag) implements Reason {
  /** Validates the parts. */
  public SuppressedByFlag {
    Checks.present(purpose, "SuppressedByFlag.purpose");
    Checks.notBlank(flag, "SuppressedByFlag.flag");
  }

  @Override
  public Stage stage() {
    return Stage.CONTACT_POLICY;
  }

  @Override
  public String by() {
    return "policy:suppression.flag";
  }

  @Override
  public String text() {
    return "No " + Words.of(purpose) + " contact: the customer's '" + flag + "' flag is raised.";
  }
}
