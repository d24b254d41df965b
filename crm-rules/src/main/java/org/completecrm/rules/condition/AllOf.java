package org.completecrm.rules.condition;

import java.util.List;

/**
 * Conditions that must all hold: {@code {"all": [...]}}.
 *
 * @param conditions the parts, at least one (checked when compiled)
 */
public record AllOf(List<Condition> conditions) implements Condition {
  /** Copies the parts and refuses a null part or nesting deeper than {@link Condition#MAX_DEPTH}. */
  public AllOf {
    conditions = Depth.parts(conditions, "AllOf.conditions");
  }

  @Override
  public <R> R accept(Cases<R> cases) {
    return cases.all(this);
  }
}
