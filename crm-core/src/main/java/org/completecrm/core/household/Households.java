package org.completecrm.core.household;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.completecrm.core.CustomerId;
import org.completecrm.core.HouseholdId;
import org.completecrm.core.InvalidValueException;
import org.completecrm.core.Checks;

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
   * Merges {@code absorbed} into {@code survivor} at {@code at}: every membership of the absorbed
   * household that is in force at or after {@code at} is carried into the survivor in the same role
   * for the rest of its period, except that a primary member whose period overlaps a primary of
   * the survivor becomes {@link HouseholdRole#PARTNER}. Periods that began before the merge close in
   * the absorbed household at {@code at}; periods that begin at or after it (a member who joined at
   * the merge instant, or one due to join later) move whole. The absorbed household keeps its
   * history before {@code at} and has no member from then on. Linear in the number of memberships.
   */
  public static Pair merge(Household survivor, Household absorbed, Instant at) {
    Checks.present(survivor, "Households.merge.survivor");
    Checks.present(absorbed, "Households.merge.absorbed");
    Checks.present(at, "Households.merge.at");
    if (survivor.id().equals(absorbed.id())) {
      throw new InvalidValueException("Households.merge.absorbed", absorbed.id(), "a household other than the survivor");
    }
    List<Membership> kept = new ArrayList<>();
    List<Membership> carried = new ArrayList<>();
    for (Membership m : absorbed.memberships()) {
      if (m.until().isPresent() && !m.until().get().isAfter(at)) {
        kept.add(m);
      } else if (m.since().isBefore(at)) {
        kept.add(m.endedAt(at));
        carried.add(Membership.builder().from(m).since(at).build());
      } else {
        carried.add(m);
      }
    }
    List<Membership> survivorPrimaries = new ArrayList<>();
    Map<CustomerId, List<Membership>> survivorPeriods = new HashMap<>();
    for (Membership m : survivor.memberships()) {
      survivorPeriods.computeIfAbsent(m.customer(), c -> new ArrayList<>()).add(m);
      if (m.role() == HouseholdRole.PRIMARY) {
        survivorPrimaries.add(m);
      }
    }
    List<Membership> merged = new ArrayList<>(survivor.memberships());
    for (Membership m : carried) {
      for (Membership s : survivorPeriods.getOrDefault(m.customer(), List.of())) {
        if (s.overlaps(m)) {
          throw new InvalidValueException("Households.merge.absorbed", m.customer(),
              "members who are not also members of " + survivor.id() + " at the same time");
        }
      }
      boolean secondPrimary = m.role() == HouseholdRole.PRIMARY && overlapsAny(m, survivorPrimaries);
      merged.add(secondPrimary ? Membership.builder().from(m).role(HouseholdRole.PARTNER).build() : m);
    }
    return new Pair(
        Household.builder().id(survivor.id()).memberships(merged).build(),
        Household.builder().id(absorbed.id()).memberships(kept).build());
  }

  /** Whether {@code m} overlaps one of {@code periods}, which do not overlap each other. */
  private static boolean overlapsAny(Membership m, List<Membership> periods) {
    // The periods are in order of start and disjoint: find the last one starting before m ends.
    int lo = 0;
    int hi = periods.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      boolean startsBeforeMEnds = m.until().map(u -> periods.get(mid).since().isBefore(u)).orElse(true);
      if (startsBeforeMEnds) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo > 0 && periods.get(lo - 1).overlaps(m);
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
    Map<CustomerId, Membership> current = new HashMap<>();
    for (Membership m : household.memberships()) {
      if (m.activeAt(at) && m.until().isEmpty()) {
        current.put(m.customer(), m);
      }
    }
    List<Membership> moving = new ArrayList<>();
    for (CustomerId c : new java.util.TreeSet<>(leaving)) {
      Membership m = current.get(c);
      if (m == null) {
        throw new InvalidValueException("Households.split.leaving", c, "a current member of " + household.id() + " at " + at);
      }
      if (m.since().equals(at)) {
        throw new InvalidValueException("Household.leave.at", at, "an instant after the membership began " + m.since());
      }
      moving.add(m);
    }
    boolean anyPrimary = moving.stream().anyMatch(m -> m.role() == HouseholdRole.PRIMARY);
    java.util.Set<Membership> closing = new java.util.HashSet<>(moving);
    List<Membership> remaining = new ArrayList<>();
    for (Membership m : household.memberships()) {
      remaining.add(closing.contains(m) ? m.endedAt(at) : m);
    }
    List<Membership> created = new ArrayList<>();
    for (int i = 0; i < moving.size(); i++) {
      Membership m = moving.get(i);
      HouseholdRole role = !anyPrimary && i == 0 ? HouseholdRole.PRIMARY : m.role();
      created.add(Membership.of(m.customer(), role, at));
    }
    Household rest = Household.builder().id(household.id()).memberships(remaining).build();
    return new Pair(rest, Household.builder().id(newId).memberships(created).build());
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
}
