package org.completecrm.core.loyalty;

import java.util.Optional;
import org.completecrm.core.InvalidValueException;

/**
 * An invalid loyalty programme, located at the JSON path of the bad value ({@code
 * $.tiers[2].thresholds.PROFIT}) whether the programme came from JSON or from the builder.
 */
public final class InvalidProgrammeException extends InvalidValueException {
  private static final long serialVersionUID = 1L;

  private final String path;

  /** The value at {@code path} (starting with {@code $}) is {@code rejectedValue}, not what was {@code expected}. */
  public InvalidProgrammeException(String path, Object rejectedValue, String expected) {
    super("LoyaltyProgramme" + (path == null ? "" : path.substring(1)), rejectedValue, expected);
    this.path = path == null ? "$" : path;
  }

  /** The same error below the JSON path {@code outer} of the programme inside a larger document. */
  @Override
  public InvalidValueException atJsonPath(String outer) {
    String combined = outer == null || outer.equals("$") ? path : outer + path.substring(1);
    return new InvalidProgrammeException(combined, rejectedValue(), expected());
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
