package org.completecrm.rules.explain;

/** A reason the quiet hours gave: its stage is {@link Stage#CONTACT_POLICY}, its decider {@code policy:quiet-hours}. */
sealed interface ByQuietHours extends Reason permits DeferredForQuietHours, QuietAllDay {
  @Override
  default Stage stage() {
    return Stage.CONTACT_POLICY;
  }

  @Override
  default String by() {
    return "policy:quiet-hours";
  }
}
