package org.completecrm.rules.campaign;

import java.util.Arrays;

/**
 * The compact per-customer summaries a plan is made from: for each customer its id, household,
 * segment and either its candidates (action, channel, expected value, propensity, free send
 * slots) or why it has none. Primitive arrays that grow as customers are added (doubling, or to
 * a forecast of the whole input's size, {@link TableForecast}): memory grows with the number of
 * customers by these summaries only, never by whole decisions.
 */
final class CandidateTable implements java.io.Serializable {
  private static final long serialVersionUID = 1L;
  final int maskWords;
  int customers;
  String[] customerIds = new String[1024];
  int[] household = new int[1024];
  int[] segment = new int[1024];
  int[] candidateStart = new int[1025];
  String[] noneReason = new String[1024];

  int candidates;
  int[] action = new int[2048];
  byte[] channel = new byte[2048];
  double[] expectedValue = new double[2048];
  double[] propensity = new double[2048];
  long[] masks;

  final Names households = new Names();
  Names segments = new Names();

  CandidateTable(int maskWords) {
    this.maskWords = maskWords;
    this.masks = new long[2048 * maskWords];
  }

  /** Starts a customer; its candidates follow, then {@link #endCustomer(String)}. */
  void beginCustomer(String id, String householdId, String segmentLabel) {
    if (customers == customerIds.length) {
      reserve(Math.max(16, customers * 2), 0);
    }
    customerIds[customers] = id;
    household[customers] = householdId == null ? -1 : households.index(householdId);
    segment[customers] = segmentLabel == null ? -1 : segments.index(segmentLabel);
    candidateStart[customers] = candidates;
  }

  /** Adds a candidate of the current customer and returns its index (its mask is written at {@code index * maskWords}). */
  int addCandidate(int actionIndex, int channelOrdinal, double ev, double p) {
    if (candidates == action.length) {
      reserve(0, Math.max(16, candidates * 2));
    }
    action[candidates] = actionIndex;
    channel[candidates] = (byte) channelOrdinal;
    expectedValue[candidates] = ev;
    propensity[candidates] = p;
    return candidates++;
  }

  /**
   * Makes room for {@code customerRoom} customers and {@code candidateRoom} candidates in all,
   * copying the arrays once if they are smaller; never shrinks them.
   */
  void reserve(int customerRoom, int candidateRoom) {
    if (customerIds.length < customerRoom) {
      resizeCustomers(customerRoom);
    }
    if (action.length < candidateRoom) {
      resizeCandidates(candidateRoom);
    }
  }

  /** The per-customer arrays copied to room for {@code n} customers. */
  private void resizeCustomers(int n) {
    customerIds = Arrays.copyOf(customerIds, n);
    household = Arrays.copyOf(household, n);
    segment = Arrays.copyOf(segment, n);
    noneReason = Arrays.copyOf(noneReason, n);
    candidateStart = Arrays.copyOf(candidateStart, n + 1);
  }

  /** The per-candidate arrays copied to room for {@code n} candidates. */
  private void resizeCandidates(int n) {
    action = Arrays.copyOf(action, n);
    channel = Arrays.copyOf(channel, n);
    expectedValue = Arrays.copyOf(expectedValue, n);
    propensity = Arrays.copyOf(propensity, n);
    masks = Arrays.copyOf(masks, n * maskWords);
  }

  /** Appends customer {@code i} of {@code from}, with its candidates, to this table. */
  void copyCustomer(CandidateTable from, int i) {
    beginCustomer(from.customerIds[i], from.household[i] < 0 ? null : from.households.name(from.household[i]),
        from.segment[i] < 0 ? null : from.segments.name(from.segment[i]));
    for (int k = from.first(i); k < from.end(i); k++) {
      int to = addCandidate(from.action[k], from.channel[k], from.expectedValue[k], from.propensity[k]);
      System.arraycopy(from.masks, k * from.maskWords, masks, to * maskWords, maskWords);
    }
    endCustomer(from.noneReason[i]);
  }

