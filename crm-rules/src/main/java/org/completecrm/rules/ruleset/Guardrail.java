package org.completecrm.rules.ruleset;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Map;
import org.completecrm.core.Money;
import org.immutables.value.Value;

/**
 * Room for the frontline to act: an action (a goodwill credit) up to a limit set by the
 * customer's value tier, with a default limit for customers without a tier.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableGuardrail.class)
@JsonDeserialize(as = ImmutableGuardrail.class)
public abstract class Guardrail {
  Guardrail() {}

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@code Guardrail}, checked when built. */
  public static final class Builder extends ImmutableGuardrail.Builder {
    Builder() {}
  }

  /** The guardrail's id. */
  public abstract String id();

  /** The action: {@code "goodwill-credit"}. */
  public abstract String action();

  /** Limits by value tier label. */
  public abstract Map<String, Money> limitsByTier();

  /** The limit for customers whose tier has no limit of its own. */
  public abstract Money defaultLimit();
}
