package org.completecrm.rules.condition;

import java.util.List;

/** The type of a condition field, which decides the operators and values a condition may use. */
public enum ValueType {
  /** A number: a count, a score, an hour. */
  NUMBER(List.of("eq", "ne", "lt", "lte", "gt", "gte", "present", "absent")),
  /** A text label such as a segment. */
  TEXT(List.of("eq", "ne", "in", "notIn", "present", "absent")),
  /** One of a fixed list of names. */
  ENUM(List.of("eq", "ne", "in", "notIn", "present", "absent")),
  /** A set of names, such as the flags raised. */
  SET(List.of("contains", "notContains", "containsAny", "isEmpty", "notEmpty")),
  /** An instant, compared with an ISO-8601 instant. */
  INSTANT(List.of("before", "after", "present", "absent")),
  /** A duration, compared with an ISO-8601 duration such as {@code P30D}. */
  DURATION(List.of("lt", "lte", "gt", "gte", "present", "absent")),
  /** An amount of money, compared with {@code {"amount": "100.00", "currency": "EUR"}}. */
  MONEY(List.of("eq", "lt", "lte", "gt", "gte", "present", "absent"));

  private final List<String> operators;

  ValueType(List<String> operators) {
    this.operators = operators;
  }

  /** The operators a condition on a field of this type may use. */
  public List<String> operators() {
    return operators;
  }

  /** Whether {@code op} needs no value. */
  static boolean unary(String op) {
    return op.equals("present") || op.equals("absent") || op.equals("isEmpty") || op.equals("notEmpty");
  }
}
