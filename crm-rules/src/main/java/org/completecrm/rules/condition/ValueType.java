package org.completecrm.rules.condition;

import static org.completecrm.rules.condition.Operator.ABSENT;
import static org.completecrm.rules.condition.Operator.AFTER;
import static org.completecrm.rules.condition.Operator.BEFORE;
import static org.completecrm.rules.condition.Operator.CONTAINS;
import static org.completecrm.rules.condition.Operator.CONTAINS_ANY;
import static org.completecrm.rules.condition.Operator.EQ;
import static org.completecrm.rules.condition.Operator.GT;
import static org.completecrm.rules.condition.Operator.GTE;
import static org.completecrm.rules.condition.Operator.IN;
import static org.completecrm.rules.condition.Operator.IS_EMPTY;
import static org.completecrm.rules.condition.Operator.LT;
import static org.completecrm.rules.condition.Operator.LTE;
import static org.completecrm.rules.condition.Operator.NE;
import static org.completecrm.rules.condition.Operator.NOT_CONTAINS;
import static org.completecrm.rules.condition.Operator.NOT_EMPTY;
import static org.completecrm.rules.condition.Operator.NOT_IN;
import static org.completecrm.rules.condition.Operator.PRESENT;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/** The type of a condition field, which decides the operators and values a condition may use. */
public enum ValueType {
  /** A number: a count, a score, an hour. */
  NUMBER(EnumSet.of(EQ, NE, LT, LTE, GT, GTE, PRESENT, ABSENT)),
  /** A text label such as a segment. */
  TEXT(EnumSet.of(EQ, NE, IN, NOT_IN, PRESENT, ABSENT)),
  /** One of a fixed list of names. */
  ENUM(EnumSet.of(EQ, NE, IN, NOT_IN, PRESENT, ABSENT)),
  /** A set of names, such as the flags raised. */
  SET(EnumSet.of(CONTAINS, NOT_CONTAINS, CONTAINS_ANY, IS_EMPTY, NOT_EMPTY)),
  /** An instant, compared with an ISO-8601 instant. */
  INSTANT(EnumSet.of(BEFORE, AFTER, PRESENT, ABSENT)),
  /** A duration, compared with an ISO-8601 duration such as {@code P30D}. */
  DURATION(EnumSet.of(LT, LTE, GT, GTE, PRESENT, ABSENT)),
  /** An amount of money, compared with {@code {"amount": "100.00", "currency": "EUR"}}. */
  MONEY(EnumSet.of(EQ, LT, LTE, GT, GTE, PRESENT, ABSENT));

  private final Set<Operator> operators;

  ValueType(EnumSet<Operator> operators) {
    this.operators = Collections.unmodifiableSet(operators);
  }

  /** The operators a condition on a field of this type may use, in {@link Operator} order. */
  public Set<Operator> operators() {
    return operators;
  }
}
