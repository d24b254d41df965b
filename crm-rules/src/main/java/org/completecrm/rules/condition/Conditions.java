package org.completecrm.rules.condition;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.completecrm.core.CrmException;
import org.completecrm.core.Money;
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
    return comparison(condition, path);
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
    if (c.always().isPresent()) {
      return c.always().get() ? EnumSet.allOf(EventKind.class) : EnumSet.noneOf(EventKind.class);
    }
    if (!c.all().isEmpty()) {
      Set<EventKind> kinds = EnumSet.allOf(EventKind.class);
      for (Condition part : c.all()) {
        kinds.retainAll(eventKinds(part));
      }
      return kinds;
    }
    if (!c.any().isEmpty()) {
      Set<EventKind> kinds = EnumSet.noneOf(EventKind.class);
      for (Condition part : c.any()) {
        kinds.addAll(eventKinds(part));
      }
      return kinds;
    }
    if (c.field().isEmpty() || !c.field().get().equals("event.kind") || c.op().isEmpty() || c.value().isEmpty()) {
      return EnumSet.allOf(EventKind.class);
    }
    String op = c.op().get();
    JsonNode v = c.value().get();
    EnumSet<EventKind> named = EnumSet.noneOf(EventKind.class);
    for (JsonNode name : v.isArray() ? v : List.of(v)) {
      EventKind k = EVENT_KINDS.get(name.asText());
      if (k == null) {
        return EnumSet.allOf(EventKind.class);
      }
      named.add(k);
    }
    switch (op) {
      case "eq":
      case "in":
        return named;
      case "ne":
      case "notIn":
        return EnumSet.complementOf(named);
      default:
        return EnumSet.allOf(EventKind.class);
    }
  }

  private static final Map<String, EventKind> EVENT_KINDS = eventKindsByName();

  private static Map<String, EventKind> eventKindsByName() {
    Map<String, EventKind> m = new HashMap<>();
    for (EventKind k : EventKind.values()) {
      m.put(k.name(), k);
    }
    return m;
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

  private static CompiledCondition comparison(Condition c, String path) {
    String name = c.field().orElseThrow(() -> new InvalidRuleException(path + ".field", "absent",
        "a field, one of " + Fields.names()));
    Field field = Fields.lookup(name).orElseThrow(() -> new InvalidRuleException(path + ".field", name,
        "one of " + Fields.names()));
    String op = c.op().orElseThrow(() -> new InvalidRuleException(path + ".op", "absent",
        "one of " + field.type.operators() + " for the " + typeName(field.type) + " field " + name));
    if (!field.type.operators().contains(op)) {
      throw new InvalidRuleException(path + ".op", op,
          "one of " + field.type.operators() + " for the " + typeName(field.type) + " field " + name);
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
        expectedValue(field, op)));
    String vp = path + ".value";
    switch (field.type) {
      case NUMBER:
        return number(x, within, op, numberValue(value, field, op, vp));
      case TEXT:
      case ENUM:
        return text(x, within, op, value, field, vp);
      case SET:
        return set(x, within, op, value, field, vp);
      case INSTANT: {
        Instant t = instantValue(value, field, op, vp);
        return op.equals("before")
            ? f -> { Object v = f.read(x, within); return v != null && Fields.asInstant(v).isBefore(t); }
            : f -> { Object v = f.read(x, within); return v != null && Fields.asInstant(v).isAfter(t); };
      }
      case DURATION: {
        Duration d = durationValue(value, field, op, vp);
        return f -> {
          Object v = f.read(x, within);
          return v != null && compares(op, ((Duration) v).compareTo(d));
        };
      }
      default: {
        Money m = moneyValue(value, field, op, vp);
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
      String s = textValue(value, field, op, vp);
      boolean eq = op.equals("eq");
      return f -> { Object v = f.read(x, within); return v != null && v.equals(s) == eq; };
    }
    Set<String> set = textSet(value, field, op, vp);
    boolean in = op.equals("in");
    return f -> { Object v = f.read(x, within); return v != null && set.contains(v) == in; };
  }

  private static CompiledCondition set(Field x, Duration within, String op, JsonNode value, Field field,
      String vp) {
    if (op.equals("containsAny")) {
      Set<String> wanted = textSet(value, field, op, vp);
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
    String s = textValue(value, field, op, vp);
    boolean contains = op.equals("contains");
    return f -> Fields.asSet(f.read(x, within)).contains(s) == contains;
  }

  private static String expectedValue(Field field, String op) {
    switch (field.type) {
      case NUMBER:
        return "a number for the field " + field.name;
      case TEXT:
      case SET:
        return (op.equals("in") || op.equals("notIn") || op.equals("containsAny")
            ? "a non-empty array of texts" : "a text") + " for the field " + field.name;
      case ENUM:
        return (op.equals("in") || op.equals("notIn") ? "a non-empty array of names from " : "one of ")
            + field.enumValues + " for the field " + field.name;
      case INSTANT:
        return "an ISO-8601 instant such as 2026-01-31T09:00:00Z for the field " + field.name;
      case DURATION:
        return "an ISO-8601 duration such as P30D for the field " + field.name;
      default:
        return "an amount such as {\"amount\": \"100.00\", \"currency\": \"EUR\"} for the field " + field.name;
    }
  }

  private static double numberValue(JsonNode v, Field field, String op, String vp) {
    if (!v.isNumber() || !Double.isFinite(v.asDouble())) {
      throw new InvalidRuleException(vp, v, expectedValue(field, op));
    }
    return v.asDouble();
  }

  private static String textValue(JsonNode v, Field field, String op, String vp) {
    if (!v.isTextual() || v.asText().isBlank()) {
      throw new InvalidRuleException(vp, v, expectedValue(field, op));
    }
    String s = v.asText();
    if (field.type == ValueType.ENUM && !field.enumValues.contains(s)) {
      throw new InvalidRuleException(vp, s, expectedValue(field, op));
    }
    return s;
  }

  private static Set<String> textSet(JsonNode v, Field field, String op, String vp) {
    if (!v.isArray() || v.isEmpty()) {
      throw new InvalidRuleException(vp, v, expectedValue(field, op));
    }
    Set<String> out = new HashSet<>();
    for (int i = 0; i < v.size(); i++) {
      JsonNode e = v.get(i);
      if (!e.isTextual() || e.asText().isBlank()
          || field.type == ValueType.ENUM && !field.enumValues.contains(e.asText())) {
        throw new InvalidRuleException(vp + "[" + i + "]", e.isTextual() ? e.asText() : e,
            field.type == ValueType.ENUM ? "one of " + field.enumValues + " for the field " + field.name
                : "a text for the field " + field.name);
      }
      out.add(e.asText());
    }
    return Set.copyOf(out);
  }

  private static Instant instantValue(JsonNode v, Field field, String op, String vp) {
    try {
      if (v.isTextual()) {
        return Instant.parse(v.asText());
      }
    } catch (DateTimeParseException e) {
      // reported below
    }
    throw new InvalidRuleException(vp, v.isTextual() ? v.asText() : v, expectedValue(field, op));
  }

  private static Duration durationValue(JsonNode v, Field field, String op, String vp) {
    try {
      if (v.isTextual()) {
        return Duration.parse(v.asText());
      }
    } catch (DateTimeParseException e) {
      // reported below
    }
    throw new InvalidRuleException(vp, v.isTextual() ? v.asText() : v, expectedValue(field, op));
  }

  private static Money moneyValue(JsonNode v, Field field, String op, String vp) {
    if (v.isObject()) {
      try {
        return CrmJson.read(v.toString(), Money.class);
      } catch (CrmException e) {
        // reported below
      }
    }
    throw new InvalidRuleException(vp, v, expectedValue(field, op));
  }

  private static String typeName(ValueType type) {
    return type.name().toLowerCase(java.util.Locale.ROOT);
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
