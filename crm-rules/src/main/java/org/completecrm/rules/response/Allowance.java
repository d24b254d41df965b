package org.completecrm.rules.response;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.completecrm.core.Money;
import org.completecrm.core.Checks;
import org.immutables.value.Value;

/**
 * Room for the employee to act: an action (a goodwill credit) they may take on their own judgement
 * up to a limit, set by a guardrail for the customer's value tier. Going beyond it is an override
 * (see {@link Guardrails#use}).
 */
@Value.Immutable
@JsonSerialize(as = ImmutableAllowance.class)
@JsonDeserialize(as = ImmutableAllowance.class)
public abstract class Allowance {
  Allowance() {}

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@code Allowance}, checked when built. */
  public static final class Builder extends ImmutableAllowance.Builder {
    Builder() {}
  }

  /** The guardrail's id. */
  public abstract String guardrail();

  /** What the employee may do: {@code "goodwill-credit"}. */
  public abstract String action();

  /** Up to how much, without asking anyone. */
  public abstract Money limit();

  /** The rule that granted the room. */
  public abstract String rule();

  /** Why, in plain words. */
  public abstract String reason();

  @Value.Check
  void check() {
    Checks.notBlank(guardrail(), "Allowance.guardrail");
    Checks.notBlank(action(), "Allowance.action");
    Checks.present(limit(), "Allowance.limit");
    Checks.notBlank(rule(), "Allowance.rule");
    Checks.notBlank(reason(), "Allowance.reason");
  }
}
