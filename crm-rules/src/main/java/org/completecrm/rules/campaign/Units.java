package org.completecrm.rules.campaign;

import java.util.Arrays;

/**
 * The units a pass handles whole: the groups of one household together (a household cap couples
 * its members even when each is a group of its own), every other group alone. Within a unit the
 * groups are in their seeded order (the seeded key, then group order), the order in which members
 * choose when a household cap lets only one of them have a send it counts. Units are numbered in
 * the order of their first group, so nothing depends on the order the contexts came in.
 *
 * <p>Each unit has a seeded <em>level</em> ({@link #level}): the leading zero bits of a hash of
 * its first group's seeded key, at most {@link #MAX_LEVEL}; the units of level {@code >= l} are
 * the seeded sample of about {@code 2^-l} of them the allocation starts its search on. A pure
 * function of the seed and the customers' ids, so the same however the units are split into
 * parts and in whatever order the contexts came.
 */
final class Units {
  static final int MAX_LEVEL = 8;
  /** Makes the sample's hash independent of the tie-breaking order the seeded key gives (2^64 / pi). */
  private static final long SAMPLE_SALT = 0x517CC1B727220A95L;

  final int[] start;
  final int[] groups;

  Units(CandidateTable table, Groups g, boolean byHousehold) {
    int n = g.count();
    int[] unitOf = new int[n];
    int[] householdUnit = new int[table.households.size()];
    Arrays.fill(householdUnit, -1);
    int units = 0;
    int[] size = new int[n];
    for (int x = 0; x < n; x++) {
      int h = table.household[g.members[g.start[x]]];
      if (!byHousehold && h >= 0) {
        if (householdUnit[h] < 0) {
          householdUnit[h] = units++;
        }
        unitOf[x] = householdUnit[h];
      } else {
        unitOf[x] = units++;
      }
      size[unitOf[x]]++;
    }
    start = new int[units + 1];
    for (int u = 0; u < units; u++) {
      start[u + 1] = start[u] + size[u];
    }
    int[] fill = Arrays.copyOf(start, units);
    int[] members = new int[n];
    for (int x = 0; x < n; x++) {
      members[fill[unitOf[x]]++] = x;
    }
    for (int u = 0; u < units; u++) {
      if (start[u + 1] - start[u] > 1) {
        Integer[] order = new Integer[start[u + 1] - start[u]];
        for (int y = 0; y < order.length; y++) {
          order[y] = members[start[u] + y];
        }
        Arrays.sort(order, (a, b) -> {
          int c = Long.compare(g.tieKey[a], g.tieKey[b]);
          return c != 0 ? c : Integer.compare(a, b);
        });
        for (int y = 0; y < order.length; y++) {
          members[start[u] + y] = order[y];
        }
      }
    }
    this.groups = members;
  }

  int count() {
    return start.length - 1;
  }

  /** The seeded level of unit {@code u}: in the sample of level {@code l} when {@code l <=} it. */
  int level(Groups g, int u) {
    long h = Groups.mix(g.tieKey[groups[start[u]]] ^ SAMPLE_SALT);
    return Math.min(MAX_LEVEL, Long.numberOfLeadingZeros(h));
  }
}
