package org.completecrm.rules.condition;

/**
 * A constant: {@code {"always": true}} holds for every decision, {@code {"always": false}} for none.
 *
 * @param holds whether the condition holds
 */
public record Always(boolean holds) implements Condition {
  @Override
  public <R> R accept(Cases<R> cases) {
    return cases.always(this);
  }
}
