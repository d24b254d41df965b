package org.completecrm.core.timeline;

/** How serious a case is. */
public enum Severity {
  /** Minor. */
  LOW,
  /** Ordinary. */
  MEDIUM,
  /** Serious: the customer is harmed or about to leave. */
  HIGH,
  /** Regulatory, safety or financial harm. */
  CRITICAL;
}
