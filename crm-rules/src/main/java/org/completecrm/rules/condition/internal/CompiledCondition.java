package org.completecrm.rules.condition.internal;

/** A condition compiled into a test of one decision's facts. */
@FunctionalInterface
public interface CompiledCondition {
  /** Whether the condition holds for {@code facts}. */
  boolean test(Facts facts);
}
