package org.completecrm.rules.condition;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.completecrm.core.Money;

/**
 * Compiles a comparison of a field with a value, checking the field, the operator for the field's
 * type, the window and the value. A field without a value makes every comparison false; {@code
 * absent} tests for a missing value.
 */
final class Comparisons {
  private Comparisons() {}

  static CompiledCondition compile(Condition c, String path) {
    String name = c.field().orElseThrow(() -> new InvalidRuleException(path + ".field", "absent",
        "a field, one of " + Fields.names()));
    Field field = Fields.lookup(name).orElseThrow(() -> new InvalidRuleException(path + ".field", name,
        "one of " + Fields.names()));
    String op = c.op().orElseThrow(() -> new InvalidRuleException(path + ".op", "absent",
        "one of " + field.type.operators() + " for the " + ConditionValues.typeName(field.type) + " field " + name));
    if (!field.type.operators().contains(op)) {
      throw new InvalidRuleException(path + ".op", op,
          "one of " + field.type.operators() + " for the " + ConditionValues.typeName(field.type) + " field " + name);
    }
    if (field.windowed && c.within().isEmpty()) {
      throw new InvalidRuleException(path + ".within", "absent", "a window such as P7D for the field " + name);
    }
    if (!field.windowed && c.within().isPresent()) {
      throw new InvalidRuleException(path + ".within", c.within().get(),
          "no window: the field " + name + " is not counted over a window");
    }
    Duration within = c.within().orElse(null);
    if (within != null && (within.isNegative() || within.isZero())) {
      throw new InvalidRuleException(path + ".within", within, "a positive duration");
    }
    Field x = field;
    if (ValueType.unary(op)) {
      if (c.value().isPresent()) {
        throw new InvalidRuleException(path + ".value", c.value().get(), "no value for the operator " + op);
      }
      switch (op) {
        case "present":
          return f -> f.read(x, within) != null;
        case "absent":
          return f -> f.read(x, within) == null;
        case "isEmpty":
          return f -> Fields.asSet(f.read(x, within)).isEmpty();
        default:
          return f -> !Fields.asSet(f.read(x, within)).isEmpty();
      }
    }
    JsonNode value = c.value().orElseThrow(() -> new InvalidRuleException(path + ".value", "absent",
        ConditionValues.expectedValue(field, op)));
    String vp = path + ".value";
    switch (field.type) {
      case NUMBER:
        return number(x, within, op, ConditionValues.numberValue(value, field, op, vp));
      case TEXT:
      case ENUM:
        return text(x, within, op, value, field, vp);
      case SET:
        return set(x, within, op, value, field, vp);
      case INSTANT: {
        Instant t = ConditionValues.instantValue(value, field, op, vp);
        return op.equals("before")
            ? f -> { Object v = f.read(x, within); return v != null && Fields.asInstant(v).isBefore(t); }
            : f -> { Object v = f.read(x, within); return v != null && Fields.asInstant(v).isAfter(t); };
      }
      case DURATION: {
        Duration d = ConditionValues.durationValue(value, field, op, vp);
        return f -> {
          Object v = f.read(x, within);
          return v != null && compares(op, ((Duration) v).compareTo(d));
        };
      }
      default: {
        Money m = ConditionValues.moneyValue(value, field, op, vp);
        return f -> {
          Object v = f.read(x, within);
          if (v == null || !((Money) v).currency().equals(m.currency())) {
            return false;
          }
          return compares(op, ((Money) v).compareTo(m));
        };
      }
    }
  }

  private static CompiledCondition number(Field x, Duration within, String op, double n) {
    // An absent number reads as NaN, which compares false: only "ne" needs to say so.
    switch (op) {
      case "eq":
        return f -> f.number(x, within) == n;
      case "ne":
        return f -> { double v = f.number(x, within); return !Double.isNaN(v) && v != n; };
      case "lt":
        return f -> f.number(x, within) < n;
      case "lte":
        return f -> f.number(x, within) <= n;
      case "gt":
        return f -> f.number(x, within) > n;
      default:
        return f -> f.number(x, within) >= n;
    }
  }

  private static boolean compares(String op, int cmp) {
    switch (op) {
      case "eq":
        return cmp == 0;
      case "lt":
        return cmp < 0;
      case "lte":
        return cmp <= 0;
      case "gt":
        return cmp > 0;
      default:
        return cmp >= 0;
    }
  }

  private static CompiledCondition text(Field x, Duration within, String op, JsonNode value, Field field,
      String vp) {
    if (op.equals("eq") || op.equals("ne")) {
      String s = ConditionValues.textValue(value, field, op, vp);
      boolean eq = op.equals("eq");
      return f -> { Object v = f.read(x, within); return v != null && v.equals(s) == eq; };
    }
    Set<String> set = ConditionValues.textSet(value, field, op, vp);
    boolean in = op.equals("in");
    return f -> { Object v = f.read(x, within); return v != null && set.contains(v) == in; };
  }

  private static CompiledCondition set(Field x, Duration within, String op, JsonNode value, Field field,
      String vp) {
    if (op.equals("containsAny")) {
      Set<String> wanted = ConditionValues.textSet(value, field, op, vp);
      return f -> {
        Set<String> have = Fields.asSet(f.read(x, within));
        for (String w : wanted) {
          if (have.contains(w)) {
            return true;
          }
        }
        return false;
      };
    }
    String s = ConditionValues.textValue(value, field, op, vp);
    boolean contains = op.equals("contains");
    return f -> Fields.asSet(f.read(x, within)).contains(s) == contains;
  }
}
