package org.completecrm.rules.campaign;

/**
 * The candidates of one {@link Part}, copied in the order its passes visit them: group by group in
 * the order of its units, each group's members in order, each member's candidates in order, the
 * excluded ones left out. A representation only (the passes that read it give what they give
 * reading the table), for speed.
 *
 * <p>Design note. The table keeps candidates in the order the contexts came in, and a pass visits
 * groups in the order of their units (customer ids), so every group's candidates are a jump in
 * memory in each of five arrays; a pass over a million customers waits on memory more than it
 * computes. Here a pass reads each array from start to end. The copy costs 29 bytes a candidate
 * (about 225 MB at a million customers of 7.7 candidates each), made once per part.
 */
final class GroupedCandidates {
  /** Per group of the part (its position from the part's first group): where its candidates start; one more at the end. */
  final int[] start;
  final double[] value;
  final double[] propensity;
  final int[] action;
  final byte[] channel;
  final int[] segment;
  /** The candidate's index in the table. */
  final int[] index;

  GroupedCandidates(Part part) {
    Units units = part.units;
    Groups groups = part.groups;
    CandidateTable table = part.table;
    boolean[] excluded = part.excluded;
    int from = units.start[part.fromUnit];
    int to = units.start[part.toUnit];
    start = new int[to - from + 1];
    int n = 0;
    for (int x = from; x < to; x++) {
      int g = units.groups[x];
      for (int y = groups.start[g]; y < groups.start[g + 1]; y++) {
        int i = groups.members[y];
        for (int k = table.first(i); k < table.end(i); k++) {
          if (!excluded[k]) {
            n++;
          }
        }
      }
      start[x - from + 1] = n;
    }
    value = new double[n];
    propensity = new double[n];
    action = new int[n];
    channel = new byte[n];
    segment = new int[n];
    index = new int[n];
    int c = 0;
    for (int x = from; x < to; x++) {
      int g = units.groups[x];
      for (int y = groups.start[g]; y < groups.start[g + 1]; y++) {
        int i = groups.members[y];
        for (int k = table.first(i); k < table.end(i); k++) {
          if (!excluded[k]) {
            value[c] = table.expectedValue[k];
            propensity[c] = table.propensity[k];
            action[c] = table.action[k];
            channel[c] = table.channel[k];
            segment[c] = table.segment[i];
            index[c] = k;
            c++;
          }
        }
      }
    }
  }
}
