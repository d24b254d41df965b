package org.completecrm.rules.response;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.completecrm.core.Money;
import org.completecrm.core.Checks;
import org.completecrm.core.timeline.OverrideRecorded;
import org.immutables.value.Value;

/**
 * What happened when an employee used an allowance: within the limit, an override recorded on the
 * timeline with its reason, or a request for a reason (never a silent block).
 */
@Value.Immutable
@JsonSerialize(as = ImmutableGuardrailUse.class)
@JsonDeserialize(as = ImmutableGuardrailUse.class)
public abstract class GuardrailUse {
  GuardrailUse() {}

  /** The outcome of using an allowance. */
  public enum Status {
    /** Within the limit: go ahead. */
    WITHIN_LIMIT,
    /** Beyond the limit with a reason: go ahead, the override is recorded. */
    OVERRIDE_RECORDED,
    /** Beyond the limit without a reason: give a reason to go ahead. */
    REASON_REQUIRED
  }

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@code GuardrailUse}, checked when built. */
  public static final class Builder extends ImmutableGuardrailUse.Builder {
    Builder() {}
  }

  /** The outcome. */
  public abstract Status status();

  /** The amount asked for. */
  public abstract Money amount();

  /** The allowance's limit. */
  public abstract Money limit();

  /** The override event to append to the timeline, for {@link Status#OVERRIDE_RECORDED}. */
  public abstract Optional<OverrideRecorded> override();

  /** What happened, in plain words. */
  public abstract String explanation();

  /** Whether the employee may go ahead. */
  public boolean mayProceed() {
    return status() != Status.REASON_REQUIRED;
  }

  @Value.Check
  void check() {
    Checks.present(status(), "GuardrailUse.status");
    Checks.present(amount(), "GuardrailUse.amount");
    Checks.present(limit(), "GuardrailUse.limit");
    Checks.notBlank(explanation(), "GuardrailUse.explanation");
  }
}
