package org.completecrm.rules.condition;

/**
 * A condition that must not hold: {@code {"not": {...}}}.
 *
 * @param condition the condition negated
 */
public record Not(Condition condition) implements Condition {
  /** Refuses a null condition or nesting deeper than {@link Condition#MAX_DEPTH}. */
  public Not {
    Depth.part(condition, "Not.condition");
  }

  @Override
  public <R> R accept(Cases<R> cases) {
    return cases.not(this);
  }
}
