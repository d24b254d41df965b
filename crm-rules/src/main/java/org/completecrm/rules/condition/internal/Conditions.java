package org.completecrm.rules.condition.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.completecrm.rules.event.EventKind;
import org.completecrm.rules.condition.AllOf;
import org.completecrm.rules.condition.Always;
import org.completecrm.rules.condition.AnyOf;
import org.completecrm.rules.condition.Comparison;
import org.completecrm.rules.condition.Condition;
import org.completecrm.rules.condition.InvalidRuleException;
import org.completecrm.rules.condition.Not;

/**
 * Checks and compiles conditions: every error names the JSON path of the bad part, the bad value
 * and what was expected; a valid condition becomes a {@link CompiledCondition}. Each walk over a
 * condition is a {@link Condition.Cases}, so it handles every form.
 *
 * <p>Semantics: a comparison with a field that has no value (a missing score, no household) is
 * false whatever the operator; {@code absent} tests for a missing value.
 */
public final class Conditions {
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
      throw new InvalidRuleException(path, "null", "a condition (exactly one of field/op/value, all, any, not or always)");
    }
    return condition.accept(new Compiling(path));
  }

  /** The compiling of each form at one path. */
  private static final class Compiling implements Condition.Cases<CompiledCondition> {
    private final String path;

    Compiling(String path) {
      this.path = path;
    }

    @Override
    public CompiledCondition comparison(Comparison comparison) {
      return CompiledComparisons.compile(comparison, path);
    }

    @Override
    public CompiledCondition all(AllOf all) {
      CompiledCondition[] parts = compileAll(all.conditions(), path + ".all");
      return f -> {
        for (CompiledCondition p : parts) {
          if (!p.test(f)) {
            return false;
          }
        }
        return true;
      };
    }

    @Override
    public CompiledCondition any(AnyOf any) {
      CompiledCondition[] parts = compileAll(any.conditions(), path + ".any");
      return f -> {
        for (CompiledCondition p : parts) {
          if (p.test(f)) {
            return true;
          }
        }
        return false;
      };
    }

    @Override
    public CompiledCondition not(Not not) {
      CompiledCondition inner = compile(not.condition(), path + ".not");
      return f -> !inner.test(f);
    }

    @Override
    public CompiledCondition always(Always always) {
      boolean v = always.holds();
      return f -> v;
    }
  }

  private static CompiledCondition[] compileAll(List<Condition> conditions, String path) {
    if (conditions.isEmpty()) {
      throw new InvalidRuleException(path, "[]", "a non-empty array of conditions");
    }
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
    return c.accept(EventKinds.OF);
  }

  /** What is statically known about a condition (assumed valid): a constant, a contradiction, or neither. */
  public static Truth truth(Condition c) {
    return c.accept(Truths.OF);
  }

  /** The field names a condition uses, for documentation and checks. */
  public static Set<String> fieldsOf(Condition c) {
    Set<String> out = new HashSet<>();
    c.accept(new Condition.Cases<Void>() {
      @Override
      public Void comparison(Comparison comparison) {
        out.add(comparison.field());
        return null;
      }

      @Override
      public Void all(AllOf all) {
        all.conditions().forEach(p -> p.accept(this));
        return null;
      }

      @Override
      public Void any(AnyOf any) {
        any.conditions().forEach(p -> p.accept(this));
        return null;
      }

      @Override
      public Void not(Not not) {
        return not.condition().accept(this);
      }

      @Override
      public Void always(Always always) {
        return null;
      }
    });
    return out;
  }

  /** The optional condition at {@code path}, compiled, or the condition that always holds. */
  public static CompiledCondition compileOptional(Optional<Condition> condition, String path) {
    return condition.isPresent() ? compile(condition.get(), path) : f -> true;
  }
}
