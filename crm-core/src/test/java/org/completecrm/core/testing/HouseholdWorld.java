package org.completecrm.core.testing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.completecrm.core.CustomerId;
import org.completecrm.core.HouseholdId;
import org.completecrm.core.InvalidValueException;
import org.completecrm.core.household.Household;
import org.completecrm.core.household.Households;
import org.completecrm.core.household.Membership;

/**
 * A small world of customers and households that household operations are run against, the way a
 * host would run them: a join is only tried for a customer who belongs to no household at that
 * instant; operations the model refuses (with an {@link InvalidValueException}) leave the world
 * unchanged and are counted.
 */
public final class HouseholdWorld {
  /** The number of customers in a world: {@code c-0} to {@code c-11}. */
  public static final int CUSTOMERS = 12;

  private final List<Household> households;
  private final Instant now;
  private final int applied;
  private final int refused;

  private HouseholdWorld(List<Household> households, Instant now, int applied, int refused) {
    this.households = List.copyOf(households);
    this.now = now;
    this.applied = applied;
    this.refused = refused;
  }

  /** A world of three empty households at {@code start}. */
  public static HouseholdWorld start(Instant start) {
    List<Household> hs = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      hs.add(Household.empty(HouseholdId.of("h-" + i)));
    }
    return new HouseholdWorld(hs, start, 0, 0);
  }

  /** The customer with index {@code i}. */
  public static CustomerId customer(int i) {
    return CustomerId.of("c-" + Math.floorMod(i, CUSTOMERS));
  }

  /** The households, in creation order. */
  public List<Household> households() {
    return households;
  }

  /** The instant of the last operation. */
  public Instant now() {
    return now;
  }

  /** How many operations changed the world. */
  public int applied() {
    return applied;
  }

  /** How many operations were refused. */
  public int refused() {
    return refused;
  }

  /** Every membership period of every household, tagged with its household. */
  public List<Tagged> periods() {
    List<Tagged> out = new ArrayList<>();
    for (Household h : households) {
      for (Membership m : h.memberships()) {
        out.add(new Tagged(h.id(), m));
      }
    }
    return out;
  }

  /** A membership period in a household. */
  public record Tagged(HouseholdId household, Membership membership) {}

  /** The world after all operations, in order. */
  public HouseholdWorld applyAll(List<HouseholdOp> ops) {
    HouseholdWorld w = this;
    for (HouseholdOp op : ops) {
      w = w.apply(op);
    }
    return w;
  }

  /** The world after one operation (unchanged but for the clock if the model refuses it). */
  public HouseholdWorld apply(HouseholdOp op) {
    Instant at = now.plusSeconds(op.afterSeconds());
    List<Household> next = new ArrayList<>(households);
    int hi = Math.floorMod(op.household(), households.size());
    int oi = Math.floorMod(op.other(), households.size());
    Household h = households.get(hi);
    CustomerId c = customer(op.customer());
    try {
      switch (op.kind()) {
        case JOIN:
          if (Households.householdOf(households, c, at).isPresent()) {
            return new HouseholdWorld(households, at, applied, refused + 1);
          }
          next.set(hi, h.join(c, op.role(), at));
          break;
        case LEAVE:
          next.set(hi, h.leave(c, at));
          break;
        case CHANGE_ROLE:
          next.set(hi, h.changeRole(c, op.role(), at));
          break;
        case MOVE: {
          Households.Pair p = Households.move(h, households.get(oi), c, op.role(), at);
          next.set(hi, p.first());
          next.set(oi, p.second());
          break;
        }
        case MERGE: {
          Households.Pair p = Households.merge(h, households.get(oi), at);
          next.set(hi, p.first());
          next.set(oi, p.second());
          break;
        }
        default: {
          List<CustomerId> current = new ArrayList<>(new TreeSet<>(h.membersAt(at)));
          Set<CustomerId> leaving = new LinkedHashSet<>();
          for (int i = 0; i < current.size(); i++) {
            if ((op.members() & (1 << (i % 8))) != 0) {
              leaving.add(current.get(i));
            }
          }
          Households.Pair p = Households.split(h, leaving, HouseholdId.of("h-" + households.size()), at);
          next.set(hi, p.first());
          next.add(p.second());
          break;
        }
      }
    } catch (InvalidValueException refusedByModel) {
      return new HouseholdWorld(households, at, applied, refused + 1);
    }
    return new HouseholdWorld(next, at, applied + 1, refused);
  }
}
