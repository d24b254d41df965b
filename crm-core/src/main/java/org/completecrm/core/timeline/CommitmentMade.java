package org.completecrm.core.timeline;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.Instant;
import java.util.Optional;
import org.completecrm.core.CaseId;
import org.completecrm.core.CommitmentId;
import org.completecrm.core.CustomerId;
import org.completecrm.core.EventId;
import org.completecrm.core.InvalidValueException;
import org.completecrm.core.TeamId;
import org.completecrm.core.identity.SourceIdentity;
import org.completecrm.core.Checks;
import org.immutables.value.Value;

/** A promise to the customer: a call-back, a delivery, a follow-up, a reply, due by an instant. */
@Value.Immutable
@JsonSerialize(as = ImmutableCommitmentMade.class)
@JsonDeserialize(as = ImmutableCommitmentMade.class)
public abstract class CommitmentMade implements TimelineEvent {
  CommitmentMade() {}

  /** A builder. */
  public static ImmutableCommitmentMade.Builder builder() {
    return ImmutableCommitmentMade.builder();
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

  /** What was promised. */
  public abstract CommitmentKind kind();

  /** The team that owns it. */
  public abstract TeamId owner();

  /** The start of the promised window, if it has one (a call-back between 14:00 and 16:00). */
  public abstract Optional<Instant> dueFrom();

  /** The instant by which it must be fulfilled. */
  public abstract Instant dueBy();

  /** What was promised, in plain words. */
  public abstract String description();

  /** The case it belongs to, if any. */
  public abstract Optional<CaseId> caseId();

  @Value.Check
  void check() {
    Checks.present(id(), "CommitmentMade.id");
    Checks.present(customer(), "CommitmentMade.customer");
    Checks.instant(at(), "CommitmentMade.at");
    Checks.present(commitment(), "CommitmentMade.commitment");
    Checks.present(kind(), "CommitmentMade.kind");
    Checks.present(owner(), "CommitmentMade.owner");
    Checks.present(dueBy(), "CommitmentMade.dueBy");
    Checks.notBlank(description(), "CommitmentMade.description");
    if (!dueBy().isAfter(at())) {
      throw new InvalidValueException("CommitmentMade.dueBy", dueBy(), "an instant after the promise was made " + at());
    }
    dueFrom().ifPresent(f -> {
      if (f.isBefore(at()) || !f.isBefore(dueBy())) {
        throw new InvalidValueException("CommitmentMade.dueFrom", f, "an instant from " + at() + " and before dueBy " + dueBy());
      }
    });
  }

  @Override
  public String toString() {
    return "CommitmentMade{" + id() + ", " + customer() + ", " + at() + "}";
  }
}
