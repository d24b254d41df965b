package org.completecrm.core.commitment;

/**
 * Where a commitment stands at an instant. Statuses only ever advance in time: {@link #OPEN},
 * then {@link #DUE}, then {@link #OVERDUE}, then one of the final three (see {@link #stage()}).
 */
public enum CommitmentStatus {
  /** Promised; its window has not begun. */
  OPEN(0),
  /** Its window is running: act now. */
  DUE(1),
  /** Its deadline passed and it was not kept. */
  OVERDUE(2),
  /** Kept by its deadline. */
  FULFILLED_ON_TIME(3),
  /** Kept after its deadline. */
  FULFILLED_LATE(3),
  /** Withdrawn before it was kept. */
  CANCELLED(3);

  private final int stage;

  CommitmentStatus(int stage) {
    this.stage = stage;
  }

  /** 0 open, 1 due, 2 overdue, 3 final: never decreases as time passes. */
  public int stage() {
    return stage;
  }

  /** Whether the commitment still has to be kept (open, due or overdue). */
  public boolean isPending() {
    return stage < 3;
  }
}
