package org.completecrm.rules.condition.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.completecrm.core.Money;
import org.completecrm.rules.condition.Comparison;
import org.completecrm.rules.condition.InvalidRuleException;
import org.completecrm.rules.condition.Operator;
import org.jspecify.annotations.Nullable;

/**
 * Compiles a comparison of a field with a value, checking the field, the operator for the field's
 * type, the window and the value. A field without a value makes every comparison false; {@code
 * absent} tests for a missing value. Each type's operators are an exhaustive switch: an operator of
 * another type is the error the type check gives.
 */
public final class CompiledComparisons {
  private CompiledComparisons() {}

  /** The catalogue's field {@code name}, or the error at {@code path.field}. */
  static Field field(String name, String path) {
    return Fields.lookup(name).orElseThrow(() -> new InvalidRuleException(path + ".field", name,
        "one of " + Fields.names()));
  }

  /**
   * The error for a comparison at {@code path} whose operator {@code op} is unknown: the field's
   * error if the catalogue does not know {@code field} either, else the operators of its type.
   */
  public static InvalidRuleException unknownOperator(String field, Object op, String path) {
    return wrongOperator(field(field, path), op, path);
  }

  /** The error for an operator {@code op} that the field's type does not have. */
  static InvalidRuleException wrongOperator(Field field, Object op, String path) {
    return new InvalidRuleException(path + ".op", op, "one of " + field.type.operators() + " for the "
        + ConditionValues.typeName(field.type) + " field " + field.name);
  }

  static CompiledCondition compile(Comparison c, String path) {
    Field field = field(c.field(), path);
    Operator op = c.op();
    if (!field.type.operators().contains(op)) {
      throw wrongOperator(field, op, path);
    }
    if (field.windowed && c.within().isEmpty()) {
      throw new InvalidRuleException(path + ".within", "absent", "a window such as P7D for the field " + field.name);
    }
    if (!field.windowed && c.within().isPresent()) {
      throw new InvalidRuleException(path + ".within", c.within().get(),
          "no window: the field " + field.name + " is not counted over a window");
    }
    @Nullable Duration within = c.within().orElse(null);
    if (within != null && (within.isNegative() || within.isZero())) {
      throw new InvalidRuleException(path + ".within", within, "a positive duration");
    }
    if (op.unary()) {
      if (c.value().isPresent()) {
        throw new InvalidRuleException(path + ".value", c.value().get(), "no value for the operator " + op);
      }
      return unary(field, within, op, path);
    }
    JsonNode value = c.value().orElseThrow(() -> new InvalidRuleException(path + ".value", "absent",
        ConditionValues.expectedValue(field, op)));
    String vp = path + ".value";
    return switch (field.type) {
      case NUMBER -> number(field, within, op, ConditionValues.numberValue(value, field, op, vp), path);
      case TEXT, ENUM -> text(field, within, op, value, vp, path);
      case SET -> set(field, within, op, value, vp, path);
      case INSTANT -> instant(field, within, op, ConditionValues.instantValue(value, field, op, vp), path);
      case DURATION -> duration(field, within, ordering(field, op, path), ConditionValues.durationValue(value, field, op, vp));
      case MONEY -> money(field, within, ordering(field, op, path), ConditionValues.moneyValue(value, field, op, vp));
    };
  }

  private static CompiledCondition duration(Field x, @Nullable Duration within, Ordering order, Duration d) {
    return f -> {
      Object v = f.read(x, within);
      return v != null && order.holds(((Duration) v).compareTo(d));
    };
  }

  private static CompiledCondition money(Field x, @Nullable Duration within, Ordering order, Money m) {
    return f -> {
      Object v = f.read(x, within);
      return v != null && ((Money) v).currency().equals(m.currency()) && order.holds(((Money) v).compareTo(m));
    };
  }

  private static CompiledCondition unary(Field x, @Nullable Duration within, Operator op, String path) {
    return switch (op) {
      case PRESENT -> f -> f.read(x, within) != null;
      case ABSENT -> f -> f.read(x, within) == null;
      case IS_EMPTY -> f -> Fields.asSet(f.read(x, within)).isEmpty();
      case NOT_EMPTY -> f -> !Fields.asSet(f.read(x, within)).isEmpty();
      case EQ, NE, LT, LTE, GT, GTE, IN, NOT_IN, CONTAINS, NOT_CONTAINS, CONTAINS_ANY, BEFORE, AFTER ->
          throw wrongOperator(x, op, path);
    };
  }

