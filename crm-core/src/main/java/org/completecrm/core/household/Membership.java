package org.completecrm.core.household;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.Instant;
import java.util.Optional;
import org.completecrm.core.CustomerId;
import org.completecrm.core.InvalidValueException;
import org.completecrm.core.Checks;
import org.immutables.value.Value;

/** A period during which a customer belonged to a household in one role: since (inclusive) until (exclusive). */
@Value.Immutable
@JsonSerialize(as = ImmutableMembership.class)
@JsonDeserialize(as = ImmutableMembership.class)
public abstract class Membership {
  Membership() {}

  /** A builder. */
  public static ImmutableMembership.Builder builder() {
    return ImmutableMembership.builder();
  }

  /** An open membership starting at {@code from}. */
  public static Membership of(CustomerId customer, HouseholdRole role, Instant from) {
    return builder().customer(customer).role(role).since(from).build();
  }

  /** The member. */
  public abstract CustomerId customer();

  /** The member's role during this period. */
  public abstract HouseholdRole role();

  /** When the membership began (inclusive). */
  public abstract Instant since();

  /** When it ended (exclusive); absent while the customer is still a member. */
  public abstract Optional<Instant> until();

  /** Whether the membership is in force at {@code at}. */
  public boolean activeAt(Instant at) {
    Checks.present(at, "Membership.activeAt.at");
    return !at.isBefore(since()) && until().map(at::isBefore).orElse(true);
  }

  /** Whether this period and {@code other} share an instant. */
  public boolean overlaps(Membership other) {
    Checks.present(other, "Membership.overlaps.other");
    boolean startsBeforeOtherEnds = other.until().map(u -> since().isBefore(u)).orElse(true);
    boolean otherStartsBeforeThisEnds = until().map(u -> other.since().isBefore(u)).orElse(true);
    return startsBeforeOtherEnds && otherStartsBeforeThisEnds;
  }

  /** This membership ended at {@code at}. */
  Membership endedAt(Instant at) {
    return builder().from(this).until(at).build();
  }

  @Value.Check
  void check() {
    Checks.present(customer(), "Membership.customer");
    Checks.present(role(), "Membership.role");
    Checks.present(since(), "Membership.since");
    if (until().isPresent() && !until().get().isAfter(since())) {
      throw new InvalidValueException("Membership.until", until().get(), "an instant after since " + since());
    }
  }

  @Override
  public String toString() {
    return customer() + " " + role() + " [" + since() + ", " + until().map(Instant::toString).orElse("") + ")";
  }
}
