package org.completecrm.analytics.value;

import org.completecrm.core.CrmException;

/** The data cannot identify the model's parameters (for example: no customer made a repeat purchase). */
public class UnidentifiedModelException extends CrmException {
  private static final long serialVersionUID = 1L;

  /** An exception saying which model cannot be fitted and why. */
  public UnidentifiedModelException(String model, String reason) {
    super(model + ": the data cannot identify the model: " + reason);
  }
}