  private static CompiledCondition number(Field x, @Nullable Duration within, Operator op, double n, String path) {
    // An absent number reads as NaN, which compares false: only "ne" needs to say so.
    return switch (op) {
      case EQ -> f -> f.number(x, within) == n;
      case NE -> f -> {
        double v = f.number(x, within);
        return !Double.isNaN(v) && v != n;
      };
      case LT -> f -> f.number(x, within) < n;
      case LTE -> f -> f.number(x, within) <= n;
      case GT -> f -> f.number(x, within) > n;
      case GTE -> f -> f.number(x, within) >= n;
      case IN, NOT_IN, CONTAINS, NOT_CONTAINS, CONTAINS_ANY, IS_EMPTY, NOT_EMPTY, BEFORE, AFTER, PRESENT, ABSENT ->
          throw wrongOperator(x, op, path);
    };
  }

  /** Which outcomes of {@code compareTo} an ordering operator accepts. */
  private interface Ordering {
    boolean holds(int cmp);
  }

  private static Ordering ordering(Field x, Operator op, String path) {
    return switch (op) {
      case EQ -> cmp -> cmp == 0;
      case LT -> cmp -> cmp < 0;
      case LTE -> cmp -> cmp <= 0;
      case GT -> cmp -> cmp > 0;
      case GTE -> cmp -> cmp >= 0;
      case NE, IN, NOT_IN, CONTAINS, NOT_CONTAINS, CONTAINS_ANY, IS_EMPTY, NOT_EMPTY, BEFORE, AFTER, PRESENT, ABSENT ->
          throw wrongOperator(x, op, path);
    };
  }

  private static CompiledCondition instant(Field x, @Nullable Duration within, Operator op, Instant t, String path) {
    return switch (op) {
      case BEFORE -> f -> {
        Object v = f.read(x, within);
        return v != null && Fields.asInstant(v).isBefore(t);
      };
      case AFTER -> f -> {
        Object v = f.read(x, within);
        return v != null && Fields.asInstant(v).isAfter(t);
      };
      case EQ, NE, LT, LTE, GT, GTE, IN, NOT_IN, CONTAINS, NOT_CONTAINS, CONTAINS_ANY, IS_EMPTY, NOT_EMPTY,
          PRESENT, ABSENT -> throw wrongOperator(x, op, path);
    };
  }

  private static CompiledCondition text(Field x, @Nullable Duration within, Operator op, JsonNode value, String vp,
      String path) {
    return switch (op) {
      case EQ, NE -> {
        String s = ConditionValues.textValue(value, x, op, vp);
        boolean eq = op == Operator.EQ;
        yield f -> {
          Object v = f.read(x, within);
          return v != null && v.equals(s) == eq;
        };
      }
      case IN, NOT_IN -> {
        Set<String> set = ConditionValues.textSet(value, x, op, vp);
        boolean in = op == Operator.IN;
        yield f -> {
          Object v = f.read(x, within);
          return v != null && set.contains(v) == in;
        };
      }
      case LT, LTE, GT, GTE, CONTAINS, NOT_CONTAINS, CONTAINS_ANY, IS_EMPTY, NOT_EMPTY, BEFORE, AFTER, PRESENT,
          ABSENT -> throw wrongOperator(x, op, path);
    };
  }

  private static CompiledCondition set(Field x, @Nullable Duration within, Operator op, JsonNode value, String vp,
      String path) {
    return switch (op) {
      case CONTAINS_ANY -> {
        Set<String> wanted = ConditionValues.textSet(value, x, op, vp);
        yield f -> {
          Set<String> have = Fields.asSet(f.read(x, within));
          for (String w : wanted) {
            if (have.contains(w)) {
              return true;
            }
          }
          return false;
        };
      }
      case CONTAINS, NOT_CONTAINS -> {
        String s = ConditionValues.textValue(value, x, op, vp);
        boolean contains = op == Operator.CONTAINS;
        yield f -> Fields.asSet(f.read(x, within)).contains(s) == contains;
      }
      case EQ, NE, LT, LTE, GT, GTE, IN, NOT_IN, IS_EMPTY, NOT_EMPTY, BEFORE, AFTER, PRESENT, ABSENT ->
          throw wrongOperator(x, op, path);
    };
  }
}
