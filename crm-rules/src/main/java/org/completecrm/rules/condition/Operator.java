package org.completecrm.rules.condition;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Optional;

/**
 * The operator of a comparison, written in JSON by its name ({@code eq}, {@code notIn}, ...). Which
 * operators a field accepts depends on its {@link ValueType}; the order here is the order in which
 * error messages list them.
 */
public enum Operator {
  /** Equals the value. */
  EQ("eq"),
  /** Differs from the value. */
  NE("ne"),
  /** Less than the value. */
  LT("lt"),
  /** At most the value. */
  LTE("lte"),
  /** Greater than the value. */
  GT("gt"),
  /** At least the value. */
  GTE("gte"),
  /** One of the values. */
  IN("in"),
  /** None of the values. */
  NOT_IN("notIn"),
  /** The set contains the value. */
  CONTAINS("contains"),
  /** The set does not contain the value. */
  NOT_CONTAINS("notContains"),
  /** The set contains at least one of the values. */
  CONTAINS_ANY("containsAny"),
  /** The set is empty. */
  IS_EMPTY("isEmpty"),
  /** The set is not empty. */
  NOT_EMPTY("notEmpty"),
  /** The instant lies before the value. */
  BEFORE("before"),
  /** The instant lies after the value. */
  AFTER("after"),
  /** The field has a value. */
  PRESENT("present"),
  /** The field has no value. */
  ABSENT("absent");

  private final String jsonName;

  Operator(String jsonName) {
    this.jsonName = jsonName;
  }

  /** The operator's name in JSON, such as {@code notIn}. */
  @JsonValue
  public String jsonName() {
    return jsonName;
  }

  /** The operator named {@code jsonName} in JSON, if there is one. */
  public static Optional<Operator> named(String jsonName) {
    for (Operator op : values()) {
      if (op.jsonName.equals(jsonName)) {
        return Optional.of(op);
      }
    }
    return Optional.empty();
  }

  /** Whether the operator takes no value ({@code present}, {@code absent}, {@code isEmpty}, {@code notEmpty}). */
  public boolean unary() {
    return switch (this) {
      case PRESENT, ABSENT, IS_EMPTY, NOT_EMPTY -> true;
      case EQ, NE, LT, LTE, GT, GTE, IN, NOT_IN, CONTAINS, NOT_CONTAINS, CONTAINS_ANY, BEFORE, AFTER -> false;
    };
  }

  /** The JSON name, as error messages list it. */
  @Override
  public String toString() {
    return jsonName;
  }
}
