package org.completecrm.rules.condition;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.Optional;
import org.completecrm.core.InvalidValueException;
import org.completecrm.rules.condition.internal.Fields;

/**
 * A comparison of a field with a value: {@code {"field": "clv", "op": "gt", "value": 1000}}, with a
 * window for a field counted over one ({@code "within": "P7D"}). Whether the field exists, the
 * operator suits its type and the value its operator is checked when the condition is compiled,
 * where the error can name the rule's JSON path.
 *
 * @param field the field tested (the catalogue of fields is in docs/rules.md)
 * @param op the operator
 * @param value the value compared with, absent for an operator that takes none ({@code present})
 * @param within the window a windowed field counts over ({@code P7D})
 */
public record Comparison(String field, Operator op, Optional<JsonNode> value, Optional<Duration> within)
    implements Condition {
  /** Checks that every part is given (an absent value or window is an empty optional). */
  public Comparison {
    if (field == null) {
      throw new InvalidValueException("Comparison.field", "null", "a field, one of " + Fields.names());
    }
    if (op == null) {
      throw new InvalidValueException("Comparison.op", "null", "an operator, one of " + java.util.Arrays.toString(Operator.values()));
    }
    if (value == null) {
      throw new InvalidValueException("Comparison.value", "null", "a value or Optional.empty()");
    }
    if (within == null) {
      throw new InvalidValueException("Comparison.within", "null", "a window or Optional.empty()");
    }
  }

  @Override
  public <R> R accept(Cases<R> cases) {
    return cases.comparison(this);
  }
}
