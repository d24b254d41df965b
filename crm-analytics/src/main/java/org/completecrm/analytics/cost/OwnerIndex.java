package org.completecrm.analytics.cost;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.completecrm.core.CustomerId;
import org.completecrm.core.HouseholdId;
import org.completecrm.core.InvalidValueException;
import org.completecrm.core.household.Household;
import org.completecrm.core.household.Households;
import org.completecrm.core.household.Membership;
import org.completecrm.core.Checks;
import org.completecrm.core.timeline.TimelineEvent;
import org.jspecify.annotations.Nullable;

/**
 * Who an event counts for: the owners (customers or households) in their natural order, each with
 * a columnar code (its position), and the owner of a customer's event at an instant.
 *
 * <p>For customers the owner is the customer. For households it is the household the customer
 * belonged to at the event's instant, by the households' membership history, and none if they
 * belonged to none then; so a household's figures are exactly the sum of its members' figures
 * while they were members, over any history of joins, leaves and moves.
 *
 * @param <K> the owner type
 */
public final class OwnerIndex<K extends Comparable<K>> {
  private final List<K> owners;
  private final @Nullable Map<CustomerId, Integer> customerCodes; // null: owners are households
  private final Map<CustomerId, List<Period>> periods;

  private OwnerIndex(List<K> owners, @Nullable Map<CustomerId, Integer> customerCodes, Map<CustomerId, List<Period>> periods) {
    this.owners = List.copyOf(owners);
    this.customerCodes = customerCodes;
    this.periods = periods;
  }

  /** A membership period and the code of its household. */
  private record Period(Membership membership, int household) {}

  /** The customers of {@code events} (every event's customer), each its own owner. */
  public static OwnerIndex<CustomerId> customersOf(Collection<? extends TimelineEvent> events) {
    Checks.noNulls(Checks.present(events, "OwnerIndex.events"), "OwnerIndex.events");
    TreeSet<CustomerId> ids = new TreeSet<>();
    events.forEach(e -> ids.add(e.customer()));
    return customers(ids);
  }

  /** The given customers, each its own owner. */
  public static OwnerIndex<CustomerId> customers(Collection<CustomerId> customers) {
    Checks.noNulls(Checks.present(customers, "OwnerIndex.customers"), "OwnerIndex.customers");
    List<CustomerId> sorted = new ArrayList<>(new TreeSet<>(customers));
    Map<CustomerId, Integer> codes = new HashMap<>();
    for (int i = 0; i < sorted.size(); i++) {
      codes.put(sorted.get(i), i);
    }
    return new OwnerIndex<>(sorted, codes, Map.of());
  }

  /** The households, in id order; a customer's events count for the household they were in at the time. */
  public static OwnerIndex<HouseholdId> households(Collection<Household> households) {
    Checks.noNulls(Checks.present(households, "OwnerIndex.households"), "OwnerIndex.households");
    Households.requireNoOverlap(households);
    List<Household> sorted = new ArrayList<>(households);
    sorted.sort(Comparator.comparing(Household::id));
    List<HouseholdId> ids = sorted.stream().map(Household::id).toList();
    if (new HashSet<>(ids).size() != ids.size()) {
      throw new InvalidValueException("OwnerIndex.households", ids, "households with distinct ids");
    }
    Map<CustomerId, List<Period>> periods = new HashMap<>();
    for (int h = 0; h < sorted.size(); h++) {
      for (Membership m : sorted.get(h).memberships()) {
        periods.computeIfAbsent(m.customer(), c -> new ArrayList<>()).add(new Period(m, h));
      }
    }
    return new OwnerIndex<>(ids, null, periods);
  }

  /** The owners; owner {@code i} has code {@code i}. */
  public List<K> owners() {
    return owners;
  }

  /** The number of owners. */
  public int size() {
    return owners.size();
  }

  /** The code of the owner an event of {@code customer} at {@code at} counts for, or -1 for none. */
  public int codeOf(CustomerId customer, Instant at) {
    Map<CustomerId, Integer> codes = customerCodes;
    if (codes != null) {
      Integer code = codes.get(customer);
      return code == null ? -1 : code;
    }
    for (Period p : periods.getOrDefault(customer, List.of())) {
      if (p.membership().activeAt(at)) {
        return p.household();
      }
    }
    return -1;
  }
}
