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

/** A commitment withdrawn, with a reason. */
@Value.Immutable
@JsonSerialize(as = ImmutableCommitmentCancelled.class)
@JsonDeserialize(as = ImmutableCommitmentCancelled.class)
public abstract class CommitmentCancelled implements TimelineEvent {
  CommitmentCancelled() {}

  /** A builder. */
  public static ImmutableCommitmentCancelled.Builder builder() {
    return ImmutableCommitmentCancelled.builder();
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

  /** Why. */
  public abstract String reason();

  @Value.Check
  void check() {
    Checks.present(id(), "CommitmentCancelled.id");
    Checks.present(customer(), "CommitmentCancelled.customer");
    Checks.instant(at(), "CommitmentCancelled.at");
    Checks.present(commitment(), "CommitmentCancelled.commitment");
    Checks.notBlank(reason(), "CommitmentCancelled.reason");
  }

  @Override
  public String toString() {
    return "CommitmentCancelled{" + id() + ", " + customer() + ", " + at() + "}";
  }
}
