package org.completecrm.rules.condition;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.completecrm.core.InvalidValueException;

/**
 * How deeply a condition nests, and the check that keeps it at most {@link Condition#MAX_DEPTH}
 * when a combination is built, so that no later walk over a condition can overflow the stack.
 */
final class Depth implements Condition.Cases<Integer> {
  static final Depth OF = new Depth();

  private Depth() {}

  /** The parts of a combination, copied, each checked. */
  static List<Condition> parts(List<Condition> parts, String field) {
    if (parts == null) {
      throw new InvalidValueException(field, "null", "a list of conditions");
    }
    List<Condition> copy = new ArrayList<>(parts.size());
    for (int i = 0; i < parts.size(); i++) {
      copy.add(part(parts.get(i), field + "[" + i + "]"));
    }
    return Collections.unmodifiableList(copy);
  }

  /** One part of a combination, checked: present, and shallow enough to nest once more. */
  static Condition part(Condition part, String field) {
    if (part == null) {
      throw new InvalidValueException(field, "null", "a condition");
    }
    int depth = part.depth() + 1;
    if (depth > Condition.MAX_DEPTH) {
      throw new InvalidValueException("Condition", "a condition nested " + depth + " deep",
          "conditions nested at most " + Condition.MAX_DEPTH + " deep (all, any, not)");
    }
    return part;
  }

  @Override
  public Integer comparison(Comparison comparison) {
    return 1;
  }

  @Override
  public Integer all(AllOf all) {
    return 1 + deepest(all.conditions());
  }

  @Override
  public Integer any(AnyOf any) {
    return 1 + deepest(any.conditions());
  }

  @Override
  public Integer not(Not not) {
    return 1 + not.condition().depth();
  }

  @Override
  public Integer always(Always always) {
    return 1;
  }

  private static int deepest(List<Condition> parts) {
    int deepest = 0;
    for (Condition c : parts) {
      deepest = Math.max(deepest, c.depth());
    }
    return deepest;
  }
}
