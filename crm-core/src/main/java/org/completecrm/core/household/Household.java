package org.completecrm.core.household;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.completecrm.core.CustomerId;
import org.completecrm.core.HouseholdId;
import org.completecrm.core.InvalidValueException;
import org.completecrm.core.Checks;
import org.immutables.value.Value;

/**
 * A household: the unit of relationship and value, with the full history of who was a member,
 * in which role, when.
 *
 * <p>Every operation returns a new household and only ever closes or adds membership periods, so
 * history is never lost. Invariants checked on construction: a customer's periods in one household
 * never overlap, and at most one member is {@link HouseholdRole#PRIMARY} at any instant.
 * Operations across households (move, merge, split) live in {@link Households}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableHousehold.class)
@JsonDeserialize(as = ImmutableHousehold.class)
public abstract class Household {
  private static final Comparator<Membership> ORDER =
      Comparator.comparing(Membership::since)
          .thenComparing(Membership::customer)
          .thenComparing(Membership::role)
          .thenComparing(m -> m.until().orElse(Instant.MAX));

  Household() {}

  /** A builder. */
  public static ImmutableHousehold.Builder builder() {
    return ImmutableHousehold.builder();
  }

  /** An empty household. */
  public static Household empty(HouseholdId id) {
    return builder().id(id).build();
  }

  /** The household's identifier. */
  public abstract HouseholdId id();

  /** Every membership period, past and present, in order of start. */
  public abstract List<Membership> memberships();

  /** The customers who are members at {@code at}. */
  public Set<CustomerId> membersAt(Instant at) {
    Checks.present(at, "Household.membersAt.at");
    return memberships().stream()
        .filter(m -> m.activeAt(at))
        .map(Membership::customer)
        .collect(Collectors.toCollection(TreeSet::new));
  }

  /** Every customer who was ever a member. */
  public Set<CustomerId> everMembers() {
    return memberships().stream().map(Membership::customer).collect(Collectors.toCollection(TreeSet::new));
  }

  /** The membership of {@code customer} in force at {@code at}, if any. */
  public Optional<Membership> membershipAt(CustomerId customer, Instant at) {
    Checks.present(customer, "Household.membershipAt.customer");
    Checks.present(at, "Household.membershipAt.at");
    return memberships().stream().filter(m -> m.customer().equals(customer) && m.activeAt(at)).findFirst();
  }

  /** The role of {@code customer} at {@code at}, if a member then. */
  public Optional<HouseholdRole> roleAt(CustomerId customer, Instant at) {
    return membershipAt(customer, at).map(Membership::role);
  }

  /** The primary member at {@code at}, if there is one. */
  public Optional<CustomerId> primaryAt(Instant at) {
    Checks.present(at, "Household.primaryAt.at");
    return memberships().stream()
        .filter(m -> m.activeAt(at) && m.role() == HouseholdRole.PRIMARY)
        .map(Membership::customer)
        .findFirst();
  }

  /** The customer joins in {@code role} at {@code at}; fails if already a member then or later. */
  public Household join(CustomerId customer, HouseholdRole role, Instant at) {
    Checks.present(customer, "Household.join.customer");
    Checks.present(role, "Household.join.role");
    Checks.present(at, "Household.join.at");
    Membership joined = Membership.of(customer, role, at);
    for (Membership m : memberships()) {
      if (m.customer().equals(customer) && m.overlaps(joined)) {
        throw new InvalidValueException(
            "Household.join.customer", customer, "a customer who is not a member of " + id() + " at or after " + at);
      }
    }
    return with(joined, List.of());
  }

  /** The customer leaves at {@code at}; fails unless they are a member then. */
  public Household leave(CustomerId customer, Instant at) {
    Membership current = requireMember(customer, at, "Household.leave.customer");
    if (current.since().equals(at)) {
      throw new InvalidValueException("Household.leave.at", at, "an instant after the membership began " + current.since());
    }
    return with(current.endedAt(at), List.of(current));
  }

  /** The member takes a new role from {@code at}; the old role's period is closed, not rewritten. */
  public Household changeRole(CustomerId customer, HouseholdRole role, Instant at) {
    Checks.present(role, "Household.changeRole.role");
    Membership current = requireMember(customer, at, "Household.changeRole.customer");
    if (current.role() == role) {
      return this;
    }
    if (current.since().equals(at)) {
      throw new InvalidValueException(
          "Household.changeRole.at", at, "an instant after the membership began " + current.since());
    }
    Household left = with(current.endedAt(at), List.of(current));
    return left.with(Membership.of(customer, role, at), List.of());
  }

  Membership requireMember(CustomerId customer, Instant at, String field) {
    Checks.present(customer, field);
    Checks.present(at, field.replace(".customer", ".at"));
    Membership current = membershipAt(customer, at).orElse(null);
    if (current == null || current.until().isPresent()) {
      throw new InvalidValueException(field, customer, "a current member of " + id() + " at " + at);
    }
    return current;
  }

  /** A copy with {@code removed} replaced by {@code added} (a closed copy of it, or a new period). */
  Household with(Membership added, List<Membership> removed) {
    List<Membership> next = new ArrayList<>(memberships());
    next.removeAll(removed);
    next.add(added);
    next.sort(ORDER);
    return ImmutableHousehold.builder().id(id()).memberships(next).build();
  }

  @Value.Check
  Household normalise() {
    Checks.present(id(), "Household.id");
    Checks.noNulls(memberships(), "Household.memberships");
    // Sorted only when not in order already (a built or read household is): then this is the value.
    List<Membership> sorted = memberships();
    if (!inOrder(sorted)) {
      sorted = new ArrayList<>(sorted);
      sorted.sort(ORDER);
    }
    // One pass in order of start: a period overlaps an earlier one of the same customer (or an
    // earlier primary) exactly when it overlaps the last of them, as those do not overlap each other.
    Map<CustomerId, Membership> lastOfCustomer = new HashMap<>();
    Membership lastPrimary = null;
    for (Membership m : sorted) {
      Membership before = lastOfCustomer.put(m.customer(), m);
      if (before != null && before.overlaps(m)) {
        throw new InvalidValueException(
            "Household.memberships", m.customer(), "membership periods of one customer that do not overlap");
      }
      if (m.role() == HouseholdRole.PRIMARY) {
        if (lastPrimary != null && lastPrimary.overlaps(m)) {
          throw new InvalidValueException(
              "Household.memberships", m.customer(), "at most one PRIMARY member at a time in " + id());
        }
        lastPrimary = m;
      }
    }
    if (sorted == memberships() || sorted.equals(memberships())) {
      return this;
    }
    return ImmutableHousehold.builder().id(id()).memberships(sorted).build();
  }

  /** Whether {@code memberships} is in {@link #ORDER}: sorting it (a stable sort) would give an equal list. */
  private static boolean inOrder(List<Membership> memberships) {
    for (int i = 1; i < memberships.size(); i++) {
      if (ORDER.compare(memberships.get(i - 1), memberships.get(i)) > 0) {
        return false;
      }
    }
    return true;
  }

  @Override
  public String toString() {
    return "Household{" + id() + ", memberships=" + memberships() + "}";
  }
}
