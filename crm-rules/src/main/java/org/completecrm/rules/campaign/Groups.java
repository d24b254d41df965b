package org.completecrm.rules.campaign;

import java.util.Arrays;
import java.util.Comparator;

/**
 * The groups that get at most one send each: every customer on its own, or a household's members
 * together when the settings say one outbound per household. Customers are ordered by id and
 * groups by their first member, so nothing depends on the order the contexts came in; ties are
 * broken by a seeded key of the group's first member, then by that order.
 */
final class Groups {
  final int[] start;
  final int[] members;
  final int[] owner;
  final long[] tieKey;
  /** The seed of {@link #tieKey}. */
  final long seed;
  final int[] groupOf;
  final int[] byId;
  final int[] householdStart;
  final int[] householdMembers;

  Groups(CandidateTable table, boolean byHousehold, long seed) {
    this.seed = seed;
    int n = table.customers;
    Integer[] byId = new Integer[n];
    for (int i = 0; i < n; i++) {
      byId[i] = i;
    }
    Arrays.sort(byId, Comparator.comparing(i -> table.customerIds[i]));
    for (int x = 1; x < n; x++) {
      if (table.customerIds[byId[x]].equals(table.customerIds[byId[x - 1]])) {
        throw new org.completecrm.core.InvalidValueException("contexts.customer.id", table.customerIds[byId[x]],
            "each customer once in a campaign run");
      }
    }
    this.byId = new int[n];
    for (int x = 0; x < n; x++) {
      this.byId[x] = byId[x];
    }
    groupOf = new int[n];
    int[] householdGroup = new int[table.households.size()];
    Arrays.fill(householdGroup, -1);
    int groups = 0;
    int[] size = new int[n];
    for (int x = 0; x < n; x++) {
      int i = byId[x];
      int h = table.household[i];
      if (byHousehold && h >= 0) {
        if (householdGroup[h] < 0) {
          householdGroup[h] = groups++;
        }
        groupOf[i] = householdGroup[h];
      } else {
        groupOf[i] = groups++;
      }
      size[groupOf[i]]++;
    }
    start = new int[groups + 1];
    for (int g = 0; g < groups; g++) {
      start[g + 1] = start[g] + size[g];
    }
    members = new int[n];
    int[] fill = Arrays.copyOf(start, groups);
    for (int x = 0; x < n; x++) {
      int i = byId[x];
      members[fill[groupOf[i]]++] = i;
    }
    int hh = table.households.size();
    householdStart = new int[hh + 1];
    for (int i = 0; i < n; i++) {
      if (table.household[i] >= 0) {
        householdStart[table.household[i] + 1]++;
      }
    }
    for (int h = 0; h < hh; h++) {
      householdStart[h + 1] += householdStart[h];
    }
    householdMembers = new int[householdStart[hh]];
    int[] next = Arrays.copyOf(householdStart, hh);
    for (int x = 0; x < n; x++) {
      int h = table.household[byId[x]];
      if (h >= 0) {
        householdMembers[next[h]++] = byId[x];
      }
    }
    tieKey = new long[groups];
    for (int g = 0; g < groups; g++) {
      tieKey[g] = mix(seed ^ table.customerIds[members[start[g]]].hashCode() * 0x9E3779B97F4A7C15L);
    }
    owner = new int[table.candidates];
    for (int i = 0; i < n; i++) {
      for (int k = table.first(i); k < table.end(i); k++) {
        owner[k] = i;
      }
    }
  }

  int count() {
    return start.length - 1;
  }

  int owner(int k, CandidateTable table) {
    return owner[k];
  }

  /**
   * The groups whose {@code key} is above negative infinity (a minority: those with a send), by
   * key descending, then by the seeded key, then in group order.
   */
  int[] orderBy(double[] key) {
    int n = 0;
    Integer[] order = new Integer[count()];
    for (int g = 0; g < order.length; g++) {
      if (key[g] != Double.NEGATIVE_INFINITY) {
        order[n++] = g;
      }
    }
    order = Arrays.copyOf(order, n);
    Arrays.sort(order, (a, b) -> {
      int c = Double.compare(key[b], key[a]);
      if (c != 0) {
        return c;
      }
      c = Long.compare(tieKey[a], tieKey[b]);
      return c != 0 ? c : Integer.compare(a, b);
    });
    int[] out = new int[order.length];
    for (int g = 0; g < out.length; g++) {
      out[g] = order[g];
    }
    return out;
  }

  /** A seeded order of customers, the same for a seed and the same ids: SplitMix64's finaliser. */
  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
