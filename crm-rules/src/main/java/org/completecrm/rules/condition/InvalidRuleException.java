package org.completecrm.rules.condition;

import java.util.Optional;
import org.completecrm.core.InvalidValueException;

/**
 * An invalid rule set, located at the JSON path of the bad value ({@code $.rules[3].when.field})
 * whether the rule set came from JSON or from the Java builder.
 *
 * <p>The field is named after the path ({@code RuleSet.rules[3].when.field}). When the rule set
 * is nested inside a larger JSON document, the reader's outer path is put in front.
 */
public final class InvalidRuleException extends InvalidValueException {
  private static final long serialVersionUID = 1L;

  private final String path;

  /** The value at {@code path} (starting with {@code $}) is {@code rejectedValue}, not what was {@code expected}. */
  public InvalidRuleException(String path, Object rejectedValue, String expected) {
    super("RuleSet" + path.substring(1), rejectedValue, expected);
    this.path = path;
  }

  /** The same error below the JSON path {@code outer} of the rule set inside a larger document. */
  @Override
  public InvalidValueException atJsonPath(String outer) {
    String combined = outer == null || outer.equals("$") ? path : outer + path.substring(1);
    return new InvalidRuleException(combined, rejectedValue(), expected());
  }

  @Override
  public Optional<String> jsonPath() {
    return Optional.of(path);
  }

  @Override
  public String getMessage() {
    return super.getMessage() + " (at " + path + ")";
  }
}
