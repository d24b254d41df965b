package org.completecrm.core.identity;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.completecrm.core.CustomerId;
import org.completecrm.core.InvalidValueException;
import org.completecrm.core.Checks;
import org.immutables.value.Value;

/**
 * One entry of the append-only log of resolution decisions: what was done to which customer and
 * records, when, by whom and why. Replaying the log ({@link DecisionLog#replay}) gives the
 * clusters of the resolution.
 *
 * <p>Meaning per kind: {@code CREATE} makes {@link #customer()} with {@link #records()};
 * {@code ADD} and {@code REMOVE} add or take out {@link #records()}; {@code MERGE} moves every
 * record of {@link #other()} into {@link #customer()} ({@link #records()} lists them);
 * {@code UNMERGE} moves {@link #records()} out of {@link #customer()} into the new customer
 * {@link #other()}, and the rest continues as {@link #renamed()} when given.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableMatchDecision.class)
@JsonDeserialize(as = ImmutableMatchDecision.class)
public abstract class MatchDecision {
  MatchDecision() {}

  /** A builder. */
  public static ImmutableMatchDecision.Builder builder() {
    return ImmutableMatchDecision.builder();
  }

  /** The position in the log, from 0. */
  public abstract long sequence();

  /** When the decision was taken. */
  public abstract Instant at();

  /** What was done. */
  public abstract DecisionKind kind();

  /** The resolver or a person. */
  public abstract DecisionOrigin origin();

  /** Who decided: {@code "resolver"} or the person's user name. */
  public abstract String actor();

  /** Why, in plain words (no personal data). */
  public abstract String reason();

  /** The customer acted on. */
  public abstract CustomerId customer();

  /** The absorbed customer of a merge, or the split-off customer of an unmerge. */
  public abstract Optional<CustomerId> other();

  /** The new id of the rest of a split customer, when it does not keep its id. */
  public abstract Optional<CustomerId> renamed();

  /** The records concerned. */
  public abstract Set<SourceIdentity> records();

  @Value.Check
  void check() {
    if (sequence() < 0) {
      throw new InvalidValueException("MatchDecision.sequence", sequence(), "a position >= 0");
    }
    Checks.present(at(), "MatchDecision.at");
    Checks.present(kind(), "MatchDecision.kind");
    Checks.present(origin(), "MatchDecision.origin");
    Checks.notBlank(actor(), "MatchDecision.actor");
    Checks.notBlank(reason(), "MatchDecision.reason");
    Checks.present(customer(), "MatchDecision.customer");
    Checks.noNulls(records(), "MatchDecision.records");
    boolean needsOther = kind() == DecisionKind.MERGE || kind() == DecisionKind.UNMERGE;
    if (needsOther != other().isPresent()) {
      throw new InvalidValueException(
          "MatchDecision.other", other().map(Object::toString).orElse("absent"),
          needsOther ? "the other customer of a " + kind() : "no other customer for " + kind());
    }
    if (renamed().isPresent() && kind() != DecisionKind.UNMERGE) {
      throw new InvalidValueException("MatchDecision.renamed", renamed().get(), "a new id only for UNMERGE");
    }
    if (records().isEmpty()) {
      throw new InvalidValueException("MatchDecision.records", "[]", "at least one record");
    }
  }

  @Override
  public String toString() {
    return "MatchDecision{#" + sequence() + " " + kind() + " " + customer() + other().map(o -> " / " + o).orElse("")
        + " records=" + records().size() + " by " + origin() + "}";
  }
}