  /**
   * A table of customers {@code which} of {@code from}, in that order, with their candidates; the
   * segments numbered as in {@code from} (the constraints are numbered by them).
   */
  static CandidateTable subset(CandidateTable from, int[] which) {
    CandidateTable t = new CandidateTable(from.maskWords);
    for (int i : which) {
      t.copyCustomer(from, i);
    }
    t.trim();
    t.segments = from.segments;
    for (int x = 0; x < which.length; x++) {
      t.segment[x] = from.segment[which[x]];
    }
    return t;
  }

  /**
   * Renumbers the segments as the indices of their names in {@code sorted} (the run's segments,
   * sorted), so that a part's constraints are numbered as the run's.
   *
   * @throws org.completecrm.core.InvalidValueException for a segment that {@code sorted} does not hold
   */
  void renumberSegments(java.util.List<String> sorted) {
    int[] to = new int[segments.size()];
    for (int s = 0; s < to.length; s++) {
      to[s] = java.util.Collections.binarySearch(sorted, segments.name(s));
      if (to[s] < 0) {
        throw new org.completecrm.core.InvalidValueException("CampaignRun.segments", segments.name(s),
            "every segment of the run's customers");
      }
    }
    for (int i = 0; i < customers; i++) {
      segment[i] = segment[i] < 0 ? -1 : to[segment[i]];
    }
    Names global = new Names();
    for (String name : sorted) {
      global.index(name);
    }
    segments = global;
  }

  /** Cuts the arrays to what is used, so that a finished batch ships no spare capacity. */
  void trim() {
    resizeCustomers(customers);
    resizeCandidates(candidates);
  }

  /** Drops the last candidate added (no free slot). */
  void dropLastCandidate() {
    candidates--;
    Arrays.fill(masks, candidates * maskWords, (candidates + 1) * maskWords, 0L);
  }

  /** Ends the current customer; {@code reason} says why it has no candidates (ignored when it has some). */
  void endCustomer(String reason) {
    noneReason[customers] = candidates == candidateStart[customers] ? reason : null;
    customers++;
    candidateStart[customers] = candidates;
  }

  /**
   * Renumbers households and segments in the order of their names, so that nothing computed from
   * their indices depends on the order the customers came in.
   */
  void sortNames() {
    int[] h = households.sort();
    int[] s = segments.sort();
    for (int i = 0; i < customers; i++) {
      household[i] = household[i] < 0 ? -1 : h[household[i]];
      segment[i] = segment[i] < 0 ? -1 : s[segment[i]];
    }
  }

  int first(int customer) {
    return candidateStart[customer];
  }

  int end(int customer) {
    return candidateStart[customer + 1];
  }

  /** Interned names (households, segments) by index, in order of first appearance. */
  static final class Names implements java.io.Serializable {
    private static final long serialVersionUID = 1L;
    private final java.util.HashMap<String, Integer> index = new java.util.HashMap<>();
    private final java.util.ArrayList<String> names = new java.util.ArrayList<>();

    int index(String name) {
      Integer i = index.get(name);
      if (i == null) {
        i = names.size();
        index.put(name, i);
        names.add(name);
      }
      return i;
    }

    /** Sorts the names; returns the new index of each old one. */
    int[] sort() {
      java.util.List<String> sorted = new java.util.ArrayList<>(names);
      java.util.Collections.sort(sorted);
      int[] moved = new int[names.size()];
      for (int i = 0; i < sorted.size(); i++) {
        moved[index.get(sorted.get(i))] = i;
      }
      names.clear();
      names.addAll(sorted);
      for (int i = 0; i < sorted.size(); i++) {
        index.put(sorted.get(i), i);
      }
      return moved;
    }

    String name(int i) {
      return names.get(i);
    }

    int size() {
      return names.size();
    }
  }
}
