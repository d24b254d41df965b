package org.completecrm.core.rekey;

import java.util.ArrayList;
import java.util.List;
import org.completecrm.core.CustomerId;
import org.completecrm.core.household.Household;
import org.completecrm.core.household.HouseholdRole;
import org.completecrm.core.household.Membership;
import org.completecrm.core.rekey.MergeRecord.MovedMembership;

/** Household memberships carried through a merge and back. */
final class HouseholdMoves {
  private HouseholdMoves() {}

  /**
   * Moves the absorbed customer's periods to the survivor. A period overlapping the survivor's own
   * period in the same household is left out; a {@code PRIMARY} period overlapping a primary
   * period of the survivor in another household becomes {@code PARTNER}, so no one is primary of
   * two households at once.
   */
  static List<Household> merge(List<Household> households, CustomerId survivor, CustomerId absorbed, List<MovedMembership> moved) {
    List<Membership> primaries = new ArrayList<>();
    for (Household h : households) {
      for (Membership m : h.memberships()) {
        if (m.customer().equals(survivor) && m.role() == HouseholdRole.PRIMARY) {
          primaries.add(m);
        }
      }
    }
    List<Household> out = new ArrayList<>(households.size());
    for (Household h : households) {
      if (!h.everMembers().contains(absorbed)) {
        out.add(h);
        continue;
      }
      List<Membership> next = new ArrayList<>();
      for (Membership m : h.memberships()) {
        if (!m.customer().equals(absorbed)) {
          next.add(m);
          continue;
        }
        boolean dropped = h.memberships().stream().anyMatch(o -> o.customer().equals(survivor) && o.overlaps(m));
        boolean demoted = !dropped && m.role() == HouseholdRole.PRIMARY && primaries.stream().anyMatch(p -> p.overlaps(m));
        moved.add(new MovedMembership(h.id(), m, dropped, demoted));
        if (!dropped) {
          Membership carried = Moves.membership(m, survivor, demoted ? HouseholdRole.PARTNER : m.role());
          if (carried.role() == HouseholdRole.PRIMARY) {
            primaries.add(carried);
          }
          next.add(carried);
        }
      }
      out.add(Household.builder().id(h.id()).memberships(next).build());
    }
    return out;
  }

  /**
   * Returns the recorded periods to {@code absorbed} (left-out ones restored, demoted ones given
   * their role back unless it changed since); periods begun after the merge stay with the survivor.
   */
  static List<Household> unmerge(List<Household> households, CustomerId survivor, CustomerId absorbed, List<MovedMembership> moved) {
    List<Household> out = new ArrayList<>(households.size());
    for (Household h : households) {
      List<Membership> next = new ArrayList<>(h.memberships());
      for (MovedMembership mm : moved) {
        if (!mm.household().equals(h.id())) {
          continue;
        }
        Membership original = mm.original();
        if (mm.dropped()) {
          next.add(original);
          continue;
        }
        for (int i = 0; i < next.size(); i++) {
          Membership m = next.get(i);
          if (m.customer().equals(survivor) && m.since().equals(original.since())) {
            HouseholdRole role = mm.demoted() && m.role() == HouseholdRole.PARTNER ? original.role() : m.role();
            next.set(i, Moves.membership(m, absorbed, role));
            break;
          }
        }
      }
      out.add(Household.builder().id(h.id()).memberships(next).build());
    }
    return out;
  }

  /** Every period of {@code from} given to {@code to}. */
  static List<Household> rename(List<Household> households, CustomerId from, CustomerId to) {
    List<Household> out = new ArrayList<>(households.size());
    for (Household h : households) {
      List<Membership> next = new ArrayList<>();
      h.memberships().forEach(m -> next.add(m.customer().equals(from) ? Moves.membership(m, to, m.role()) : m));
      out.add(Household.builder().id(h.id()).memberships(next).build());
    }
    return out;
  }
}
