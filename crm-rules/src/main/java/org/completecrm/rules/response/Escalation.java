package org.completecrm.rules.response;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.Duration;
import java.time.Instant;
import org.completecrm.core.CommitmentId;
import org.completecrm.core.TeamId;
import org.completecrm.core.commitment.Commitment;
import org.completecrm.core.Checks;
import org.immutables.value.Value;

/** An overdue commitment escalated: which one, the team that owns it, the team it is routed to, and why. */
@Value.Immutable
@JsonSerialize(as = ImmutableEscalation.class)
@JsonDeserialize(as = ImmutableEscalation.class)
public abstract class Escalation {
  Escalation() {}

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@code Escalation}, checked when built. */
  public static final class Builder extends ImmutableEscalation.Builder {
    Builder() {}
  }

  /** The escalation of {@code commitment}, overdue at {@code at}, to {@code routeTo} by rule {@code rule}. */
  public static Escalation of(Commitment commitment, TeamId routeTo, String rule, Instant at) {
    Duration late = Duration.between(commitment.dueBy(), at);
    return builder().commitment(commitment.id()).owner(commitment.owner()).routeTo(routeTo)
        .dueBy(commitment.dueBy()).overdueBy(late).rule(rule)
        .reason("The " + commitment.kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-')
            + " '" + commitment.description() + "' owned by " + commitment.owner() + " was due by "
            + commitment.dueBy() + " and is " + Durations.words(late) + " late: escalated to " + routeTo
            + " by rule " + rule + ".")
        .build();
  }

  /** The overdue commitment. */
  public abstract CommitmentId commitment();

  /** The team that owns it. */
  public abstract TeamId owner();

  /** The team it is routed to. */
  public abstract TeamId routeTo();

  /** Its deadline. */
  public abstract Instant dueBy();

  /** How late it is. */
  public abstract Duration overdueBy();

  /** The rule that escalated it. */
  public abstract String rule();

  /** Why, in plain words. */
  public abstract String reason();

  @Value.Check
  void check() {
    Checks.present(commitment(), "Escalation.commitment");
    Checks.present(owner(), "Escalation.owner");
    Checks.present(routeTo(), "Escalation.routeTo");
    Checks.present(dueBy(), "Escalation.dueBy");
    Checks.present(overdueBy(), "Escalation.overdueBy");
    Checks.notBlank(rule(), "Escalation.rule");
    Checks.notBlank(reason(), "Escalation.reason");
  }
}
