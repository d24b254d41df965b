package org.completecrm.core.view;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.completecrm.core.Checks;
import org.completecrm.core.CustomerId;
import org.completecrm.core.InvalidValueException;
import org.completecrm.core.Money;
import org.completecrm.core.holding.Holding;
import org.completecrm.core.household.Household;
import org.completecrm.core.household.Membership;

/** Builds the {@link HouseholdView} by folding every current member's records as of an instant. */
public final class HouseholdViews {
  private HouseholdViews() {}

  /**
   * The household {@code household} as of {@code at}.
   *
   * <p>Only members at {@code at} count (the household's membership periods decide): records of
   * customers who were members once but are not at {@code at} are left out, so a member who left
   * no longer counts. Each member's view is folded from their own record with {@link
   * CustomerViews#fold}. Members are placed by role ({@code PRIMARY} first), then by when their
   * current membership began, then by id. The value is the sum of each current member's latest
   * holding per product at or before {@code at}.
   *
   * @param household the household (its history decides membership at {@code at})
   * @param members a record for every current member (others who were ever members may be given)
   * @param wallet the household's total wallet, if estimated (same currency as the holdings)
   * @param at the instant the view describes
   * @throws InvalidValueException for a record of a customer never a member, two records of one
   *     customer, a current member without a record, or holdings in two currencies
   */
  public static HouseholdView fold(Household household, Collection<MemberRecord> members, Optional<Money> wallet,
      Instant at) {
    Checks.present(household, "HouseholdViews.fold.household");
    Checks.noNulls(Checks.present(members, "HouseholdViews.fold.members"), "HouseholdViews.fold.members");
    Checks.present(wallet, "HouseholdViews.fold.wallet");
    Checks.instant(at, "HouseholdViews.fold.at");
    Map<CustomerId, MemberRecord> byCustomer = new HashMap<>();
    for (MemberRecord r : members) {
      CustomerId id = r.customer().id();
      if (!household.everMembers().contains(id)) {
        throw new InvalidValueException("HouseholdViews.fold.members", id, "members of household " + household.id());
      }
      if (byCustomer.put(id, r) != null) {
        throw new InvalidValueException("HouseholdViews.fold.members", id, "one record per member");
      }
    }
    List<Membership> current = new ArrayList<>();
    for (CustomerId id : household.membersAt(at)) {
      current.add(household.membershipAt(id, at).orElseThrow());
    }
    current.sort(Comparator.comparing(Membership::role).thenComparing(Membership::since)
        .thenComparing(Membership::customer));
    List<HouseholdMember> folded = new ArrayList<>();
    Money value = null;
    for (Membership m : current) {
      MemberRecord r = byCustomer.get(m.customer());
      if (r == null) {
        throw new InvalidValueException("HouseholdViews.fold.members", m.customer(), "a record for every current member");
      }
      CustomerView view = CustomerViews.fold(r.customer(), Optional.of(household), r.consent(), r.preferences(),
          r.timeline(), at);
      folded.add(HouseholdMember.of(folded.size() + 1, m.role(), view));
      for (Holding h : latestHoldings(r.holdings(), at)) {
        if (value != null && !value.currency().equals(h.value().currency())) {
          throw new InvalidValueException("HouseholdViews.fold.members.holdings", h.value().currency(),
              "holdings in one currency, " + value.currency());
        }
        value = value == null ? h.value() : value.plus(h.value());
      }
    }
    return HouseholdView.builder().household(household.id()).asOf(at).members(folded)
        .value(Optional.ofNullable(value)).wallet(wallet).build();
  }

  /** The latest holding per product at or before {@code at}, by product. */
  private static Collection<Holding> latestHoldings(List<Holding> holdings, Instant at) {
    Map<String, Holding> latest = new java.util.TreeMap<>();
    for (Holding h : holdings) {
      if (h.asOf().isAfter(at)) {
        continue;
      }
      Holding was = latest.get(h.product());
      if (was == null || h.asOf().isAfter(was.asOf())) {
        latest.put(h.product(), h);
      }
    }
    return latest.values();
  }
}
