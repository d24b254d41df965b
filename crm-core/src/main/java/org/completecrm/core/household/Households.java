package org.completecrm.core.household;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.completecrm.core.CustomerId;
import org.completecrm.core.HouseholdId;
import org.completecrm.core.InvalidValueException;
import org.completecrm.core.internal.Checks;

/**
 * Operations across households: move a member, merge two households, split one, and the check
 * that no customer belongs to two households at the same instant.
 */
public final class Households {
  private Households() {}

  /** Two households after a change that involved both. */
  public record Pair(Household first, Household second) {}

  /**
   * Moves a current member of {@code from} into {@code to} in {@code role} at {@code at}: the
   * period in {@code from} closes at the instant the period in {@code to} opens.
   */
  public static Pair move(Household from, Household to, CustomerId customer, HouseholdRole role, Instant at) {
    Checks.present(from, "Households.move.from");
    Checks.present(to, "Households.move.to");
    Checks.present(customer, "Households.move.customer");
    Checks.present(role, "Households.move.role");
    Checks.present(at, "Households.move.at");
    if (from.id().equals(to.id())) {
      throw new InvalidValueException("Households.move.to", to.id(), "a household other than " + from.id());
    }
    Household left = from.leave(customer, at);
    Household joined = to.join(customer, role, at);
    return new Pair(left, joined);
  }

  /**
   * Merges {@code absorbed} into {@code survivor} at {@code at}: every current member of the
   * absorbed household leaves it and joins the survivor in the same role, except that a second
   * primary member becomes {@link HouseholdRole#PARTNER}. The absorbed household keeps its history.
   */
  public static Pair merge(Household survivor, Household absorbed, Instant at) {
    Checks.present(survivor, "Households.merge.survivor");
    Checks.present(absorbed, "Households.merge.absorbed");
    Checks.present(at, "Households.merge.at");
    if (survivor.id().equals(absorbed.id())) {
      throw new InvalidValueException("Households.merge.absorbed", absorbed.id(), "a household other than the survivor");
    }
    Household s = survivor;
    Household a = absorbed;
    for (Membership m : currentMembers(absorbed, at)) {
      a = a.leave(m.customer(), at);
      HouseholdRole role =
          m.role() == HouseholdRole.PRIMARY && s.primaryAt(at).isPresent() ? HouseholdRole.PARTNER : m.role();
      s = s.join(m.customer(), role, at);
    }
    return new Pair(s, a);
  }

  /**
   * Splits the given current members off into a new household {@code newId} at {@code at}, keeping
   * their roles; if none of them was primary, the first of them (by id) becomes primary of the new one.
   */
  public static Pair split(Household household, Set<CustomerId> leaving, HouseholdId newId, Instant at) {
    Checks.present(household, "Households.split.household");
    Checks.noNulls(Checks.present(leaving, "Households.split.leaving"), "Households.split.leaving");
    Checks.present(newId, "Households.split.newId");
    Checks.present(at, "Households.split.at");
    if (leaving.isEmpty()) {
      throw new InvalidValueException("Households.split.leaving", "[]", "at least one member to split off");
    }
    if (newId.equals(household.id())) {
      throw new InvalidValueException("Households.split.newId", newId, "an id other than " + household.id());
    }
    List<Membership> moving = new ArrayList<>();
    for (CustomerId c : new java.util.TreeSet<>(leaving)) {
      moving.add(household.requireMember(c, at, "Households.split.leaving"));
    }
    boolean anyPrimary = moving.stream().anyMatch(m -> m.role() == HouseholdRole.PRIMARY);
    Household rest = household;
    Household created = Household.empty(newId);
    for (int i = 0; i < moving.size(); i++) {
      Membership m = moving.get(i);
      rest = rest.leave(m.customer(), at);
      HouseholdRole role = !anyPrimary && i == 0 ? HouseholdRole.PRIMARY : m.role();
      created = created.join(m.customer(), role, at);
    }
    return new Pair(rest, created);
  }

  /** The household {@code customer} belongs to at {@code at}, among {@code households}. */
  public static Optional<Household> householdOf(Collection<Household> households, CustomerId customer, Instant at) {
    Checks.noNulls(Checks.present(households, "Households.householdOf.households"), "Households.householdOf.households");
    Checks.present(customer, "Households.householdOf.customer");
    Checks.present(at, "Households.householdOf.at");
    return households.stream()
        .filter(h -> h.membershipAt(customer, at).isPresent())
        .min(Comparator.comparing(Household::id));
  }

  /**
   * Checks that no customer is a member of two of the households at the same instant; fails with
   * the first customer found otherwise.
   */
  public static void requireNoOverlap(Collection<Household> households) {
    Checks.noNulls(Checks.present(households, "Households.households"), "Households.households");
    java.util.Map<CustomerId, List<Held>> byCustomer = new java.util.TreeMap<>();
    for (Household h : households) {
      for (Membership m : h.memberships()) {
        byCustomer.computeIfAbsent(m.customer(), k -> new ArrayList<>()).add(new Held(h.id(), m));
      }
    }
    for (java.util.Map.Entry<CustomerId, List<Held>> e : byCustomer.entrySet()) {
      List<Held> ms = e.getValue();
      for (int i = 0; i < ms.size(); i++) {
        for (int j = i + 1; j < ms.size(); j++) {
          Held a = ms.get(i);
          Held b = ms.get(j);
          if (!a.household().equals(b.household()) && a.membership().overlaps(b.membership())) {
            throw new InvalidValueException(
                "Households.memberships", e.getKey(),
                "membership of one household at a time, but found " + a.household() + " and " + b.household());
          }
        }
      }
    }
  }

  /** A membership period and the household it belongs to. */
  private record Held(HouseholdId household, Membership membership) {}

  private static List<Membership> currentMembers(Household h, Instant at) {
    List<Membership> current = new ArrayList<>();
    for (Membership m : h.memberships()) {
      if (m.activeAt(at) && m.until().isEmpty() && !m.since().equals(at)) {
        current.add(m);
      }
    }
    current.sort(Comparator.comparing((Membership m) -> m.role() != HouseholdRole.PRIMARY).thenComparing(Membership::customer));
    return current;
  }
}
