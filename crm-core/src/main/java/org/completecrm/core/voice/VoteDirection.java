package org.completecrm.core.voice;

/** Whether a vote is for or against an idea. */
public enum VoteDirection {
  /** For the idea. */
  UP,
  /** Against the idea. */
  DOWN
}
