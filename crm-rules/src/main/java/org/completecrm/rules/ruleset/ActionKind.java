package org.completecrm.rules.ruleset;

/** Whether an action sells or serves. */
public enum ActionKind {
  /** An offer: a product, an upgrade, a campaign message. */
  OFFER,
  /** A service action: resolve a complaint, keep an overdue promise, fix a problem. */
  SERVICE
}
