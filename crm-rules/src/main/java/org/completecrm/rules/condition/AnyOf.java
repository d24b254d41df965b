package org.completecrm.rules.condition;

import java.util.List;

/**
 * Conditions of which at least one must hold: {@code {"any": [...]}}.
 *
 * @param conditions the parts, at least one (checked when compiled)
 */
public record AnyOf(List<Condition> conditions) implements Condition {
  /** Copies the parts and refuses a null part or nesting deeper than {@link Condition#MAX_DEPTH}. */
  public AnyOf {
    conditions = Depth.parts(conditions, "AnyOf.conditions");
  }

  @Override
  public <R> R accept(Cases<R> cases) {
    return cases.any(this);
  }
}
