package org.completecrm.core.voice;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.Instant;
import java.util.Optional;
import org.completecrm.core.CustomerId;
import org.completecrm.core.HouseholdId;
import org.completecrm.core.IdeaId;
import org.completecrm.core.Checks;
import org.immutables.value.Value;

/** One customer's vote on an idea: up or down, when, and the household it counted for, if any. */
@Value.Immutable
@JsonSerialize(as = ImmutableVote.class)
@JsonDeserialize(as = ImmutableVote.class)
public abstract class Vote {
  Vote() {}

  /** A builder. */
  public static ImmutableVote.Builder builder() {
    return ImmutableVote.builder();
  }

  /** The idea voted on. */
  public abstract IdeaId idea();

  /** Who voted. */
  public abstract CustomerId customer();

  /** For or against. */
  public abstract VoteDirection direction();

  /** When. */
  public abstract Instant at();

  /** The household the voter belonged to at {@link #at()}, when votes count per household. */
  public abstract Optional<HouseholdId> household();

  @Value.Check
  void check() {
    Checks.present(idea(), "Vote.idea");
    Checks.present(customer(), "Vote.customer");
    Checks.present(direction(), "Vote.direction");
    Checks.present(at(), "Vote.at");
  }
}
