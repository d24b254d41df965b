package org.completecrm.rules.condition;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.completecrm.core.InvalidValueException;
import org.completecrm.core.Money;
import org.completecrm.core.json.CrmJson;
import org.immutables.value.Value;

/**
 * A condition of a rule in its JSON form: a comparison of a field ({@code {"field": "segment",
 * "op": "eq", "value": "gold"}}), a combination ({@code all}, {@code any}, {@code not}) or a
 * constant ({@code {"always": true}}).
 *
 * <p>A condition is checked and compiled when its rule set is built (see {@link Conditions});
 * exactly one of the forms must be given. The static factories are the fluent Java form and
 * build the same values the JSON reader does.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableCondition.class)
@JsonDeserialize(as = ImmutableCondition.class)
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public abstract class Condition {
  private static final ObjectMapper MAPPER = CrmJson.mapper();

  Condition() {}

  /** A builder. */
  public static ImmutableCondition.Builder builder() {
    return ImmutableCondition.builder();
  }

  /** The field a comparison tests (see {@link Fields#names()}). */
  public abstract Optional<String> field();

  /** The comparison operator ({@code eq}, {@code gt}, {@code in}, ...). */
  public abstract Optional<String> op();

  /** The value compared with. */
  public abstract Optional<JsonNode> value();

  /** The window a windowed field counts over ({@code P7D} for contacts in the last seven days). */
  public abstract Optional<Duration> within();

  /** Conditions that must all hold. */
  public abstract List<Condition> all();

  /** Conditions of which at least one must hold. */
  public abstract List<Condition> any();

  /** A condition that must not hold. */
  public abstract Optional<Condition> not();

  /** A constant: {@code true} always holds, {@code false} never does. */
  public abstract Optional<Boolean> always();

  /** Deepest nesting of {@code all}, {@code any} and {@code not} accepted: deeper is refused, never a stack overflow. */
  public static final int MAX_DEPTH = 64;

  /** How deeply this condition nests: 1 for a comparison; from the parts' depths, so never recursive. */
  @Value.Derived
  @Value.Auxiliary
  @JsonIgnore
  public int depth() {
    int deepest = not().map(Condition::depth).orElse(0);
    for (Condition c : all()) {
      deepest = Math.max(deepest, c.depth());
    }
    for (Condition c : any()) {
      deepest = Math.max(deepest, c.depth());
    }
    return deepest + 1;
  }

  @Value.Check
  void checkDepth() {
    if (depth() > MAX_DEPTH) {
      throw new InvalidValueException("Condition", "a condition nested " + depth() + " deep",
          "conditions nested at most " + MAX_DEPTH + " deep (all, any, not)");
    }
  }

  /** The condition that always holds. */
  public static Condition alwaysTrue() {
    return builder().always(true).build();
  }

  /** The condition that never holds. */
  public static Condition never() {
    return builder().always(false).build();
  }

  /** All of the conditions hold. */
  public static Condition allOf(Condition... conditions) {
    return builder().addAll(conditions).build();
  }

  /** At least one of the conditions holds. */
  public static Condition anyOf(Condition... conditions) {
    return builder().addAny(conditions).build();
  }

  /** The condition does not hold. */
  public static Condition negate(Condition condition) {
    return builder().not(condition).build();
  }

  /** Starts a comparison on {@code field}. */
  public static On on(String field) {
    return new On(field, Optional.empty());
  }

  /** The first part of a fluent comparison: a field and an optional window. */
  public static final class On {
    private final String field;
    private final Optional<Duration> within;

    private On(String field, Optional<Duration> within) {
      this.field = field;
      this.within = within;
    }

    /** The same field counted over {@code window}. */
    public On within(Duration window) {
      return new On(field, Optional.of(window));
    }

    /** The field equals {@code value} (a number, text, or money). */
    public Condition eq(Object value) {
      return op("eq", value);
    }

    /** The field differs from {@code value}. */
    public Condition ne(Object value) {
      return op("ne", value);
    }

    /** The field is less than {@code value}. */
    public Condition lt(Object value) {
      return op("lt", value);
    }

    /** The field is at most {@code value}. */
    public Condition lte(Object value) {
      return op("lte", value);
    }

    /** The field is greater than {@code value}. */
    public Condition gt(Object value) {
      return op("gt", value);
    }

    /** The field is at least {@code value}. */
    public Condition gte(Object value) {
      return op("gte", value);
    }

    /** The field is one of {@code values}. */
    public Condition in(String... values) {
      return op("in", Arrays.asList(values));
    }

    /** The field is none of {@code values}. */
    public Condition notIn(String... values) {
      return op("notIn", Arrays.asList(values));
    }

    /** The set field contains {@code value}. */
    public Condition contains(String value) {
      return op("contains", value);
    }

    /** The set field does not contain {@code value}. */
    public Condition notContains(String value) {
      return op("notContains", value);
    }

    /** The set field contains at least one of {@code values}. */
    public Condition containsAny(String... values) {
      return op("containsAny", Arrays.asList(values));
    }

    /** The instant field lies before {@code value}. */
    public Condition before(Instant value) {
      return op("before", value);
    }

    /** The instant field lies after {@code value}. */
    public Condition after(Instant value) {
      return op("after", value);
    }

    /** The field has a value. */
    public Condition present() {
      return unary("present");
    }

    /** The field has no value. */
    public Condition absent() {
      return unary("absent");
    }

    /** The set field is empty. */
    public Condition isEmpty() {
      return unary("isEmpty");
    }

    /** The set field is not empty. */
    public Condition notEmpty() {
      return unary("notEmpty");
    }

    /** A comparison with any operator and value, as JSON would give it. */
    public Condition op(String op, Object value) {
      return builder().field(field).op(op).within(within).value(toNode(value)).build();
    }

    private Condition unary(String op) {
      return builder().field(field).op(op).within(within).build();
    }
  }

  static JsonNode toNode(Object value) {
    if (value instanceof JsonNode) {
      return (JsonNode) value;
    }
    if (value instanceof Money || value instanceof Instant || value instanceof Duration) {
      return MAPPER.valueToTree(value);
    }
    if (value instanceof Enum) {
      return MAPPER.getNodeFactory().textNode(((Enum<?>) value).name());
    }
    return MAPPER.valueToTree(value);
  }
}
