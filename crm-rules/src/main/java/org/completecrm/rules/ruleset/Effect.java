package org.completecrm.rules.ruleset;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.Duration;
import java.util.Optional;
import org.completecrm.core.OfferId;
import org.completecrm.core.TeamId;
import org.immutables.value.Value;

/**
 * What a rule does when its condition holds; exactly one of: propose an action, suppress an action
 * (with a reason), make a commitment from a service level, escalate overdue commitments to a team,
 * or allow a guardrail's room to act.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableEffect.class)
@JsonDeserialize(as = ImmutableEffect.class)
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public abstract class Effect {
  Effect() {}

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@code Effect}, checked when built. */
  public static final class Builder extends ImmutableEffect.Builder {
    Builder() {}
  }

  /** Propose the action {@code id}. */
  public static Effect propose(String id) {
    return builder().propose(OfferId.of(id)).build();
  }

  /** Suppress the action {@code id}, saying why. */
  public static Effect suppress(String id, String reason) {
    return builder().suppress(OfferId.of(id)).reason(reason).build();
  }

  /** Make the commitment of service level {@code sla}. */
  public static Effect commit(String sla) {
    return builder().commit(sla).build();
  }

  /** Escalate commitments overdue by at least {@code after} to {@code team}. */
  public static Effect escalate(String team, Duration after) {
    return builder().escalate(TeamId.of(team)).after(after).build();
  }

  /** Give the employee the room of guardrail {@code guardrail}. */
  public static Effect allow(String guardrail) {
    return builder().allow(guardrail).build();
  }

  /** The action to propose. */
  public abstract Optional<OfferId> propose();

  /** The action to suppress. */
  public abstract Optional<OfferId> suppress();

  /** Why it is suppressed (required with {@link #suppress()}). */
  public abstract Optional<String> reason();

  /** The service level whose commitment to make. */
  public abstract Optional<String> commit();

  /** The team to escalate overdue commitments to. */
  public abstract Optional<TeamId> escalate();

  /** How long overdue a commitment must be before it is escalated (default: any time). */
  public abstract Optional<Duration> after();

  /** The guardrail whose room to give. */
  public abstract Optional<String> allow();
}
