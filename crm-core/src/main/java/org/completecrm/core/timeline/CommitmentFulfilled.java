package org.completecrm.core.timeline;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.Instant;
import java.util.Optional;
import org.completecrm.core.CommitmentId;
import org.completecrm.core.CustomerId;
import org.completecrm.core.EventId;
import org.completecrm.core.identity.SourceIdentity;
import org.completecrm.core.Checks;
import org.immutables.value.Value;

/** A commitment kept. */
@Value.Immutable
@JsonSerialize(as = ImmutableCommitmentFulfilled.class)
@JsonDeserialize(as = ImmutableCommitmentFulfilled.class)
public abstract class CommitmentFulfilled implements TimelineEvent {
  CommitmentFulfilled() {}

  /** A builder. */
  public static ImmutableCommitmentFulfilled.Builder builder() {
    return ImmutableCommitmentFulfilled.builder();
  }

  @Override
  public abstract EventId id();

  @Override
  public abstract CustomerId customer();

  @Override
  public abstract Instant at();

  @Override
  public abstract Optional<SourceIdentity> source();

  /** The commitment. */
  public abstract CommitmentId commitment();

  @Value.Check
  void check() {
    Checks.present(id(), "CommitmentFulfilled.id");
    Checks.present(customer(), "CommitmentFulfilled.customer");
    Checks.instant(at(), "CommitmentFulfilled.at");
    Checks.present(commitment(), "CommitmentFulfilled.commitment");
  }

  @Override
  public String toString() {
    return "CommitmentFulfilled{" + id() + ", " + customer() + ", " + at() + "}";
  }
}
