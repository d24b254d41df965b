package org.completecrm.rules.condition.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Function;
import org.completecrm.core.CrmException;
import org.completecrm.core.Money;
import org.completecrm.core.json.CrmJson;
import org.completecrm.rules.condition.InvalidRuleException;
import org.completecrm.rules.condition.Operator;
import org.completecrm.rules.condition.ValueType;

/** The values of comparisons read from a condition's JSON, each checked against its field's type with what was expected. */
final class ConditionValues {
  private ConditionValues() {}

  static String expectedValue(Field field, Operator op) {
    boolean many = op == Operator.IN || op == Operator.NOT_IN || op == Operator.CONTAINS_ANY;
    return switch (field.type) {
      case NUMBER -> "a number for the field " + field.name;
      case TEXT, SET -> (many ? "a non-empty array of texts" : "a text") + " for the field " + field.name;
      case ENUM -> (many ? "a non-empty array of names from " : "one of ") + field.enumValues + " for the field "
          + field.name;
      case INSTANT -> "an ISO-8601 instant such as 2026-01-31T09:00:00Z for the field " + field.name;
      case DURATION -> "an ISO-8601 duration such as P30D for the field " + field.name;
      case MONEY -> "an amount such as {\"amount\": \"100.00\", \"currency\": \"EUR\"} for the field " + field.name;
    };
  }

  static double numberValue(JsonNode v, Field field, Operator op, String vp) {
    if (!v.isNumber() || !Double.isFinite(v.asDouble())) {
      throw new InvalidRuleException(vp, v, expectedValue(field, op));
    }
    return v.asDouble();
  }

  static String textValue(JsonNode v, Field field, Operator op, String vp) {
    if (!v.isTextual() || v.asText().isBlank()) {
      throw new InvalidRuleException(vp, v, expectedValue(field, op));
    }
    String s = v.asText();
    if (field.type == ValueType.ENUM && !field.enumValues.contains(s)) {
      throw new InvalidRuleException(vp, s, expectedValue(field, op));
    }
    return s;
  }

  static Set<String> textSet(JsonNode v, Field field, Operator op, String vp) {
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

  static Instant instantValue(JsonNode v, Field field, Operator op, String vp) {
    return parsed(v, Instant::parse, field, op, vp);
  }

  static Duration durationValue(JsonNode v, Field field, Operator op, String vp) {
    return parsed(v, Duration::parse, field, op, vp);
  }

  /** An ISO-8601 text parsed by {@code parse}, or an error naming what was expected. */
  private static <T> T parsed(JsonNode v, Function<CharSequence, T> parse, Field field, Operator op, String vp) {
    try {
      if (v.isTextual()) {
        return parse.apply(v.asText());
      }
    } catch (DateTimeParseException e) {
      // reported below
    }
    throw new InvalidRuleException(vp, v.isTextual() ? v.asText() : v, expectedValue(field, op));
  }

  static Money moneyValue(JsonNode v, Field field, Operator op, String vp) {
    if (v.isObject()) {
      try {
        return CrmJson.read(v.toString(), Money.class);
      } catch (CrmException e) {
        // reported below
      }
    }
    throw new InvalidRuleException(vp, v, expectedValue(field, op));
  }

  static String typeName(ValueType type) {
    return type.name().toLowerCase(java.util.Locale.ROOT);
  }
}
