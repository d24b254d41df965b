package org.completecrm.rules.compare;

/** Whether a subject is new in the later decision, gone from it, or in both but different. */
public enum ChangeKind {
  /** In the later decision only. */
  ADDED,
  /** In the earlier decision only. */
  REMOVED,
  /** In both, different. */
  CHANGED
}
