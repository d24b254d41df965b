package org.completecrm.rules.condition;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.completecrm.core.json.CrmJson;

/**
 * Checks and compiles conditions: every error names the JSON path of the bad part, the bad value
 * and what was expected; a valid condition becomes a {@link CompiledCondition}.
 *
 * <p>Semantics: a comparison with a field that has no value (a missing score, no household) is
 * false whatever the operator; {@code absent} tests for a missing value.
 */
public final class Conditions {
  private static final String FORMS = "exactly one of field/op/value, all, any, not or always";

  private Conditions() {}

  /** Whether a condition is statically known to hold, known never to hold, or depends on the facts. */
  public enum Truth {
    /** Holds for every decision. */
    ALWAYS,
    /** Holds for no decision. */
    NEVER,
    /** Depends on the facts. */
    DEPENDS
  }

  /**
   * Checks {@code condition}, found at JSON path {@code path}, and compiles it.
   *
   * @throws InvalidRuleException naming the path, the value and what was expected
   */
  public static CompiledCondition compile(Condition condition, String path) {
    if (condition == null) {
      throw new InvalidRuleException(path, "null", "a condition (" + FORMS + ")");
    }
    int forms = (condition.field().isPresent() || condition.op().isPresent() || condition.value().isPresent()
            || condition.within().isPresent() ? 1 : 0)
        + (condition.all().isEmpty() ? 0 : 1)
        + (condition.any().isEmpty() ? 0 : 1)
        + (condition.not().isPresent() ? 1 : 0)
        + (condition.always().isPresent() ? 1 : 0);
    if (forms != 1) {
      throw new InvalidRuleException(path, CrmJson.write(condition), FORMS);
    }
    if (condition.always().isPresent()) {
      boolean v = condition.always().get();
      return f -> v;
    }
    if (condition.not().isPresent()) {
      CompiledCondition inner = compile(condition.not().get(), path + ".not");
      return f -> !inner.test(f);
    }
    if (!condition.all().isEmpty()) {
      CompiledCondition[] parts = compileAll(condition.all(), path + ".all");
      return f -> {
        for (CompiledCondition p : parts) {
          if (!p.test(f)) {
            return false;
          }
        }
        return true;
      };
    }
    if (!condition.any().isEmpty()) {
      CompiledCondition[] parts = compileAll(condition.any(), path + ".any");
      return f -> {
        for (CompiledCondition p : parts) {
          if (p.test(f)) {
            return true;
          }
        }
        return false;
      };
    }
    return Comparisons.compile(condition, path);
  }

  private static CompiledCondition[] compileAll(List<Condition> conditions, String path) {
    CompiledCondition[] parts = new CompiledCondition[conditions.size()];
    for (int i = 0; i < parts.length; i++) {
      parts[i] = compile(conditions.get(i), path + "[" + i + "]");
    }
    return parts;
  }

  /**
   * The event kinds for which {@code c} (assumed valid) can hold: those an {@code event.kind}
   * comparison admits, narrowed through {@code all} and widened through {@code any}; every kind
   * where nothing is known (other fields, {@code not}). A superset: a decision may skip a rule for
   * the other kinds without testing it.
   */
  public static Set<EventKind> eventKinds(Condition c) {
    return EventKinds.of(c);
  }

  /** What is statically known about a condition (assumed valid): a constant, a contradiction, or neither. */
  public static Truth truth(Condition c) {
    if (c.always().isPresent()) {
      return c.always().get() ? Truth.ALWAYS : Truth.NEVER;
    }
    if (c.not().isPresent()) {
      Truth t = truth(c.not().get());
      return t == Truth.ALWAYS ? Truth.NEVER : t == Truth.NEVER ? Truth.ALWAYS : Truth.DEPENDS;
    }
    if (!c.all().isEmpty()) {
      boolean allAlways = true;
      for (Condition part : c.all()) {
        Truth t = truth(part);
        if (t == Truth.NEVER) {
          return Truth.NEVER;
        }
        allAlways &= t == Truth.ALWAYS;
        for (Condition other : c.all()) {
          if (other.not().isPresent() && other.not().get().equals(part)) {
            return Truth.NEVER;
          }
        }
      }
      return allAlways ? Truth.ALWAYS : Truth.DEPENDS;
    }
    if (!c.any().isEmpty()) {
      boolean allNever = true;
      for (Condition part : c.any()) {
        Truth t = truth(part);
        if (t == Truth.ALWAYS) {
          return Truth.ALWAYS;
        }
        allNever &= t == Truth.NEVER;
        for (Condition other : c.any()) {
          if (other.not().isPresent() && other.not().get().equals(part)) {
            return Truth.ALWAYS;
          }
        }
      }
      return allNever ? Truth.NEVER : Truth.DEPENDS;
    }
    return Truth.DEPENDS;
  }

  /** The field names a condition uses, for documentation and checks. */
  public static Set<String> fieldsOf(Condition c) {
    Set<String> out = new HashSet<>();
    c.field().ifPresent(out::add);
    c.all().forEach(p -> out.addAll(fieldsOf(p)));
    c.any().forEach(p -> out.addAll(fieldsOf(p)));
    c.not().ifPresent(p -> out.addAll(fieldsOf(p)));
    return out;
  }

  /** The optional condition at {@code path}, compiled, or the condition that always holds. */
  public static CompiledCondition compileOptional(Optional<Condition> condition, String path) {
    return condition.isPresent() ? compile(condition.get(), path) : f -> true;
  }
}
