package org.completecrm.core.voice;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.Instant;
import java.util.Optional;
import org.completecrm.core.InvalidValueException;
import org.completecrm.core.Checks;
import org.immutables.value.Value;

/** One step of an idea's status history: the status it took, when, and why (required for a decline). */
@Value.Immutable
@JsonSerialize(as = ImmutableStatusChange.class)
@JsonDeserialize(as = ImmutableStatusChange.class)
public abstract class StatusChange {
  StatusChange() {}

  /** A change to {@code status} at {@code at}, with an optional reason. */
  public static StatusChange of(IdeaStatus status, Instant at, Optional<String> reason) {
    return ImmutableStatusChange.builder().status(status).at(at).reason(reason).build();
  }

  /** The status taken. */
  public abstract IdeaStatus status();

  /** When it was taken. */
  public abstract Instant at();

  /** Why, in plain words for the customers who voted; required when the idea is declined. */
  public abstract Optional<String> reason();

  @Value.Check
  void check() {
    Checks.present(status(), "StatusChange.status");
    Checks.present(at(), "StatusChange.at");
    reason().ifPresent(r -> Checks.notBlank(r, "StatusChange.reason"));
    if (status() == IdeaStatus.DECLINED && reason().isEmpty()) {
      throw new InvalidValueException("StatusChange.reason", "absent", "a reason when an idea is declined");
    }
  }
}
