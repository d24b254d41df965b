package org.completecrm.core.commitment;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.Instant;
import java.util.Optional;
import org.completecrm.core.CaseId;
import org.completecrm.core.CommitmentId;
import org.completecrm.core.CustomerId;
import org.completecrm.core.InvalidValueException;
import org.completecrm.core.TeamId;
import org.completecrm.core.Checks;
import org.completecrm.core.timeline.CommitmentKind;
import org.immutables.value.Value;

/**
 * A commitment as it stands: what was promised, to whom, by which team, by when, and whether and
 * when it was kept or cancelled. Its status is derived for any instant ({@link #statusAt}), never
 * stored, so it can never be stale.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableCommitment.class)
@JsonDeserialize(as = ImmutableCommitment.class)
public abstract class Commitment {
  Commitment() {}

  /** A builder. */
  public static ImmutableCommitment.Builder builder() {
    return ImmutableCommitment.builder();
  }

  /** The commitment's identifier. */
  public abstract CommitmentId id();

  /** The customer it was made to. */
  public abstract CustomerId customer();

  /** What was promised. */
  public abstract CommitmentKind kind();

  /** The team that owns it. */
  public abstract TeamId owner();

  /** When it was promised. */
  public abstract Instant promisedAt();

  /** Start of the promised window, if any; otherwise the window starts when it was promised. */
  public abstract Optional<Instant> dueFrom();

  /** The deadline. */
  public abstract Instant dueBy();

  /** What was promised, in plain words. */
  public abstract String description();

  /** The case it belongs to, if any. */
  public abstract Optional<CaseId> caseId();

  /** When it was kept, if it was. */
  public abstract Optional<Instant> fulfilledAt();

  /** When it was cancelled, if it was. */
  public abstract Optional<Instant> cancelledAt();

  /** Why it was cancelled, if it was. */
  public abstract Optional<String> cancelReason();

  /**
   * The status at {@code at}, knowing only what had happened by then: final once kept or
   * cancelled, else overdue from {@code dueBy}, due from the window's start, open before. Before
   * the promise was made the status is {@link CommitmentStatus#OPEN}.
   */
  public CommitmentStatus statusAt(Instant at) {
    Checks.present(at, "Commitment.statusAt.at");
    if (fulfilledAt().isPresent() && !fulfilledAt().get().isAfter(at)) {
      return fulfilledAt().get().isAfter(dueBy())
          ? CommitmentStatus.FULFILLED_LATE
          : CommitmentStatus.FULFILLED_ON_TIME;
    }
    if (cancelledAt().isPresent() && !cancelledAt().get().isAfter(at)) {
      return CommitmentStatus.CANCELLED;
    }
    if (!at.isBefore(dueBy())) {
      return CommitmentStatus.OVERDUE;
    }
    Instant windowStart = dueFrom().orElse(promisedAt());
    return at.isBefore(windowStart) || at.isBefore(promisedAt()) ? CommitmentStatus.OPEN : CommitmentStatus.DUE;
  }

  /** Plain words for the frontline: {@code "call-back promised 2024-05-01T09:00:00Z by contact-centre, due by ..."}. */
  public String describe(Instant at) {
    return kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-') + " '" + description()
        + "' owned by " + owner() + ", due by " + dueBy().toString() + ": "
        + statusAt(at).name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
  }

  @Value.Check
  void check() {
    Checks.present(id(), "Commitment.id");
    Checks.present(customer(), "Commitment.customer");
    Checks.present(kind(), "Commitment.kind");
    Checks.present(owner(), "Commitment.owner");
    Checks.present(promisedAt(), "Commitment.promisedAt");
    Checks.present(dueBy(), "Commitment.dueBy");
    Checks.notBlank(description(), "Commitment.description");
    if (!dueBy().isAfter(promisedAt())) {
      throw new InvalidValueException("Commitment.dueBy", dueBy(), "an instant after promisedAt " + promisedAt());
    }
    dueFrom().ifPresent(f -> {
      if (f.isBefore(promisedAt()) || !f.isBefore(dueBy())) {
        throw new InvalidValueException("Commitment.dueFrom", f, "an instant from promisedAt and before dueBy");
      }
    });
    fulfilledAt().ifPresent(f -> {
      if (f.isBefore(promisedAt())) {
        throw new InvalidValueException("Commitment.fulfilledAt", f, "an instant at or after promisedAt " + promisedAt());
      }
    });
    if (fulfilledAt().isPresent() && cancelledAt().isPresent()) {
      throw new InvalidValueException(
          "Commitment.cancelledAt", cancelledAt().get(), "no cancellation of a commitment kept at " + fulfilledAt().get());
    }
    if (cancelReason().isPresent() && cancelledAt().isEmpty()) {
      throw new InvalidValueException("Commitment.cancelledAt", "absent", "the instant of cancellation when a reason is given");
    }
    cancelledAt().ifPresent(c -> {
      if (c.isBefore(promisedAt())) {
        throw new InvalidValueException("Commitment.cancelledAt", c, "an instant at or after promisedAt " + promisedAt());
      }
    });
  }

  /** Identifies the commitment without its free text (description and reason may hold personal data). */
  @Override
  public String toString() {
    return "Commitment{" + id() + ", " + customer() + ", " + kind() + ", owner=" + owner() + ", promisedAt="
        + promisedAt() + ", dueBy=" + dueBy() + fulfilledAt().map(f -> ", fulfilledAt=" + f).orElse("")
        + cancelledAt().map(c -> ", cancelledAt=" + c).orElse("") + "}";
  }
}
