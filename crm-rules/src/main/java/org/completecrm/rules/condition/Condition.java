package org.completecrm.rules.condition;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.completecrm.core.InvalidValueException;

/**
 * A condition of a rule: a {@link Comparison} of a field with a value ({@code {"field": "segment",
 * "op": "eq", "value": "gold"}}), a combination ({@link AllOf}, {@link AnyOf}, {@link Not}) or a
 * constant ({@link Always}, {@code {"always": true}}).
 *
 * <p>The family is sealed: {@link Cases} is the exhaustive switch over it (Java 17 has no pattern
 * switch), so compiling, checking and listing the parts of a condition each handle every form, and
 * a new form fails to compile until every one does. A condition is checked and compiled when its
 * rule set is built; the JSON reader accepts exactly one form per object.
 * The static factories are the fluent Java form and build the same values the JSON reader does.
 */
@JsonSerialize(using = ConditionJson.Writer.class)
@JsonDeserialize(using = ConditionJson.Reader.class)
public sealed interface Condition permits Comparison, AllOf, AnyOf, Not, Always {
  /** Deepest nesting of {@code all}, {@code any} and {@code not} accepted: deeper is refused, never a stack overflow. */
  int MAX_DEPTH = 64;

  /** One method per form of condition: the exhaustive switch over the family. */
  interface Cases<R> {
    /** A comparison of a field with a value. */
    R comparison(Comparison comparison);

    /** Conditions that must all hold. */
    R all(AllOf all);

    /** Conditions of which at least one must hold. */
    R any(AnyOf any);

    /** A condition that must not hold. */
    R not(Not not);

    /** A constant. */
    R always(Always always);
  }

  /** The result of the case of {@code cases} for this condition's form. */
  <R> R accept(Cases<R> cases);

  /** How deeply this condition nests: 1 for a comparison or a constant. */
  default int depth() {
    return accept(Depth.OF);
  }

  /** The condition that always holds. */
  static Condition alwaysTrue() {
    return new Always(true);
  }

  /** The condition that never holds. */
  static Condition never() {
    return new Always(false);
  }

  /** All of the conditions hold. */
  static Condition allOf(Condition... conditions) {
    return new AllOf(list(conditions, "AllOf.conditions"));
  }

  /** At least one of the conditions holds. */
  static Condition anyOf(Condition... conditions) {
    return new AnyOf(list(conditions, "AnyOf.conditions"));
  }

  /** The condition does not hold. */
  static Condition negate(Condition condition) {
    return new Not(condition);
  }

  /** Starts a comparison on {@code field}. */
  static On on(String field) {
    return new On(field, Optional.empty());
  }

  private static List<Condition> list(Condition[] conditions, String field) {
    if (conditions == null) {
      throw new InvalidValueException(field, "null", "conditions");
    }
    return Arrays.asList(conditions);
  }

  /** The first part of a fluent comparison: a field and an optional window. */
  final class On {
    private final String field;
    private final Optional<Duration> within;

    private On(String field, Optional<Duration> within) {
      this.field = field;
      this.within = within;
    }

    /** The same field counted over {@code window}. */
    public On within(Duration window) {
      return new On(field, Optional.ofNullable(window));
    }

    /** The field equals {@code value} (a number, text, or money). */
    public Condition eq(Object value) {
      return op(Operator.EQ, value);
    }

    /** The field differs from {@code value}. */
    public Condition ne(Object value) {
      return op(Operator.NE, value);
    }

    /** The field is less than {@code value}. */
    public Condition lt(Object value) {
      return op(Operator.LT, value);
    }

    /** The field is at most {@code value}. */
    public Condition lte(Object value) {
      return op(Operator.LTE, value);
    }

    /** The field is greater than {@code value}. */
    public Condition gt(Object value) {
      return op(Operator.GT, value);
    }

    /** The field is at least {@code value}. */
    public Condition gte(Object value) {
      return op(Operator.GTE, value);
    }

    /** The field is one of {@code values}. */
    public Condition in(String... values) {
      return op(Operator.IN, Arrays.asList(values));
    }

    /** The field is none of {@code values}. */
    public Condition notIn(String... values) {
      return op(Operator.NOT_IN, Arrays.asList(values));
    }

    /** The set field contains {@code value}. */
    public Condition contains(String value) {
      return op(Operator.CONTAINS, value);
    }

    /** The set field does not contain {@code value}. */
    public Condition notContains(String value) {
      return op(Operator.NOT_CONTAINS, value);
    }

    /** The set field contains at least one of {@code values}. */
    public Condition containsAny(String... values) {
      return op(Operator.CONTAINS_ANY, Arrays.asList(values));
    }

    /** The instant field lies before {@code value}. */
    public Condition before(Instant value) {
      return op(Operator.BEFORE, value);
    }

    /** The instant field lies after {@code value}. */
    public Condition after(Instant value) {
      return op(Operator.AFTER, value);
    }

    /** The field has a value. */
    public Condition present() {
      return unary(Operator.PRESENT);
    }

    /** The field has no value. */
    public Condition absent() {
      return unary(Operator.ABSENT);
    }

    /** The set field is empty. */
    public Condition isEmpty() {
      return unary(Operator.IS_EMPTY);
    }

    /** The set field is not empty. */
    public Condition notEmpty() {
      return unary(Operator.NOT_EMPTY);
    }

    /** A comparison with any operator and value, as JSON would give it (checked when compiled). */
    public Condition op(Operator op, Object value) {
      return new Comparison(field, op, Optional.of(ConditionJson.toNode(value)), within);
    }

    private Condition unary(Operator op) {
      return new Comparison(field, op, Optional.empty(), within);
    }
  }
}
